import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import type { Context } from 'hono'
import { assertMaySuspend, assertOrgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { AppBindings, AppRouteHandler } from '../../lib/types'
import { restoreUnit, suspendUnit } from '../../suspension/suspend-unit'
import { adminOrg } from './admin-org.view'
import type * as routes from './suspension.routes'

/**
 * Outside the scope reads as missing (404, decision 021) before the department is asked (403 for city bureaus and
 * groupings); then the change, and the unit as the page shows it afterwards.
 */
async function governed(c: Context<AppBindings>, id: string, change: (actor: { id: string; scope: AdminScope }) => Promise<unknown>) {
  const scope = scopeOf(currentUser(c))
  await assertOrgInScope(c.var.db, scope, id)
  assertMaySuspend(scope)
  await change({ id: currentUser(c).id, scope })
  return adminOrg(c.var.db, scope, id)
}

export const suspendOrg: AppRouteHandler<typeof routes.suspendOrg> = async (c) => {
  const { id } = c.req.valid('param')
  return c.json(await governed(c, id, (actor) => suspendUnit(c.var.db, actor, id, c.req.valid('json').reason)), 200)
}

export const restoreOrg: AppRouteHandler<typeof routes.restoreOrg> = async (c) => {
  const { id } = c.req.valid('param')
  return c.json(await governed(c, id, (actor) => restoreUnit(c.var.db, actor, id, c.req.valid('json').reason)), 200)
}
