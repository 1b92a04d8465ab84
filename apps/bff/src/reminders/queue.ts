import type { DbHandle } from '@zhilian/db'
import { PgBoss, fromPglite } from 'pg-boss'

/** The one pg-boss queue reminders are dispatched through (decision 009). */
export const REMINDER_QUEUE = 'reminders'

/** What a job carries: only the ledger row's id; everything else is read from the row when it runs. */
export interface ReminderJobData {
  reminderId: string
}

/** pg-boss timings. Tests shorten them; the defaults are the server's. */
export interface ReminderQueueTiming {
  /** Idle poll of `boss.work`, seconds (pg-boss minimum 0.5). */
  pollingIntervalSeconds: number
  /** A job active this long belongs to a dead worker: pg-boss fails it into a retry (its own, slow, last resort). */
  expireInSeconds: number
  /**
   * The short lease (decision 026): a row claimed this long ago, or a pending row whose job has been active this
   * long, belongs to a dead worker and is dispatched by the rescue pass. Longer than one WeChat call (5 s timeout).
   */
  leaseSeconds: number
  /** How often each worker looks for such rows. */
  rescueIntervalMs: number
  /** Retries after the first attempt, for 45009 and network errors. */
  retryLimit: number
  /** First back-off, seconds; pg-boss doubles it (with jitter) up to `retryDelayMax`. */
  retryDelay: number
  retryDelayMax: number
  /** How often pg-boss supervises (expires dead workers' jobs) and monitors the queue. */
  superviseIntervalSeconds: number
  /** How often the outbox relay turns new ledger rows into jobs and cancels the jobs of dropped rows. */
  relayIntervalMs: number
}

export const DEFAULT_TIMING: ReminderQueueTiming = {
  pollingIntervalSeconds: 2,
  expireInSeconds: 300,
  leaseSeconds: 10,
  rescueIntervalMs: 2_000,
  retryLimit: 5,
  retryDelay: 30,
  retryDelayMax: 3600,
  superviseIntervalSeconds: 60,
  relayIntervalMs: 15_000,
}

/** Jobs of reminders due weeks ahead must outlive pg-boss's 14-day default for queued jobs (counted from startAfter). */
export const RETENTION_SECONDS = 14 * 86_400

/**
 * pg-boss on the same database as Prisma: on PGlite through the instance itself (one connection,
 * so one in-process worker), on PostgreSQL through its own pool. Its tables live in schema `pgboss`,
 * which `start()` creates and migrates.
 */
export function createReminderBoss(db: DbHandle, timing: ReminderQueueTiming, opts: { supervise?: boolean; max?: number } = {}) {
  const supervise = opts.supervise ?? true
  const common = {
    supervise,
    schedule: false,
    superviseIntervalSeconds: timing.superviseIntervalSeconds,
    // Expiry of dead workers' jobs runs in the monitor step of supervision.
    monitorIntervalSeconds: timing.superviseIntervalSeconds,
    registerInstance: false,
  }
  if (db.kind === 'pglite') {
    if (!db.pglite) throw new Error('PGlite handle without its instance')
    return new PgBoss({ ...common, db: fromPglite(db.pglite), backend: 'pglite' })
  }
  if (!db.url) throw new Error('PostgreSQL handle without its URL')
  return new PgBoss({ ...common, connectionString: db.url, max: opts.max ?? 4, application_name: 'zhilian-reminders' })
}

/** Per-job options, so the timing travels with each job whatever the queue was created with. */
export const jobOptions = (timing: ReminderQueueTiming) => ({
  expireInSeconds: timing.expireInSeconds,
  retryLimit: timing.retryLimit,
  retryDelay: timing.retryDelay,
  retryBackoff: true,
  retryDelayMax: timing.retryDelayMax,
})

/**
 * Creates the queue (a no-op when it exists) and so loads it into this instance's queue cache: a later
 * insert inside a Prisma transaction must not fall back to pg-boss's own connection to look the queue
 * up, which on single-connection PGlite would wait for that very transaction.
 */
export async function ensureReminderQueue(boss: PgBoss, timing: ReminderQueueTiming) {
  await boss.createQueue(REMINDER_QUEUE, { ...jobOptions(timing), retentionSeconds: RETENTION_SECONDS })
}
