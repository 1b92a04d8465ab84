import type { JobResult, JobWithMetadata } from 'pg-boss'
import type { Logger } from 'pino'
import type { Db } from '../lib/types'
import type { WeChatClient } from '../lib/wechat'
import { claimBatch, type Claimed } from './claim-batch'
import { inboxText, templateData } from './format'
import { markBatch, type Mark } from './mark-batch'
import { REMINDER_QUEUE, type ReminderJobData } from './queue'
import { TEMPLATE_IDS, type TemplateKey } from './templates'

export interface DeliverOptions {
  db: Db
  wechat: WeChatClient
  logger: Logger
  /** A row claimed longer ago than this may belong to a dead worker and can be claimed again (seconds, short). */
  leaseSeconds: number
  /** WeChat calls in flight at once within a batch (decision 031). */
  sendConcurrency?: number
  /** Test seam: runs after a row is claimed and before it is sent; never settling here is a worker dying mid-batch. */
  beforeSend?: (reminderId: string, index: number) => void | Promise<void>
  /** Test seam: runs after WeChat answered and before the outcome is recorded; never settling is a crash in between. */
  afterSend?: (reminderId: string, index: number) => void | Promise<void>
}

type Outcome =
  | { status: 'sent'; spent: boolean; error?: string }
  | { status: 'refused' | 'failed' | 'skipped'; error: string }
  | { status: 'retry'; error: string; maybeSent: boolean }
  | { status: 'lost' }

/** One row to dispatch: a pg-boss job's row (with its place in the batch and whether this is its last try), or a rescued row. */
interface Work { reminderId: string; index: number; lastTry: boolean }
interface RowResult { again: boolean; row: string; error?: string }

/**
 * What a batch of pg-boss jobs does for its ledger rows (decisions 009, 026, 031): one statement claims every
 * row and reads what sending needs; credits are shared out in memory, so one user's two messages of a template
 * spend two credits, never one credit twice; sends go out `sendConcurrency` at a time, each wave's send keys
 * committed in one statement just before its requests leave; one statement marks each wave (status, credits,
 * inbox). The claim is a conditional update, so of two workers holding the same row only one sends; the marks
 * are fenced to the claim's attempt number.
 */
export function createDelivery(opts: DeliverOptions) {
  const { db, wechat, logger } = opts
  const concurrency = Math.max(1, opts.sendConcurrency ?? 10)

  /** What needs no WeChat call is decided at once; `undefined` means: send it. */
  function decide(r: Claimed, allotted: boolean): Outcome | undefined {
    const templateId = TEMPLATE_IDS[r.templateKey as TemplateKey]
    if (!templateId) return { status: 'failed', error: `unknown template ${r.templateKey}` }
    if (r.gone) return { status: 'skipped', error: 'user gone' }
    // No consent left, no WeChat identity (H5) or no WeChat configured: the inbox carries it alone.
    if (!allotted) return { status: 'sent', spent: false, error: 'inbox only' }
    // Idempotent per reminder: an earlier attempt began a send and died before recording it. WeChat may have
    // accepted it (and spent the credit), and its API has no idempotency key, so we never call it twice for one
    // reminder; the inbox still carries the message.
    if (r.sendKey) return { status: 'sent', spent: true, error: `send ${r.sendKey} outcome unknown after a crash; not sent again` }
    return undefined
  }

  /** Credits of (user, template) in this batch, as the claim read them, handed out one per message in batch order. */
  function allot(rows: Claimed[]): Set<string> {
    const left = new Map<string, number>()
    const allotted = new Set<string>()
    for (const r of rows) {
      if (r.gone || !r.openid || !wechat.configured) continue
      const key = `${r.userId}\u0000${r.templateKey}`
      const balance = left.get(key) ?? r.credit ?? 0
      if (balance > 0) allotted.add(r.id)
      left.set(key, Math.max(0, balance - 1))
    }
    return allotted
  }

  async function send(r: Claimed): Promise<Outcome> {
    const templateId = TEMPLATE_IDS[r.templateKey as TemplateKey]!
    try {
      const result = await wechat.sendSubscribeMessage({
        touser: r.openid!,
        template_id: templateId,
        page: r.payload.page,
        data: templateData(r.templateKey, r.payload),
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
   * The keys are committed before the calls, fenced to each claim: a row whose claim was taken over is not sent.
   * The lease starts again here: a batch's later waves go out long after the batch was claimed, and a row whose
   * send is in flight must not look abandoned to a rescue pass, which would find its key and record it sent
   * whatever WeChat answers (the lease is longer than one call's timeout).
   */
  async function commitKeys(rows: Claimed[]): Promise<Set<string>> {
    const keyed = await db.$queryRaw<{ id: string }[]>`
      UPDATE "Reminder" r SET "sendKey" = r."id" || '#' || r."attempts", "claimedAt" = now()
      FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.attempts)}::int[]) AS x("id", "attempts")
      WHERE r."id" = x."id" AND r."status" = 'sending' AND r."attempts" = x."attempts" AND r."sendKey" IS NULL
      RETURNING r."id"`
    return new Set(keyed.map((k) => k.id))
  }

  /** Back to pending for pg-boss's next try, or final; as the mark statement records it. */
  function markOf(r: Claimed, outcome: Exclude<Outcome, { status: 'lost' }>, lastTry: boolean): Mark {
    const templateId = TEMPLATE_IDS[r.templateKey as TemplateKey] ?? ''
    if (outcome.status === 'retry' && !lastTry) {
      return { id: r.id, attempts: r.attempts, status: 'pending', error: outcome.error, clearKey: !outcome.maybeSent, spend: false, refused: false, templateId, inbox: null }
    }
    const status = outcome.status === 'retry' ? 'failed' : outcome.status
    return {
      id: r.id, attempts: r.attempts, status, error: outcome.error ?? null, clearKey: false, templateId,
      spend: outcome.status === 'sent' && outcome.spent,
      // 43101: WeChat holds no consent for this template, whatever our balance says; the balance goes to 0.
      refused: outcome.status === 'refused',
      inbox: status === 'skipped' || r.payload.inboxWritten ? null : inboxText(r.payload),
    }
  }

  function resultOf(outcome: Outcome, lastTry: boolean): RowResult {
    if (outcome.status === 'lost') return { again: false, row: 'taken over' }
    if (outcome.status === 'retry' && !lastTry) return { again: true, row: 'pending', error: outcome.error }
    return { again: false, row: outcome.status === 'retry' ? 'failed' : outcome.status }
  }

  /**
   * Claim → send → mark for a set of rows. `again` says a row should be tried again later: it is held by
   * another worker within its lease, or WeChat asked to back off.
   */
  async function dispatch(work: Work[]): Promise<Map<string, RowResult>> {
    const results = new Map<string, RowResult>()
    if (!work.length) return results
    const { claimed, held } = await claimBatch(db, work.map((w) => w.reminderId), opts.leaseSeconds)
    for (const [id, h] of held) results.set(id, h.again ? { ...h, error: 'held by another worker' } : h)
    const rows = work.filter((w) => claimed.has(w.reminderId)).map((w) => ({ w, r: claimed.get(w.reminderId)! }))
    const allotted = allot(rows.map((x) => x.r))
    const settled: { w: Work; r: Claimed; outcome: Outcome }[] = []
    const toSend: typeof rows = []
    for (const x of rows) {
      const outcome = decide(x.r, allotted.has(x.r.id))
      if (outcome) settled.push({ ...x, outcome })
      else toSend.push(x)
    }
    const finish = async (done: typeof settled) => {
      await markBatch(db, done.flatMap(({ w, r, outcome }) => (outcome.status === 'lost' ? [] : [markOf(r, outcome, w.lastTry)])))
      for (const { w, outcome } of done) results.set(w.reminderId, resultOf(outcome, w.lastTry))
    }
    for (let i = 0; i < toSend.length; i += concurrency) {
      const wave = toSend.slice(i, i + concurrency)
      for (const { w, r } of wave) await opts.beforeSend?.(r.id, w.index)
      const keyed = await commitKeys(wave.map((x) => x.r))
      const sent = await Promise.all(wave.map(async ({ w, r }) => {
        if (!keyed.has(r.id)) return { w, r, outcome: { status: 'lost' } as Outcome }
        const outcome = await send(r)
        await opts.afterSend?.(r.id, w.index)
        return { w, r, outcome }
      }))
      // The rows decided without WeChat ride along with the first wave's mark.
      await finish(i === 0 ? [...settled.splice(0), ...sent] : sent)
    }
    if (settled.length) await finish(settled)
    return results
  }

  /** One batch from pg-boss; if its database work throws, every job of it is retried by pg-boss. */
  async function runBatch(jobs: JobWithMetadata<ReminderJobData>[]): Promise<JobResult[]> {
    try {
      const results = await dispatch(jobs.map((job, index) => ({ reminderId: job.data.reminderId, index, lastTry: job.retryCount >= job.retryLimit })))
      return jobs.map((job) => {
        const r = results.get(job.data.reminderId) ?? { again: true, row: 'unknown', error: 'not dispatched' }
        // Failing the job makes pg-boss try again after its back-off.
        return r.again ? { id: job.id, status: 'failed', output: { error: r.error } } : { id: job.id, status: 'completed', output: { row: r.row } }
      })
    } catch (error) {
      logger.error({ err: error, jobs: jobs.length }, 'reminder batch failed')
      return jobs.map((job) => ({ id: job.id, status: 'failed', output: { error: error instanceof Error ? error.message : String(error) } }))
    }
  }

  /**
   * Crash recovery within seconds (decision 026): rows whose pg-boss job has been active longer than the
   * lease while the row is still pending, or claimed longer than the lease ago, belong to a worker that
   * died mid-batch. They are dispatched here directly, as one batch, without waiting for pg-boss to expire the
   * job (`expireInSeconds`, minutes); the claim keeps this from racing a live worker, the send key from
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
    try {
      await dispatch(rows.map((row, index) => ({ reminderId: row.id, index, lastTry: false })))
    } catch (error) {
      logger.error({ err: error, rows: rows.length }, 'reminder rescue failed')
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
