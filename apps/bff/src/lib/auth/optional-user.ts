import type { Context } from 'hono'
import { requireAuth } from './'
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
