import type { Db } from '../lib/types'
import type { WeChatClient } from '../lib/wechat'
import type { Logger } from 'pino'
import { inboxText, templateData } from './format'
import { sweepInterviews } from './interviews'
import { TEMPLATE_IDS, type ReminderPayload, type TemplateKey } from './templates'

export interface ReminderWorkerOptions {
  db: Db
  wechat: WeChatClient
  logger: Logger
  batchSize?: number
  /** A claim older than this is taken to belong to a dead worker and goes back to pending. */
  leaseMs?: number
  pollMs?: number
  maxAttempts?: number
  /** Test seam: runs before each send; throwing here is a worker dying between claim and mark. */
  beforeSend?: (reminderId: string, index: number) => void | Promise<void>
}

interface Claimed {
  id: string
  userId: string
  templateKey: string
  payload: ReminderPayload
  attempts: number
}

type Outcome =
  | { status: 'sent'; spent: boolean; error?: string }
  | { status: 'refused' | 'failed' | 'skipped'; error: string }
  | { status: 'retry'; error: string }

/**
 * Sends due reminders: claim (pending → sending, committed, FOR UPDATE SKIP LOCKED so workers never
 * share a row) → send through the real WeChat client → mark. See docs/decisions/009-reminder-queue.md.
 */
export function createReminderWorker(opts: ReminderWorkerOptions) {
  const { db, wechat, logger } = opts
  const batchSize = opts.batchSize ?? 50
  const leaseMs = opts.leaseMs ?? 120_000
  const maxAttempts = opts.maxAttempts ?? 5
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> | undefined

  async function recover() {
    const staleBefore = new Date(Date.now() - leaseMs)
    return db.$executeRaw`UPDATE "Reminder" SET "status" = 'pending', "claimedAt" = NULL
      WHERE "status" = 'sending' AND "claimedAt" < ${staleBefore}`
  }

  async function claim(): Promise<Claimed[]> {
    return db.$queryRaw<Claimed[]>`
      UPDATE "Reminder" SET "status" = 'sending', "claimedAt" = now(), "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "Reminder" WHERE "status" = 'pending' AND "sendAt" <= now()
        ORDER BY "sendAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
      RETURNING "id", "userId", "templateKey", "payload", "attempts"`
  }

  async function deliver(r: Claimed): Promise<Outcome> {
    const templateId = TEMPLATE_IDS[r.templateKey as TemplateKey]
    if (!templateId) return { status: 'failed', error: `unknown template ${r.templateKey}` }
    const [user, credit] = await Promise.all([
      db.user.findUnique({ where: { id: r.userId }, select: { openid: true, deletedAt: true } }),
      db.subscriptionCredit.findUnique({ where: { userId_templateId: { userId: r.userId, templateId } }, select: { remaining: true } }),
    ])
    if (!user || user.deletedAt) return { status: 'skipped', error: 'user gone' }
    // No consent left, no WeChat identity (H5) or no WeChat configured: the inbox carries it alone.
    if (!user.openid || !wechat.configured || !credit || credit.remaining <= 0) return { status: 'sent', spent: false, error: 'inbox only' }
    try {
      const result = await wechat.sendSubscribeMessage({
        touser: user.openid,
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

  async function mark(r: Claimed, outcome: Outcome) {
    if (outcome.status === 'retry' && r.attempts < maxAttempts) {
      // Exponential back-off: 30 s, 60 s, 120 s …
      const sendAt = new Date(Date.now() + 30_000 * 2 ** (r.attempts - 1))
      await db.reminder.updateMany({ where: { id: r.id, status: 'sending' }, data: { status: 'pending', claimedAt: null, sendAt, lastError: outcome.error } })
      return
    }
    const status = outcome.status === 'retry' ? 'failed' : outcome.status
    await db.$transaction(async (tx) => {
      const { count } = await tx.reminder.updateMany({
        where: { id: r.id, status: 'sending' },
        data: { status, sentAt: status === 'sent' ? new Date() : null, lastError: outcome.error ?? null },
      })
      if (count === 0) return
      if (outcome.status === 'sent' && outcome.spent) {
        await tx.subscriptionCredit.updateMany({
          where: { userId: r.userId, templateId: TEMPLATE_IDS[r.templateKey as TemplateKey], remaining: { gt: 0 } },
          data: { remaining: { decrement: 1 } },
        })
      }
      if (status !== 'skipped') await tx.inboxMessage.create({ data: { userId: r.userId, ...inboxText(r.payload) } })
    })
  }

  /** One pass: free dead claims, schedule upcoming interviews, claim a batch, send and mark each. Returns how many were claimed. */
  async function runOnce(): Promise<number> {
    await recover()
    await sweepInterviews(db)
    const batch = await claim()
    for (const [index, r] of batch.entries()) {
      await opts.beforeSend?.(r.id, index)
      await mark(r, await deliver(r))
    }
    return batch.length
  }

  /** Passes until nothing is due. */
  async function drain() {
    let total = 0
    for (let n = await runOnce(); n > 0; n = await runOnce()) total += n
    return total
  }

  return {
    runOnce,
    drain,
    start() {
      const tick = () => {
        running = drain()
          .catch((error: unknown) => { logger.error({ err: error }, 'reminder worker pass failed'); return 0 })
          .finally(() => { if (timer) timer = setTimeout(tick, opts.pollMs ?? 15_000) })
      }
      timer = setTimeout(tick, 0)
    },
    async stop() {
      if (timer) clearTimeout(timer)
      timer = undefined
      await running
    },
  }
}

export type ReminderWorker = ReturnType<typeof createReminderWorker>
