import type { Context } from 'hono'
import type { AppBindings, RoleName } from '../types'
import { issueSessionToken } from './session'

/** The user columns a session answer needs; select them wherever a route signs someone in. */
export const SESSION_USER = { id: true, role: true, displayName: true, tokenVersion: true } as const

/** What every sign-in answers (SessionSchema): a token for the user's current tokenVersion, and who they are. */
export async function sessionAnswer(c: Context<AppBindings>, user: { id: string; role: RoleName; displayName: string; tokenVersion: number }) {
  const token = await issueSessionToken(c.var.keys.session, user)
  return { token, user: { id: user.id, role: user.role, displayName: user.displayName } }
}
