import type { DbHandle } from '@zhilian/db'
import type { JobResult, JobWithMetadata, PgBoss } from 'pg-boss'
import type { Logger } from 'pino'
import type { WeChatClient } from '../lib/wechat'
import { createDelivery } from './deliver'
import { sweepInterviews } from './interviews'
import { DEFAULT_TIMING, REMINDER_QUEUE, createReminderBoss, ensureReminderQueue, type ReminderJobData, type ReminderQueueTiming } from './queue'
import { cancelDroppedJobs, enqueueNewReminders } from './relay'

export interface ReminderWorkerOptions {
  db: DbHandle
  wechat: WeChatClient
  logger: Logger
  /** Jobs one fetch takes: claimed in one statement, sent `sendConcurrency` at a time, each wave marked in one. */
  batchSize?: number
  /** WeChat calls in flight at once within a batch (decision 031; 10 by default). */
  sendConcurrency?: number
  /** Concurrent `boss.work` loops in this process. */
  localConcurrency?: number
  timing?: Partial<ReminderQueueTiming>
  /** Database connections of this worker's pg-boss pool (PostgreSQL only). */
  poolSize?: number
  /** Test seams, see DeliverOptions. */
  beforeSend?: (reminderId: string, index: number) => void | Promise<void>
  afterSend?: (reminderId: string, index: number) => void | Promise<void>
}

/**
 * Dispatches reminders with pg-boss (docs/decisions/009-reminder-queue.md): `start()` runs the outbox
 * relay on a timer and `boss.work` over the reminder queue; `drain()` does one relay pass and then
 * fetches and settles every due job through the same handler, for tests and one-off runs.
 */
export function createReminderWorker(opts: ReminderWorkerOptions) {
  const { db, logger } = opts
  const prisma = db.prisma
  const timing: ReminderQueueTiming = { ...DEFAULT_TIMING, ...opts.timing }
  const batchSize = opts.batchSize ?? 50
  const delivery = createDelivery({ db: prisma, wechat: opts.wechat, logger, leaseSeconds: timing.leaseSeconds, sendConcurrency: opts.sendConcurrency, beforeSend: opts.beforeSend, afterSend: opts.afterSend })
  let boss: PgBoss | undefined
  let timer: NodeJS.Timeout | undefined
  let rescueTimer: NodeJS.Timeout | undefined
  let relaying: Promise<unknown> | undefined
  let rescuing: Promise<unknown> | undefined

  async function openBoss(supervise: boolean) {
    const b = createReminderBoss(db, timing, { supervise, max: opts.poolSize })
    b.on('error', (err) => logger.error({ err }, 'pg-boss error'))
    await b.start()
    await ensureReminderQueue(b, timing)
    return b
  }

  /** Interviews due soon get their rows; new rows get jobs; dropped rows lose theirs. */
  async function relay(b: PgBoss) {
    await sweepInterviews(prisma)
    const enqueued = await enqueueNewReminders(prisma, b, timing)
    const cancelled = await cancelDroppedJobs(prisma, b)
    return { enqueued, cancelled }
  }

  /** What `perJobResults` does for `work`, for jobs taken with `fetch`. */
  async function settle(b: PgBoss, jobs: JobWithMetadata<ReminderJobData>[], results: JobResult[]) {
    const attempt = new Map(jobs.map((j) => [j.id, { id: j.id, retryCount: j.retryCount }]))
    const completed = results.filter((r) => r.status === 'completed').map((r) => attempt.get(r.id)!)
    if (completed.length) await b.complete(REMINDER_QUEUE, completed)
    for (const r of results.filter((x) => x.status !== 'completed')) await b.fail(REMINDER_QUEUE, attempt.get(r.id)!, r.output)
  }

  async function drainWith(b: PgBoss) {
    await relay(b)
    let total = 0
    for (;;) {
      const jobs = await b.fetch<ReminderJobData>(REMINDER_QUEUE, { batchSize, includeMetadata: true })
      if (jobs.length === 0) return total
      await settle(b, jobs, await delivery.runBatch(jobs))
      total += jobs.length
    }
  }

  /** Runs `fn` with the started pg-boss, or with one of its own for the call. */
  async function withBoss<T>(fn: (b: PgBoss) => Promise<T>): Promise<T> {
    if (boss) return fn(boss)
    const own = await openBoss(false)
    try {
      return await fn(own)
    } finally {
      await own.stop({ graceful: false })
    }
  }

  return {
    /** One relay pass and every job due now. Returns how many jobs ran. */
    drain: () => withBoss(drainWith),
    /** One relay pass only: jobs for new rows, cancels for dropped ones. */
    relay: () => withBoss(relay),
    /** One rescue pass: rows a dead worker left behind, dispatched now. Returns how many it found. */
    rescue: () => delivery.rescue(),
    async start() {
      if (boss) return
      const b = await openBoss(true)
      boss = b
      // Jobs for rows already waiting go in before the first fetch.
      await relay(b)
      await b.work(
        REMINDER_QUEUE,
        {
          batchSize,
          includeMetadata: true,
          perJobResults: true,
          pollingIntervalSeconds: timing.pollingIntervalSeconds,
          // A backlog (a fair's day-before reminders all due at once) is fetched without pausing between full batches.
          burstWhenBatchFull: true,
          localConcurrency: opts.localConcurrency ?? 1,
        },
        (jobs) => delivery.runBatch(jobs as JobWithMetadata<ReminderJobData>[]),
      )
      const tick = () => {
        relaying = relay(b)
          .catch((err: unknown) => logger.error({ err }, 'reminder relay failed'))
          .finally(() => { if (timer) timer = setTimeout(tick, timing.relayIntervalMs) })
      }
      timer = setTimeout(tick, timing.relayIntervalMs)
      const rescueTick = () => {
        rescuing = delivery.rescue()
          .catch((err: unknown) => logger.error({ err }, 'reminder rescue failed'))
          .finally(() => { if (rescueTimer) rescueTimer = setTimeout(rescueTick, timing.rescueIntervalMs) })
      }
      rescueTimer = setTimeout(rescueTick, timing.rescueIntervalMs)
    },
    /** Stops between jobs; `graceful: false` leaves a stuck handler behind (its jobs expire and go to another worker). */
    async stop({ graceful = true } = {}) {
      if (timer) clearTimeout(timer)
      if (rescueTimer) clearTimeout(rescueTimer)
      timer = undefined
      rescueTimer = undefined
      await relaying
      // A rescue pass stuck in a send is what an ungraceful stop leaves behind, like a stuck handler.
      if (graceful) await rescuing
      const b = boss
      boss = undefined
      await b?.stop({ graceful, timeout: 10_000 })
    },
  }
}

export type ReminderWorker = ReturnType<typeof createReminderWorker>
