import { assertMayDecide, assertQueueInScope, assertReviewItemInScope, orgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import { LIST_WRITE_TX } from '../../lists/list-workflow'
import type { AppRouteHandler } from '../../lib/types'
import { applyDecision } from './review-decision'
import { queuePage } from './review-queue'
import type * as routes from './review.routes'

export const queue: AppRouteHandler<typeof routes.queue> = async (c) => {
  const { kind, cursor, limit } = c.req.valid('query')
  const scope = scopeOf(currentUser(c))
  assertQueueInScope(scope, kind)
  return c.json(await queuePage(c.var.db, kind, orgInScope(scope), cursor, limit), 200)
}

export const decide: AppRouteHandler<typeof routes.decide> = async (c) => {
  const actor = currentUser(c)
  const { kind, id } = c.req.valid('param')
  const { decision, reason, submittedAt } = c.req.valid('json')
  const scope = scopeOf(actor)
  const result = await c.var.db.$transaction(async (tx) => {
    // Outside the scope reads as missing (404) before the role's right to decide is asked (403).
    await assertReviewItemInScope(tx, scope, kind, id)
    assertMayDecide(scope)
    return applyDecision(tx, actor.id, kind, id, decision, reason, submittedAt)
    // Approving a list writes all its rows (10,000 jobs for a province-scale 附件2): more than Prisma's 5 s default.
  }, kind === 'supply_list' || kind === 'demand_list' ? LIST_WRITE_TX : undefined)
  return c.json(result, 200)
}
