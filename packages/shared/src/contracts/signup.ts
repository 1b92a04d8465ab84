import { z } from 'zod'
import { SessionSchema } from './auth'
import { idOf } from './common'
import { RecoveryCodeListSchema } from './recovery-codes'
import { hasUnsafeCharacters, text, UNSAFE_TEXT_MESSAGE, visibleName } from './text'

/**
 * A student's own account on H5 (docs/decisions/045): an account name and a password, no phone check (no SMS
 * provider is reachable, and a check that verifies nothing would be worse than none). The college is a claim
 * the résumé already holds, not a membership: it opens nothing on the college side.
 */

/** Lower-case so 张三 cannot register Zhang3 beside zhang3; an 11-digit phone number fits too, unverified. */
export const USERNAME_PATTERN = /^[a-z0-9_]{4,32}$/
export const USERNAME_RULE = '账号名为4–32位小写字母、数字或下划线（可用手机号，平台不验证）'
/** Seeded demo accounts start with it; a real account must not look like one. */
const RESERVED_PREFIX = 'demo_'

export const PASSWORD_RULE = '密码8–64位，须同时包含字母和数字，且不能包含账号名'

/** The first rule a password breaks, or undefined (the account name rule only when `username` is given). */
export function passwordProblem(password: string, username: string): string | undefined {
  if (!password) return '请输入密码'
  if (password.length < 8) return '密码至少8位'
  if (password.length > 64) return '密码不能超过64位'
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字'
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含账号名'
  if (hasUnsafeCharacters(password)) return UNSAFE_TEXT_MESSAGE
  return undefined
}

/** What the sign-up form says it collects and why; the form shows it and the body must agree to it. */
export const SIGNUP_PRIVACY_TITLE = '个人信息保护说明'
export const SIGNUP_PRIVACY_POINTS = [
  '注册时收集：账号名、密码（仅保存加密摘要，任何人都看不到原文）、选填的姓名和就读院校。',
  '用途：登录、按你的专业和意向为你推荐岗位与培训。就读院校是你自己填写的信息，平台不据此认定你的学籍，也不让你看到院校的任何内部数据。',
  '你的简历只有在你投递岗位并逐项勾选同意后，才会提供给该企业。',
  '你可随时在“我的”中关闭个性化推荐、导出全部数据或注销账号，注销后个人信息即被删除。',
] as const
/** Bumped when the points change, so an account records which text its owner agreed to. */
export const SIGNUP_PRIVACY_VERSION = '2026-12-05'

/** A new account name: trimmed and lower-cased before the rules, so one name cannot be registered twice in two cases. */
export const NewUsernameSchema = z
  .string({ error: '请输入账号名' })
  .trim()
  .toLowerCase()
  .min(1, { error: '请输入账号名' })
  .regex(USERNAME_PATTERN, { error: USERNAME_RULE })
  .refine((v) => !v.startsWith(RESERVED_PREFIX), { error: '账号名不能以 demo_ 开头' })

/**
 * A password being set (sign-up, reset, change). Not trimmed: a password is exactly what was typed. The rules that
 * need no other field are checked here so they show even while other fields are wrong; the account-name rule is
 * the caller's (`passwordProblem` with the name).
 */
export function newPasswordSchema(empty = '请输入密码') {
  return z.string({ error: empty }).superRefine((v, ctx) => {
    const problem = v ? passwordProblem(v, '') : empty
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
}

export const StudentSignupBodySchema = z
  .object({
    username: NewUsernameSchema,
    password: newPasswordSchema(),
    realName: visibleName(text(20), '姓名').nullable().optional().transform((v) => v || null),
    /** A verified college from /api/reference/colleges; null when the student's school is not listed yet. */
    collegeId: idOf(64).nullable().optional().transform((v) => v ?? null),
    privacyVersion: z.literal(SIGNUP_PRIVACY_VERSION, { error: '请阅读并勾选同意《个人信息保护说明》' }),
  })
  .superRefine((body, ctx) => {
    if (body.password.toLowerCase().includes(body.username)) ctx.addIssue({ code: 'custom', path: ['password'], message: '密码不能包含账号名' })
  })
export type StudentSignupBody = z.input<typeof StudentSignupBodySchema>

/** Sign-up answers the session and, once only, the account's recovery codes (decision 059). */
export const SignupSessionSchema = SessionSchema.extend({ recoveryCodes: RecoveryCodeListSchema })
export type SignupSession = z.infer<typeof SignupSessionSchema>
