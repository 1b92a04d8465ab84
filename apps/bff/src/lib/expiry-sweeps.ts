import type { DbHandle } from '@zhilian/db'
import type { Logger } from 'pino'
import { expireStaleBookings } from '../equipment/expire-bookings'
import { closeExpiredJobs } from '../jobs/expire-jobs'

/** Hourly is enough: between sweeps the dates themselves refuse applying and deciding, and the pages read them. */
const EXPIRY_SWEEP_MS = 60 * 60 * 1000

/**
 * Closes jobs past their closing date (decision 051) and expires booking requests undecided at their start
 * (decision 055): once at start-up, then every hour; the timer does not keep the process alive. Each sweep is
 * idempotent, so several processes may run it.
 */
export function startExpirySweeps(db: DbHandle, logger: Logger, everyMs = EXPIRY_SWEEP_MS) {
  const sweep = async () => {
    try {
      const now = new Date()
      const jobs = await closeExpiredJobs(db.prisma, now)
      const bookings = await db.prisma.$transaction((tx) => expireStaleBookings(tx, now))
      if (jobs + bookings > 0) logger.info({ jobs, bookings }, 'closed jobs past their closing date and expired undecided bookings')
    } catch (err) {
      logger.error({ err }, 'expiry sweep failed')
    }
  }
  void sweep()
  const timer = setInterval(() => void sweep(), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
