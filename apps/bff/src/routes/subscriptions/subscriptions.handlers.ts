import { AppError } from '@zhilian/shared'
import { MAX_CREDITS_PER_TEMPLATE } from '@zhilian/shared/contracts/subscriptions'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler, Db } from '../../lib/types'
import { TEMPLATE_IDS, TEMPLATE_KEYS } from '../../reminders/templates'
import type * as routes from './subscriptions.routes'

async function stateOf(db: Db, userId: string) {
  const rows = await db.subscriptionCredit.findMany({ where: { userId }, select: { templateId: true, remaining: true } })
  const byId = new Map(rows.map((r) => [r.templateId, r.remaining]))
  return {
    templates: { ...TEMPLATE_IDS },
    credits: Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, byId.get(TEMPLATE_IDS[k]) ?? 0])),
  }
}

const KNOWN = new Set<string>(Object.values(TEMPLATE_IDS))

export const state: AppRouteHandler<typeof routes.state> = async (c) => c.json(await stateOf(c.var.db, currentUser(c).id), 200)

/**
 * One wx.requestSubscribeMessage answer, keyed by template id as WeChat gives it (decision 014). Each
 * accepted template is one ledger entry of +1 and one increment of the balance, in one statement that
 * adds nothing once the balance is at the cap: repeating the call cannot mint more than the cap, and
 * WeChat itself refuses (43101) any message beyond the accepts it really recorded, which empties the balance.
 */
export const record: AppRouteHandler<typeof routes.record> = async (c) => {
  const user = currentUser(c)
  const { results } = c.req.valid('json')
  const unknown = Object.keys(results).filter((id) => !KNOWN.has(id))
  if (unknown.length) {
    throw new AppError('VALIDATION_FAILED', { issues: unknown.map((id) => ({ path: `results.${id}`, message: '不是本平台的订阅消息模板' })) })
  }
  const accepted = Object.entries(results).filter(([, answer]) => answer === 'accept').map(([id]) => id)
  for (const templateId of accepted) {
    // Insert-or-increment under the cap; the ledger entry is written only when the balance moved.
    await c.var.db.$executeRaw`
      WITH moved AS (
        INSERT INTO "SubscriptionCredit" ("id", "userId", "templateId", "remaining", "updatedAt")
        VALUES (gen_random_uuid()::text, ${user.id}, ${templateId}, 1, now())
        ON CONFLICT ("userId", "templateId") DO UPDATE SET "remaining" = "SubscriptionCredit"."remaining" + 1, "updatedAt" = now()
          WHERE "SubscriptionCredit"."remaining" < ${MAX_CREDITS_PER_TEMPLATE}
        RETURNING "userId")
      INSERT INTO "SubscriptionCreditEntry" ("id", "userId", "templateId", "delta", "reason")
      SELECT gen_random_uuid()::text, "userId", ${templateId}, 1, 'accept' FROM moved`
  }
  return c.json(await stateOf(c.var.db, user.id), 200)
}
