import type { JobResult, JobWithMetadata } from 'pg-boss'
import type { Logger } from 'pino'
import type { Db } from '../lib/types'
import type { WeChatClient } from '../lib/wechat'
import { inboxText, templateData } from './format'
import { REMINDER_QUEUE, type ReminderJobData } from './queue'
import { TEMPLATE_IDS, type ReminderPayload, type TemplateKey } from './templates'

const TEMPLATE_JSON = JSON.stringify(TEMPLATE_IDS)

export interface DeliverOptions {
  db: Db
  wechat: WeChatClient
  logger: Logger
  /** A row claimed longer ago than this may belong to a dead worker and can be claimed again (seconds, short). */
  leaseSeconds: number
  /** Test seam: runs after a row is claimed and before it is sent; never settling here is a worker dying mid-batch. */
  beforeSend?: (reminderId: string, index: number) => void | Promise<void>
  /** Test seam: runs after WeChat answered and before the outcome is recorded; never settling is a crash in between. */
  afterSend?: (reminderId: string, index: number) => void | Promise<void>
}

interface Claimed {
  id: string
  userId: string
  templateKey: string
  payload: ReminderPayload
  attempts: number
  /** Set when an earlier attempt began a WeChat send and nobody recorded how it ended. */
  sendKey: string | null
  /** Read in the claim statement: the user's openid, whether they are gone, their credit for the template. */
  openid: string | null
  gone: boolean
  credit: number | null
}

type Outcome =
  | { status: 'sent'; spent: boolean; error?: string }
  | { status: 'refused' | 'failed' | 'skipped'; error: string }
  | { status: 'retry'; error: string; maybeSent: boolean }
  | { status: 'lost' }

/**
 * What a pg-boss job does for its ledger row: claim → send through the real WeChat client → mark.
 * The claim is a conditional update, so of two workers holding the same job (one of them presumed
 * dead by pg-boss's expiry) only one sends; the mark is fenced to the claim's attempt number.
 */
export function createDelivery(opts: DeliverOptions) {
  const { db, wechat, logger } = opts

  /** One statement: claim the row if it is free (or its claim outlived the lease) and read what sending needs. */
  async function claim(reminderId: string): Promise<Claimed | undefined> {
    const [row] = await db.$queryRaw<Claimed[]>`
      WITH claimed AS (
        UPDATE "Reminder" SET "status" = 'sending', "claimedAt" = now(), "attempts" = "attempts" + 1
        WHERE "id" = ${reminderId} AND ("status" = 'pending'
          OR ("status" = 'sending' AND "claimedAt" < now() - ${opts.leaseSeconds}::int * interval '1 second'))
        RETURNING "id", "userId", "templateKey", "payload", "attempts", "sendKey")
      SELECT c.*, u."openid", (u."id" IS NULL OR u."deletedAt" IS NOT NULL) AS "gone", sc."remaining" AS "credit"
      FROM claimed c
      LEFT JOIN "User" u ON u."id" = c."userId"
      LEFT JOIN "SubscriptionCredit" sc ON sc."userId" = c."userId" AND sc."templateId" = (${TEMPLATE_JSON}::jsonb ->> c."templateKey")`
    return row
  }

  async function deliver(r: Claimed): Promise<Outcome> {
    const templateId = TEMPLATE_IDS[r.templateKey as TemplateKey]
    if (!templateId) return { status: 'failed', error: `unknown template ${r.templateKey}` }
    if (r.gone) return { status: 'skipped', error: 'user gone' }
    // No consent left, no WeChat identity (H5) or no WeChat configured: the inbox carries it alone.
    if (!r.openid || !wechat.configured || !r.credit || r.credit <= 0) return { status: 'sent', spent: false, error: 'inbox only' }
    // Idempotent per reminder: an earlier attempt began a send and died before recording it. WeChat may have
    // accepted it (and spent the credit), and its API has no idempotency key, so we never call it twice for one
    // reminder; the inbox still carries the message.
    if (r.sendKey) return { status: 'sent', spent: true, error: `send ${r.sendKey} outcome unknown after a crash; not sent again` }
    // The key is committed before the call, fenced to this claim: a worker whose claim was taken over stops here.
    const key = `${r.id}#${r.attempts}`
    const keyed = await db.reminder.updateMany({ where: { id: r.id, status: 'sending', attempts: r.attempts, sendKey: null }, data: { sendKey: key } })
    if (keyed.count === 0) return { status: 'lost' }
    try {
      const result = await wechat.sendSubscribeMessage({
        touser: r.openid,
        template_id: templateId,
        page: r.payload.page,
        data: templateData(r.payload),
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      })
      if (result.outcome === 'sent') return { status: 'sent', spent: true }
      const error = `${result.errcode} ${result.errmsg}`
      // WeChat answered that it did not send: the next attempt may send.
      if (result.outcome === 'back-off') return { status: 'retry', error, maybeSent: false }
      return { status: result.errcode === 43101 ? 'refused' : 'failed', error }
    } catch (cause) {
      // A refused connection sent nothing; a timeout or a cut connection may have, so its key stays.
      return { status: 'retry', error: cause instanceof Error ? cause.message : String(cause), maybeSent: !refusedBeforeSending(cause) }
    }
  }

  /**
   * Back to pending for pg-boss's next try, or final. Both are fenced to this claim (status 'sending' and
   * its attempt number). The final mark is one statement, so status, credit and inbox commit together.
   */
  async function mark(r: Claimed, outcome: Exclude<Outcome, { status: 'lost' }>, lastTry: boolean) {
    if (outcome.status === 'retry' && !lastTry) {
      await db.reminder.updateMany({
        where: { id: r.id, status: 'sending', attempts: r.attempts },
        data: { status: 'pending', claimedAt: null, lastError: outcome.error, ...(outcome.maybeSent ? {} : { sendKey: null }) },
      })
      return
    }
    const status = outcome.status === 'retry' ? 'failed' : outcome.status
    const spend = outcome.status === 'sent' && outcome.spent
    // 43101: WeChat holds no consent for this template, whatever our balance says; the balance goes to 0.
    const refused = outcome.status === 'refused'
    const templateId = TEMPLATE_IDS[r.templateKey as TemplateKey] ?? ''
    const inbox = status === 'skipped' ? null : inboxText(r.payload)
    await db.$executeRaw`
      WITH marked AS (
        UPDATE "Reminder" SET "status" = ${status}::"ReminderStatus", "sentAt" = ${status === 'sent' ? new Date() : null}, "lastError" = ${outcome.error ?? null}::text
        WHERE "id" = ${r.id} AND "status" = 'sending' AND "attempts" = ${r.attempts}
        RETURNING "userId"),
      before AS (
        SELECT "id", "remaining" FROM "SubscriptionCredit"
        WHERE (${spend}::boolean OR ${refused}::boolean) AND "userId" IN (SELECT "userId" FROM marked) AND "templateId" = ${templateId} AND "remaining" > 0),
      moved AS (
        UPDATE "SubscriptionCredit" sc SET "remaining" = CASE WHEN ${refused}::boolean THEN 0 ELSE sc."remaining" - 1 END, "updatedAt" = now()
        FROM before b WHERE sc."id" = b."id"
        RETURNING sc."userId", sc."remaining" - b."remaining" AS "delta"),
      ledger AS (
        INSERT INTO "SubscriptionCreditEntry" ("id", "userId", "templateId", "delta", "reason", "reminderId")
        SELECT gen_random_uuid()::text, "userId", ${templateId}, "delta", ${refused ? 'refused' : 'sent'}, ${r.id} FROM moved
        RETURNING 1)
      INSERT INTO "InboxMessage" ("id", "userId", "title", "body", "link")
      SELECT gen_random_uuid()::text, "userId", ${inbox?.title ?? ''}::text, ${inbox?.body ?? ''}::text, ${inbox?.link ?? null}::text FROM marked WHERE ${inbox !== null}::boolean`
  }

  /**
   * Claim → send → mark for one ledger row. `again` says the row should be tried again later: it is held by
   * another worker within its lease, or WeChat asked to back off.
   */
  async function runRow(reminderId: string, index: number, lastTry: boolean): Promise<{ again: boolean; row: string; error?: string }> {
    const claimed = await claim(reminderId)
    if (!claimed) {
      const row = await db.reminder.findUnique({ where: { id: reminderId }, select: { status: true } })
      // Finished, dropped or deleted: nothing left to do. Still 'sending': another worker holds it within its lease.
      if (row?.status === 'sending') return { again: true, row: 'sending', error: 'held by another worker' }
      return { again: false, row: row?.status ?? 'deleted' }
    }
    await opts.beforeSend?.(claimed.id, index)
    const outcome = await deliver(claimed)
    if (outcome.status === 'lost') return { again: false, row: 'taken over' }
    await opts.afterSend?.(claimed.id, index)
    await mark(claimed, outcome, lastTry)
    if (outcome.status === 'retry' && !lastTry) return { again: true, row: 'pending', error: outcome.error }
    return { again: false, row: outcome.status === 'retry' ? 'failed' : outcome.status }
  }

  async function runJob(job: JobWithMetadata<ReminderJobData>, index: number): Promise<JobResult> {
    const r = await runRow(job.data.reminderId, index, job.retryCount >= job.retryLimit)
    // Failing the job makes pg-boss try again after its back-off.
    return r.again ? { id: job.id, status: 'failed', output: { error: r.error } } : { id: job.id, status: 'completed', output: { row: r.row } }
  }

  /** One batch from pg-boss, one job after another; a job whose database work throws is retried by pg-boss. */
  async function runBatch(jobs: JobWithMetadata<ReminderJobData>[]): Promise<JobResult[]> {
    const results: JobResult[] = []
    for (const [index, job] of jobs.entries()) {
      try {
        results.push(await runJob(job, index))
      } catch (error) {
        logger.error({ err: error, reminderId: job.data.reminderId }, 'reminder job failed')
        results.push({ id: job.id, status: 'failed', output: { error: error instanceof Error ? error.message : String(error) } })
      }
    }
    return results
  }

  /**
   * Crash recovery within seconds (decision 026): rows whose pg-boss job has been active longer than the
   * lease while the row is still pending, or claimed longer than the lease ago, belong to a worker that
   * died mid-batch. They are dispatched here directly, without waiting for pg-boss to expire the job
   * (`expireInSeconds`, minutes); the claim keeps this from racing a live worker, the send key from
   * sending twice. The stale job later finds its row finished and completes. A row sent back to pending by a
   * WeChat back-off (lastError set) is left to pg-boss's retry with its delay.
   */
  async function rescue(limit = 200): Promise<number> {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM (
        SELECT r."id", r."sendAt" FROM pgboss.job j JOIN "Reminder" r ON r."status" = 'pending' AND r."lastError" IS NULL AND r."jobId" = j.id::text
        WHERE j.name = ${REMINDER_QUEUE} AND j.state = 'active' AND j.started_on < now() - ${opts.leaseSeconds}::int * interval '1 second'
        UNION
        SELECT "id", "sendAt" FROM "Reminder" WHERE "status" = 'sending' AND "claimedAt" < now() - ${opts.leaseSeconds}::int * interval '1 second'
      ) stale ORDER BY "sendAt" LIMIT ${limit}`
    for (const [index, row] of rows.entries()) {
      try {
        await runRow(row.id, index, false)
      } catch (error) {
        logger.error({ err: error, reminderId: row.id }, 'reminder rescue failed')
      }
    }
    return rows.length
  }

  return { runBatch, rescue }
}

/** fetch failed because nothing accepted the connection: the request never left this machine. */
function refusedBeforeSending(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return true
  }
  return false
}
