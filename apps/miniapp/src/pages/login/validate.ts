import { PasswordLoginSchema, type PasswordLogin } from '../../api/contracts/auth'

export type LoginFieldErrors = Partial<Record<keyof PasswordLogin, string>>

/** The first Chinese message per field, or null when the form may be sent. */
export function validateLogin(values: PasswordLogin): { ok: true; data: PasswordLogin } | { ok: false; errors: LoginFieldErrors } {
  const result = PasswordLoginSchema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: LoginFieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if ((field === 'username' || field === 'password') && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
}
