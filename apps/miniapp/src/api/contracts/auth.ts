import { z } from 'zod'
import { Role } from '@zhilian/shared'

export const SessionUserSchema = z.object({
  id: z.string(),
  role: Role.schema,
  displayName: z.string(),
})
export type SessionUser = z.infer<typeof SessionUserSchema>

export const AuthSessionSchema = z.object({ token: z.string().min(1), user: SessionUserSchema })
export type AuthSession = z.infer<typeof AuthSessionSchema>

export const DemoAccountSchema = z.object({ username: z.string(), role: Role.schema, displayName: z.string() })
export type DemoAccount = z.infer<typeof DemoAccountSchema>

/** Accepts a bare list or `{ items }`, the two shapes the BFF's list endpoints use. */
export const DemoAccountListSchema = z
  .union([z.array(DemoAccountSchema), z.object({ items: z.array(DemoAccountSchema) })])
  .transform((value) => (Array.isArray(value) ? value : value.items))

export const PasswordLoginSchema = z.object({
  username: z.string().trim().min(1, '请输入账号'),
  password: z.string().min(1, '请输入密码'),
})
export type PasswordLogin = z.infer<typeof PasswordLoginSchema>
