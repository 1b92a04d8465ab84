import { PasswordLoginBodySchema, type PasswordLoginBody } from '@zhilian/shared/contracts/auth'
import { z } from 'zod'

// The shared body schema with the messages shown beside the fields.
const PasswordFormSchema = PasswordLoginBodySchema.extend({
  username: z.string().trim().min(1, '请输入账号').max(64, '账号不能超过 64 个字符'),
  password: z.string().min(1, '请输入密码').max(128, '密码不能超过 128 个字符'),
})

export type LoginFieldErrors = Partial<Record<keyof PasswordLoginBody, string>>

/** The first Chinese message per field, or the cleaned values when the form may be sent. */
export function validateLogin(values: PasswordLoginBody): { ok: true; data: PasswordLoginBody } | { ok: false; errors: LoginFieldErrors } {
  const result = PasswordFormSchema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: LoginFieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if ((field === 'username' || field === 'password') && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
}
