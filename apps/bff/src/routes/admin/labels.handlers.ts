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
    // The write decides, not a read before it (decision 100): two administrators pressing at once found the title
    // unverified, both wrote and both audited 「核验…」; and a title the unit dropped between the read and the write
    // made the update fail as a 500. A guarded write changes a claim only from the other state, so only the
    // request that changed it is audited; one that changed nothing reads why.
    const { count } = await tx.orgLabel.updateMany({ where: { orgId: id, labelId, verified: !verified }, data: { verified } })
    const claim = await tx.orgLabel.findUnique({ where: { orgId_labelId: { orgId: id, labelId } }, select: { label: { select: { name: true } } } })
    if (!claim) throw new AppError('NOT_FOUND', { userMessage: '该单位没有填报这个企业称号，请刷新页面后重试' })
    if (!count) return
    await audit(tx, {
      actorUserId: actor.id, orgId: id, action: verified ? 'organization.label_verify' : 'organization.label_unverify', entity: 'Organization', entityId: id,
      diff: { label: claim.label.name },
    })
  })
  return c.json(await adminOrg(c.var.db, scope, id), 200)
}
