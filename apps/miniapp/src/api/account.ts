import {
  AccountSecuritySchema,
  RecoveredSessionSchema,
  RecoveryCodeSetSchema,
  WebLoginResultSchema,
  type ChangePasswordBody,
  type LinkWebAccountBody,
  type RecoverPasswordBody,
  type RegenerateRecoveryCodesBody,
  type WebLoginBody,
} from '@zhilian/shared/contracts/account'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { call } from './request'
import { setToken } from './token'

// 忘记密码 and 我的 → 账号安全 (decision 059).

/** Sets a new password with a recovery code; the answer signs this device in (every other session has ended). */
export async function recoverPassword(body: RecoverPasswordBody) {
  const session = await call('post', '/api/auth/recover', { body, schema: RecoveredSessionSchema })
  setToken(session.token)
  return session
}

export function fetchAccountSecurity() {
  return call('get', '/api/account/security', { schema: AccountSecuritySchema })
}

/** The old token stops working with the change: the answer's token replaces it. */
export async function changePassword(body: ChangePasswordBody) {
  const session = await call('post', '/api/account/password', { body, schema: SessionSchema })
  setToken(session.token)
  return session
}

export function regenerateRecoveryCodes(body: RegenerateRecoveryCodesBody) {
  return call('post', '/api/account/recovery-codes', { body, schema: RecoveryCodeSetSchema })
}

export function setWebLogin(body: WebLoginBody) {
  return call('post', '/api/account/web-login', { body, schema: WebLoginResultSchema })
}

/**
 * 关联网页账号 (decision 066): the WeChat sign-in moves to the named H5 account and this (empty) account is retired,
 * its token ended; the answer's token, for the H5 account, replaces it.
 */
export async function linkWebAccount(body: LinkWebAccountBody) {
  const session = await call('post', '/api/account/link-web-account', { body, schema: SessionSchema })
  setToken(session.token)
  return session
}
