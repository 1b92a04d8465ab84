import { AppError } from '@zhilian/shared'
import { assertMayDecide, assertOrgInScope, scopeOf } from '../../lib/admin-scope'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { adminOrg } from './admin-org.view'
import type * as routes from './trusted.routes'

/** A unit outside the administrator's scope reads as missing, as in every admin read (decision 021; found in 064). */
export const getOrg: AppRouteHandler<typeof routes.getOrg> = async (c) => {
  const { id } = c.req.valid('param')
  const scope = scopeOf(currentUser(c))
  await assertOrgInScope(c.var.db, scope, id)
  return c.json(await adminOrg(c.var.db, scope, id), 200)
}

/** Trust is explicit and answerable: only an administrator sets it, with a reason, and the audit log keeps both. */
export const setTrusted: AppRouteHandler<typeof routes.setTrusted> = async (c) => {
  const actor = currentUser(c)
  const { id } = c.req.valid('param')
  const { trusted, reason } = c.req.valid('json')
  const scope = scopeOf(actor)
  await assertOrgInScope(c.var.db, scope, id)
  assertMayDecide(scope)
  await c.var.db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id }, select: { kind: true, verification: true, trustedPoster: true } })
    if (!org) throw new AppError('NOT_FOUND', { userMessage: '单位不存在' })
    if (trusted && (org.kind !== 'enterprise' || org.verification !== 'verified')) {
      throw new AppError('INVALID_TRANSITION', { userMessage: '只有已认证的企业可以设为免审发布' })
    }
    await tx.organization.update({ where: { id }, data: { trustedPoster: trusted } })
    await audit(tx, { actorUserId: actor.id, orgId: id, action: trusted ? 'organization.trust' : 'organization.distrust', entity: 'Organization', entityId: id, diff: { trustedPoster: { from: org.trustedPoster, to: trusted }, reason } })
  })
  return c.json(await adminOrg(c.var.db, scope, id), 200)
}
