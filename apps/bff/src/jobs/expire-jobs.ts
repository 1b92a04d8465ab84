import type { Db } from '../lib/types'

/**
 * Closes open jobs whose closing date has come (decision 051), so search, recommendations and feeds — which all read
 * `status = 'open'` from their indexes — drop them without a date test in the hot statements. Idempotent: several
 * processes may sweep at once. Between sweeps the date itself still refuses applications and shows 已截止.
 *
 * Each closed job gets an audit entry by the system (no actor) in the same transaction (decision 055), and
 * `expiredAt`, which tells it from a job closed by hand: only a job closed by its date re-opens with a new date.
 * The UPDATE returns exactly the rows it moved, so two processes sweeping at once never audit a job twice.
 */
export async function closeExpiredJobs(db: Db, now: Date = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const closed = await tx.job.updateManyAndReturn({
      where: { status: 'open', closesAt: { lte: now } },
      data: { status: 'closed', expiredAt: now },
      select: { id: true, orgId: true, closesAt: true },
    })
    if (closed.length === 0) return 0
    await tx.auditLog.createMany({
      data: closed.map((job) => ({
        actorUserId: null, orgId: job.orgId, action: 'job.expired', entity: 'Job', entityId: job.id,
        diff: { status: { from: 'open', to: 'closed' }, closesAt: job.closesAt?.toISOString() ?? null },
      })),
    })
    return closed.length
  })
}
