import { fromPrisma, type PgBoss } from 'pg-boss'
import type { Db } from '../lib/types'
import { REMINDER_QUEUE, RETENTION_SECONDS, jobOptions, type ReminderJobData, type ReminderQueueTiming } from './queue'
import { DROPPED } from './schedule'

/**
 * The outbox between the Reminder ledger and pg-boss (decision 009). Scheduling writes ledger rows in
 * the caller's transaction and nothing else; this relay, in the worker process, stamps each new row
 * with its job id and inserts the pg-boss job in ONE transaction, so a crash leaves either both or
 * neither. The job id is derived from the row id (md5 → uuid), so inserting twice is a no-op too.
 * Rows are picked FOR UPDATE SKIP LOCKED, so relays in several processes split the work.
 */
export async function enqueueNewReminders(db: Db, boss: PgBoss, timing: ReminderQueueTiming, limit = 1000) {
  let total = 0
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; sendAt: Date; jobId: string }[]>`
        UPDATE "Reminder" SET "jobId" = md5('reminder:' || "id")::uuid::text
        WHERE "id" IN (
          SELECT "id" FROM "Reminder" WHERE "status" = 'pending' AND "jobId" IS NULL
          ORDER BY "sendAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING "id", "sendAt", "jobId"`
      if (rows.length === 0) return 0
      const options = jobOptions(timing)
      await boss.insert(
        REMINDER_QUEUE,
        rows.map((r) => ({ id: r.jobId, data: { reminderId: r.id } satisfies ReminderJobData, startAfter: r.sendAt, retentionSeconds: RETENTION_SECONDS, ...options })),
        { db: fromPrisma(tx) },
      )
      return rows.length
    }, { timeout: 60_000 })
    total += count
    if (count < limit) return total
  }
}

/**
 * A moved or cancelled subject's dropped rows cancel their jobs here. Until then a job that runs finds
 * its row dropped and sends nothing, so the cancel only keeps pg-boss's table tidy and truthful.
 */
export async function cancelDroppedJobs(db: Db, boss: PgBoss, limit = 1000) {
  let total = 0
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ jobId: string }[]>`
        WITH picked AS (
          SELECT "id", "jobId" FROM "Reminder"
          WHERE "status" = 'skipped' AND "lastError" = ${DROPPED} AND "jobId" IS NOT NULL
          LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        UPDATE "Reminder" r SET "jobId" = NULL FROM picked WHERE r."id" = picked."id"
        RETURNING picked."jobId"`
      if (rows.length === 0) return 0
      await boss.cancel(REMINDER_QUEUE, rows.map((r) => r.jobId), { db: fromPrisma(tx) })
      return rows.length
    }, { timeout: 60_000 })
    total += count
    if (count < limit) return total
  }
}
