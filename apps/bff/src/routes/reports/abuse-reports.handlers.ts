import { AppError } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './abuse-reports.routes'

/**
 * Only things a user could have seen can be reported; anything else reads as missing (decision 078). Existence alone
 * let anyone report another unit's draft job, its unreviewed list or a draft event, and told them by 201 or 404
 * whether an id existed: a job that was never published (a draft or one waiting for review), a unit not verified,
 * a list not approved and an event still in draft are nobody's to see but their owners'.
 */
async function exists(db: Db, kind: string, id: string): Promise<boolean> {
  const select = { id: true }
  switch (kind) {
    case 'job': return !!(await db.job.findFirst({ where: { id, status: { notIn: ['draft', 'pending_review'] } }, select }))
    case 'organization': return !!(await db.organization.findFirst({ where: { id, verification: 'verified' }, select }))
    case 'supply_list': return !!(await db.supplyList.findFirst({ where: { id, status: 'approved' }, select }))
    case 'demand_list': return !!(await db.demandList.findFirst({ where: { id, status: 'approved' }, select }))
    case 'event': return !!(await db.event.findFirst({ where: { id, status: { not: 'draft' } }, select }))
    default: return false
  }
}

/** How many undecided reports one user may have at a time: more floods the administrators' queue. */
export const OPEN_REPORTS_PER_REPORTER = 20

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const user = currentUser(c)
  const { targetKind, targetId, reason } = c.req.valid('json')
  if (!(await exists(c.var.db, targetKind, targetId))) throw new AppError('NOT_FOUND')
  const report = await c.var.db.$transaction(async (tx) => {
    // The count and the insert must be one step: requests sent at once all counted 19 and all inserted (decision
    // 060). Locking the reporter's own row queues a reporter's requests behind each other and nobody else's. NO KEY
    // UPDATE, not UPDATE: rows elsewhere that merely reference the user (their key share locks) are not held up.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${user.id} FOR NO KEY UPDATE`
    const open = await tx.report.count({ where: { reporterUserId: user.id, status: 'open' } })
    if (open >= OPEN_REPORTS_PER_REPORTER) throw new AppError('RATE_LIMITED', { userMessage: '您提交的举报较多，请等待处理后再提交' })
    return tx.report.create({ data: { reporterUserId: user.id, targetType: targetKind, targetId, reason }, select: { id: true } })
  })
  return c.json({ id: report.id, status: 'open' as const }, 201)
}
