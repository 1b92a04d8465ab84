import { call } from './request'

// Asked on 首页's first view for a visitor: the contract (and zod) loads beside the request (see request.ts), so it
// lives apart from api/auth.ts, whose schemas are imported statically.
const contractAuth = () => import('@zhilian/shared/contracts/auth')

/** The BFF answers 404 when demo sign-in is off (production); the login page then shows no cards. */
export async function listDemoAccounts() {
  const { items } = await call('get', '/api/auth/demo-accounts', { schema: () => contractAuth().then((m) => m.DemoAccountListSchema) })
  return items
}
