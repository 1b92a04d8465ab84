import { z } from 'zod'
import { Role } from './enums'
import { listOf } from './common'
import { hasUnsafeCharacters, text, UNSAFE_TEXT_MESSAGE } from './text'

export const WeChatLoginBodySchema = z.object({ code: text(128).min(1) })
export type WeChatLoginBody = z.infer<typeof WeChatLoginBodySchema>

export const PasswordLoginBodySchema = z.object({
  username: text(64).min(1),
  /** Not trimmed: a password is exactly what was typed. */
  password: z.string().min(1).max(128).refine((v) => !hasUnsafeCharacters(v), { error: UNSAFE_TEXT_MESSAGE }),
})
export type PasswordLoginBody = z.infer<typeof PasswordLoginBodySchema>

export const DemoLoginBodySchema = z.object({ username: text(64).min(1) })
export type DemoLoginBody = z.infer<typeof DemoLoginBodySchema>

export const SessionUserSchema = z.object({
  id: z.string(),
  role: Role.schema,
  displayName: z.string(),
})
export type SessionUser = z.infer<typeof SessionUserSchema>

/** What every sign-in answers: a bearer token (7 days) and who it belongs to. */
export const SessionSchema = z.object({
  token: z.string(),
  user: SessionUserSchema,
  /** True when this WeChat sign-in created the account. */
  created: z.boolean().optional(),
})
export type Session = z.infer<typeof SessionSchema>

export const DemoAccountSchema = z.object({
  username: z.string(),
  role: Role.schema,
  displayName: z.string(),
  description: z.string(),
})
export type DemoAccount = z.infer<typeof DemoAccountSchema>
export const DemoAccountListSchema = listOf(DemoAccountSchema)
