import type { Context } from 'hono'
import { requireAuth } from './'
import { tokenOf } from './require-auth'
import { readSessionToken, type SessionPayload } from './session'
import type { AppBindings, Principal } from '../types'

/**
 * Public routes that show more to a signed-in caller (match sorting, an enterprise's own unpublished
 * job). Without an Authorization header the caller is anonymous; with one, it must be valid,
 * checked by the same middleware every protected route uses.
 */
export async function optionalUser(c: Context<AppBindings>): Promise<Principal | undefined> {
  if (!c.req.header('authorization')) return undefined
  await requireAuth()(c, async () => {})
  return c.get('user')
}

/**
 * The same optional sign-in for a public route whose one statement reads the session itself (the job detail, decision
 * 114): without an Authorization header, undefined; with one, the verified token (401 as `requireAuth` answers a bad
 * one). The route must pass the row its statement read to `principalOf` before it answers anything.
 */
export async function optionalToken(c: Context<AppBindings>): Promise<SessionPayload | undefined> {
  if (!c.req.header('authorization')) return undefined
  return readSessionToken(c.get('keys').session, tokenOf(c))
}
