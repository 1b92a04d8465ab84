import { AppError, closingDayIssue, endOfBeijingDay } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { loadEnterpriseJob } from '../../jobs/enterprise-job.view'
import { ownJob } from '../../jobs/enterprise-job-scope'
import type * as routes from './enterprise-jobs.routes'

/**
 * The enterprise sets, extends or shortens a job's closing date (decision 055). A job the sweep closed by its date
 * re-opens with the new one, without review: its content is what a reviewer passed and has not changed (as when a
 * paused job resumes, decision 014). A job closed by hand stays closed (复制为新岗位 makes a new one).
 */
export const closingDate: AppRouteHandler<typeof routes.closingDate> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { closesOn } = c.req.valid('json')
  const job = await ownJob(c, id)
  const issue = closingDayIssue(closesOn)
  if (issue) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'closesOn', message: issue }] })
  const reopen = job.status === 'closed'
  if (reopen && !job.expiredAt) throw new AppError('INVALID_TRANSITION', { userMessage: '手动关闭的岗位不能重新开放，可复制为新岗位后发布' })
  // A swept job was open, so it re-opens as open; a head-count change since cannot happen (closed jobs are not edited).
  const status = reopen ? (job.hiredCount >= job.headcount ? 'filled' : 'open') : job.status
  const closesAt = endOfBeijingDay(closesOn)
  await c.var.db.$transaction(async (tx) => {
    // Conditional on what was read: the sweep (or a colleague) moving the job meanwhile makes this a no-op and a 409.
    const { count } = await tx.job.updateMany({
      where: { id, status: job.status, expiredAt: job.expiredAt },
      data: { closesAt, ...(reopen ? { status, expiredAt: null } : {}) },
    })
    if (count === 0) throw new AppError('INVALID_TRANSITION', { userMessage: '岗位状态刚刚发生变化，请刷新后重试', internal: `job ${id} moved` })
    await audit(tx, {
      actorUserId: user.id, orgId: job.orgId, action: reopen ? 'job.reopened' : 'job.closing_date', entity: 'Job', entityId: id,
      diff: { closesAt: { from: job.closesAt?.toISOString() ?? null, to: closesAt.toISOString() }, status: { from: job.status, to: status } },
    })
  })
  return c.json(await loadEnterpriseJob(c.var.db, id), 200)
}
