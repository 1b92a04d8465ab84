import { assertMaySuspend, assertOrgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { restoreUnit, suspendUnit } from '../../suspension/suspend-unit'
import { adminOrg } from './admin-org.view'
import type * as routes from './suspension.routes'

/** Outside the scope reads as missing (404, decision 021) before the department is asked (403 for city bureaus, groupings). */
export const suspendOrg: AppRouteHandler<typeof routes.suspendOrg> = async (c) => {
  const actor = currentUser(c)
  const { id } = c.req.valid('param')
  const scope = scopeOf(actor)
  await assertOrgInScope(c.var.db, scope, id)
  assertMaySuspend(scope)
  await suspendUnit(c.var.db, { id: actor.id, scope }, id, c.req.valid('json').reason)
  return c.json(await adminOrg(c.var.db, scope, id), 200)
}

export const restoreOrg: AppRouteHandler<typeof routes.restoreOrg> = async (c) => {
  const actor = currentUser(c)
  const { id } = c.req.valid('param')
  const scope = scopeOf(actor)
  await assertOrgInScope(c.var.db, scope, id)
  assertMaySuspend(scope)
  await restoreUnit(c.var.db, { id: actor.id }, id, c.req.valid('json').reason)
  return c.json(await adminOrg(c.var.db, scope, id), 200)
}
