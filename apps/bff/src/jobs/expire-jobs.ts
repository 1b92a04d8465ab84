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
/**
 * Jobs closed per transaction. A backlog (a database restored after downtime; the benchmark database's ~86,000 jobs
 * past their date) closed in one transaction held its row locks for minutes, outran Prisma's 5 s transaction limit
 * and rolled back every time, so nothing ever closed. A batch of 500 takes well under a second.
 */
const EXPIRY_BATCH = 500

export async function closeExpiredJobs(db: Db, now: Date = new Date(), batch = EXPIRY_BATCH): Promise<number> {
  let total = 0
  for (;;) {
    const { due, closed } = await closeBatch(db, now, batch)
    total += closed
    // A batch another process emptied first is still full: the loop goes on to what lies beyond it.
    if (due < batch) return total
  }
}

/** One batch: picks up to `batch` due jobs, closes those still open (another process may have come first), audits them. */
async function closeBatch(db: Db, now: Date, batch: number): Promise<{ due: number; closed: number }> {
  return db.$transaction(async (tx) => {
    const due = await tx.job.findMany({ where: { status: 'open', closesAt: { lte: now } }, select: { id: true }, take: batch })
    if (due.length === 0) return { due: 0, closed: 0 }
    const closed = await tx.job.updateManyAndReturn({
      where: { id: { in: due.map((j) => j.id) }, status: 'open', closesAt: { lte: now } },
      data: { status: 'closed', expiredAt: now },
      select: { id: true, orgId: true, closesAt: true },
    })
    if (closed.length > 0) {
      await tx.auditLog.createMany({
        data: closed.map((job) => ({
          actorUserId: null, orgId: job.orgId, action: 'job.expired', entity: 'Job', entityId: job.id,
          diff: { status: { from: 'open', to: 'closed' }, closesAt: job.closesAt?.toISOString() ?? null },
        })),
      })
    }
    return { due: due.length, closed: closed.length }
  })
}
