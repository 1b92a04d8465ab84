import { z } from 'zod'
import { PasswordLoginBodySchema, SessionSchema } from './auth'
import { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from './text'
import { IsoDateTimeSchema } from './common'
import { RecoveryCodeListSchema, RecoveryCodeSchema } from './recovery-codes'
import { newPasswordSchema, NewUsernameSchema, passwordProblem } from './signup'

/**
 * A student's own sign-in settings (我的 → 账号安全, decision 059): the password, the recovery codes that replace a
 * reset by SMS or e-mail, and an H5 sign-in for an account made through WeChat.
 */

/** A password the user types to prove it is them; not trimmed, not checked against the rules (an old one may predate them). */
const currentPassword = (empty: string) =>
  z.string({ error: empty }).min(1, { error: empty }).max(128, { error: '密码不能超过64位' }).refine((v) => !hasUnsafeCharacters(v), { error: UNSAFE_TEXT_MESSAGE })

/** 忘记密码: the account name, one unused recovery code and the new password. */
export const RecoverPasswordBodySchema = z
  .object({
    /** Looked up only, so not held to the sign-up rules: any name answers the same when it has no such code. */
    username: z.string({ error: '请输入账号名' }).trim().toLowerCase().min(1, { error: '请输入账号名' }).max(64, { error: '账号名不能超过64位' })
      .refine((v) => !hasUnsafeCharacters(v), { error: UNSAFE_TEXT_MESSAGE }),
    code: RecoveryCodeSchema,
    newPassword: newPasswordSchema('请输入新密码'),
  })
  .superRefine((body, ctx) => {
    const problem = passwordProblem(body.newPassword, body.username)
    if (problem === '密码不能包含账号名') ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem })
  })
export type RecoverPasswordBody = z.input<typeof RecoverPasswordBodySchema>

/** Signed in again after a reset; how many codes are left, so the page can urge a new set when few remain. */
export const RecoveredSessionSchema = SessionSchema.extend({ recoveryCodesLeft: z.number().int().min(0) })
export type RecoveredSession = z.infer<typeof RecoveredSessionSchema>

/** Changing the password while signed in; the name rule is checked by the BFF, which knows the name. */
export const ChangePasswordBodySchema = z
  .object({ currentPassword: currentPassword('请输入原密码'), newPassword: newPasswordSchema('请输入新密码') })
  .refine((body) => body.currentPassword !== body.newPassword, { path: ['newPassword'], error: '新密码不能与原密码相同' })
export type ChangePasswordBody = z.input<typeof ChangePasswordBodySchema>

/** A new set of recovery codes needs the password: a borrowed phone with a live session must not mint a way in. */
export const RegenerateRecoveryCodesBodySchema = z.object({ currentPassword: currentPassword('请输入当前密码') })
export type RegenerateRecoveryCodesBody = z.input<typeof RegenerateRecoveryCodesBodySchema>

export const RecoveryCodeSetSchema = z.object({ codes: RecoveryCodeListSchema, createdAt: IsoDateTimeSchema })

/** 设置网页登录: a WeChat student picks the name and password the H5 sign-in will take, on the same account. */
export const WebLoginBodySchema = z
  .object({ username: NewUsernameSchema, password: newPasswordSchema() })
  .superRefine((body, ctx) => {
    if (body.password.toLowerCase().includes(body.username)) ctx.addIssue({ code: 'custom', path: ['password'], message: '密码不能包含账号名' })
  })
export type WebLoginBody = z.input<typeof WebLoginBodySchema>

export const WebLoginResultSchema = z.object({ username: z.string(), recoveryCodes: RecoveryCodeListSchema })

/**
 * 关联网页账号 (decision 066): a student signed in through WeChat names an existing H5 account and proves it with its
 * password; the WeChat sign-in then opens that account. The name is looked up only (not held to the sign-up rules),
 * like 忘记密码's.
 */
export const LinkWebAccountBodySchema = z.object({
  username: z.string({ error: '请输入网页账号的账号名' }).trim().toLowerCase().min(1, { error: '请输入网页账号的账号名' }).max(64, { error: '账号名不能超过64位' })
    .refine((v) => !hasUnsafeCharacters(v), { error: UNSAFE_TEXT_MESSAGE }),
  password: currentPassword('请输入网页账号的密码'),
})
export type LinkWebAccountBody = z.input<typeof LinkWebAccountBodySchema>

/**
 * The password sign-in (decision 063). `newPassword` is for an account whose password is a temporary one an
 * organisation's owner reset: that sign-in answers PASSWORD_CHANGE_REQUIRED until it brings its own password, and is
 * ignored for any other account (a signed-in change is 账号安全's). Here rather than in auth.ts, whose schemas
 * signup.ts (the password rules) builds on.
 */
export const PasswordSignInBodySchema = PasswordLoginBodySchema.extend({ newPassword: newPasswordSchema('请输入新密码').optional() })
  .refine((body) => body.newPassword === undefined || body.newPassword !== body.password, { path: ['newPassword'], error: '新密码不能与临时密码相同' })
export type PasswordSignInBody = z.input<typeof PasswordSignInBodySchema>

/** How long an owner's temporary password signs in (then the owner resets again): as long as an invitation code. */
export const TEMPORARY_PASSWORD_HOURS = 72

/** What 账号安全 shows. Never a hash, never a code: codes are shown once, when made. */
export const AccountSecuritySchema = z.object({
  /** The H5 sign-in name; null for an account made through WeChat that has not set one. */
  username: z.string().nullable(),
  /** Signed in through WeChat at least once (the account has an openid). */
  wechat: z.boolean(),
  recoveryCodesLeft: z.number().int().min(0),
  recoveryCodesCreatedAt: IsoDateTimeSchema.nullable(),
  /** 设置网页登录 is offered: a student without a name (staff accounts are issued by their organisation, decision 063). */
  canSetWebLogin: z.boolean(),
})
