import type { JobResult, JobWithMetadata } from 'pg-boss'
import type { Logger } from 'pino'
import type { Db } from '../lib/types'
import type { WeChatClient } from '../lib/wechat'
import { inboxText, templateData } from './format'
import type { ReminderJobData } from './queue'
import { TEMPLATE_IDS, type ReminderPayload, type TemplateKey } from './templates'

const TEMPLATE_JSON = JSON.stringify(TEMPLATE_IDS)

export interface DeliverOptions {
  db: Db
  wechat: WeChatClient
  logger: Logger
  /** A row claimed longer ago than this may belong to a dead worker and can be claimed again (= job expiry). */
  leaseSeconds: number
  /** Test seam: runs after a row is claimed and before it is sent; never settling here is a worker dying mid-batch. */
  beforeSend?: (reminderId: string, index: number) => void | Promise<void>
}

interface Claimed {
  id: string
  userId: string
  templateKey: string
  payload: ReminderPayload
  attempts: number
  /** Read in the claim statement: the user's openid, whether they are gone, their credit for the template. */
  openid: string | null
  gone: boolean
  credit: number | null
}

type Outcome =
  | { status: 'sent'; spent: boolean; error?: string }
  | { status: 'refused' | 'failed' | 'skipped'; error: string }
  | { status: 'retry'; error: string }

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
        RETURNING "id", "userId", "templateKey", "payload", "attempts")
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
      if (result.outcome === 'back-off') return { status: 'retry', error }
      return { status: result.errcode === 43101 ? 'refused' : 'failed', error }
    } catch (cause) {
      return { status: 'retry', error: cause instanceof Error ? cause.message : String(cause) }
    }
  }

  /**
   * Back to pending for pg-boss's next try, or final. Both are fenced to this claim (status 'sending' and
   * its attempt number). The final mark is one statement, so status, credit and inbox commit together.
   */
  async function mark(r: Claimed, outcome: Outcome, lastTry: boolean) {
    if (outcome.status === 'retry' && !lastTry) {
      await db.reminder.updateMany({ where: { id: r.id, status: 'sending', attempts: r.attempts }, data: { status: 'pending', claimedAt: null, lastError: outcome.error } })
      return
    }
    const status = outcome.status === 'retry' ? 'failed' : outcome.status
    const spend = outcome.status === 'sent' && outcome.spent
    const inbox = status === 'skipped' ? null : inboxText(r.payload)
    await db.$executeRaw`
      WITH marked AS (
        UPDATE "Reminder" SET "status" = ${status}::"ReminderStatus", "sentAt" = ${status === 'sent' ? new Date() : null}, "lastError" = ${outcome.error ?? null}::text
        WHERE "id" = ${r.id} AND "status" = 'sending' AND "attempts" = ${r.attempts}
        RETURNING "userId"),
      spent AS (
        UPDATE "SubscriptionCredit" SET "remaining" = "remaining" - 1, "updatedAt" = now()
        WHERE ${spend}::boolean AND "userId" IN (SELECT "userId" FROM marked) AND "templateId" = ${TEMPLATE_IDS[r.templateKey as TemplateKey] ?? ''} AND "remaining" > 0
        RETURNING 1)
      INSERT INTO "InboxMessage" ("id", "userId", "title", "body", "link")
      SELECT gen_random_uuid()::text, "userId", ${inbox?.title ?? ''}::text, ${inbox?.body ?? ''}::text, ${inbox?.link ?? null}::text FROM marked WHERE ${inbox !== null}::boolean`
  }

  async function runJob(job: JobWithMetadata<ReminderJobData>, index: number): Promise<JobResult> {
    const claimed = await claim(job.data.reminderId)
    if (!claimed) {
      const row = await db.reminder.findUnique({ where: { id: job.data.reminderId }, select: { status: true } })
      // Finished, dropped or deleted: nothing left to do. Still 'sending': another worker holds it
      // within its lease; failing the job makes pg-boss look again after a back-off.
      if (row?.status === 'sending') return { id: job.id, status: 'failed', output: { error: 'held by another worker' } }
      return { id: job.id, status: 'completed', output: { row: row?.status ?? 'deleted' } }
    }
    await opts.beforeSend?.(claimed.id, index)
    const outcome = await deliver(claimed)
    const lastTry = job.retryCount >= job.retryLimit
    await mark(claimed, outcome, lastTry)
    if (outcome.status === 'retry' && !lastTry) return { id: job.id, status: 'failed', output: { error: outcome.error } }
    return { id: job.id, status: 'completed', output: { row: outcome.status === 'retry' ? 'failed' : outcome.status } }
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

  return { runBatch }
}
