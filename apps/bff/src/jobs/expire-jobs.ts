import type { DbHandle } from '@zhilian/db'
import type { Logger } from 'pino'
import type { Db } from '../lib/types'

/**
 * Closes open jobs whose closing date has come (decision 051), so search, recommendations and feeds — which all read
 * `status = 'open'` from their indexes — drop them without a date test in the hot statements. Idempotent: several
 * processes may sweep at once. Between sweeps the date itself still refuses applications and shows 已截止.
 */
export async function closeExpiredJobs(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.job.updateMany({ where: { status: 'open', closesAt: { lte: now } }, data: { status: 'closed' } })
  return count
}

/** Hourly is enough: a job is at most an hour late leaving the lists, and applying checks the date anyway. */
const EXPIRY_SWEEP_MS = 60 * 60 * 1000

/** Sweeps once at start-up, then every hour; the timer does not keep the process alive. */
export function startJobExpirySweep(db: DbHandle, logger: Logger, everyMs = EXPIRY_SWEEP_MS) {
  const sweep = () =>
    closeExpiredJobs(db.prisma).then(
      (count) => count > 0 && logger.info({ count }, 'closed jobs past their closing date'),
      (err: unknown) => logger.error({ err }, 'job expiry sweep failed'),
    )
  void sweep()
  const timer = setInterval(sweep, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
