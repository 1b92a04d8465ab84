import { SessionSchema, type Session } from '@zhilian/shared/contracts/auth'
import type { PasswordSignInBody } from '@zhilian/shared/contracts/account'
import { OkSchema } from '@zhilian/shared/contracts/common'
import { SignupSessionSchema, type SignupSession, type StudentSignupBody } from '@zhilian/shared/contracts/signup'
import { call } from './request'
import { clearToken, setToken } from './token'

function remember<S extends Session>(session: S): S {
  setToken(session.token)
  return session
}

export async function loginWithWechat(code: string): Promise<Session> {
  return remember(await call('post', '/api/auth/wechat', { body: { code }, schema: SessionSchema }))
}

export async function loginAsDemo(username: string): Promise<Session> {
  return remember(await call('post', '/api/auth/demo', { body: { username }, schema: SessionSchema }))
}

/** `newPassword` replaces an owner's temporary password at this sign-in (decision 063). */
export async function loginWithPassword(credentials: PasswordSignInBody): Promise<Session> {
  return remember(await call('post', '/api/auth/password', { body: credentials, schema: SessionSchema }))
}

/** A student's own account on H5 (decision 045); the answer signs them in and carries the recovery codes, shown once (059). */
export async function signUpStudent(body: StudentSignupBody): Promise<SignupSession> {
  return remember(await call('post', '/api/auth/signup', { body, schema: SignupSessionSchema }))
}

/** Revokes the user's tokens on the server; signing out locally must work even when that call fails. */
export async function logout(): Promise<void> {
  try {
    await call('post', '/api/auth/logout', { schema: OkSchema })
  } finally {
    clearToken()
  }
}
