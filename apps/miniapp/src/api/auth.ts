import { z } from 'zod'
import { AuthSessionSchema, DemoAccountListSchema, type AuthSession, type PasswordLogin } from './contracts/auth'
import { request } from './request'
import { clearToken, setToken } from './token'

function remember(session: AuthSession): AuthSession {
  setToken(session.token)
  return session
}

export async function loginWithWechat(code: string): Promise<AuthSession> {
  return remember(await request('POST', '/api/auth/wechat', { body: { code }, schema: AuthSessionSchema }))
}

/** Empty when the BFF runs without demo data (production): the login page then hides the cards. */
export function listDemoAccounts() {
  return request('GET', '/api/auth/demo-accounts', { schema: DemoAccountListSchema })
}

export async function loginAsDemo(username: string): Promise<AuthSession> {
  return remember(await request('POST', '/api/auth/demo', { body: { username }, schema: AuthSessionSchema }))
}

export async function loginWithPassword(credentials: PasswordLogin): Promise<AuthSession> {
  return remember(await request('POST', '/api/auth/password', { body: credentials, schema: AuthSessionSchema }))
}

export async function logout(): Promise<void> {
  try {
    await request('POST', '/api/auth/logout', { schema: z.unknown() })
  } finally {
    // Signing out locally must work even when the server is unreachable.
    clearToken()
  }
}
