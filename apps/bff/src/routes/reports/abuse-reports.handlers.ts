import { AppError } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './abuse-reports.routes'

/** Only things a user could have seen can be reported; anything else reads as missing. */
async function exists(db: Db, kind: string, id: string): Promise<boolean> {
  const where = { where: { id }, select: { id: true } }
  switch (kind) {
    case 'job': return !!(await db.job.findUnique(where))
    case 'organization': return !!(await db.organization.findUnique(where))
    case 'supply_list': return !!(await db.supplyList.findUnique(where))
    case 'demand_list': return !!(await db.demandList.findUnique(where))
    case 'event': return !!(await db.event.findUnique(where))
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
