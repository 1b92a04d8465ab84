import { AppError } from '@zhilian/shared'
import { assertMayDecide, assertOrgInScope, scopeOf } from '../../lib/admin-scope'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { adminOrg } from './admin-org.view'
import type * as routes from './labels.routes'

/**
 * Decision 096: an administrator who governs the unit and decides (not a consortium's or park's, which follow only)
 * marks a title the unit claims as verified, or takes the mark back. Students see verified titles on job cards and
 * every title with its standing on the job's page. A title the unit does not claim answers 404.
 */
export const verifyLabel: AppRouteHandler<typeof routes.verifyLabel> = async (c) => {
  const actor = currentUser(c)
  const { id, labelId } = c.req.valid('param')
  const { verified } = c.req.valid('json')
  const scope = scopeOf(actor)
  await assertOrgInScope(c.var.db, scope, id)
  assertMayDecide(scope)
  await c.var.db.$transaction(async (tx) => {
    const claim = await tx.orgLabel.findUnique({ where: { orgId_labelId: { orgId: id, labelId } }, select: { verified: true, label: { select: { name: true } } } })
    if (!claim) throw new AppError('NOT_FOUND', { userMessage: '该单位没有填报这个企业称号，请刷新页面后重试' })
    if (claim.verified === verified) return
    await tx.orgLabel.update({ where: { orgId_labelId: { orgId: id, labelId } }, data: { verified } })
    await audit(tx, {
      actorUserId: actor.id, orgId: id, action: verified ? 'organization.label_verify' : 'organization.label_unverify', entity: 'Organization', entityId: id,
      diff: { label: claim.label.name },
    })
  })
  return c.json(await adminOrg(c.var.db, scope, id), 200)
}
