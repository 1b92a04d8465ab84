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

export const state: AppRouteHandler<typeof routes.state> = async (c) => c.json(await stateOf(c.var.db, currentUser(c).id), 200)

export const record: AppRouteHandler<typeof routes.record> = async (c) => {
  const user = currentUser(c)
  const { results } = c.req.valid('json')
  const accepted = TEMPLATE_KEYS.filter((k) => results[k] === 'accept')
  // One upsert per accept: the increment happens in the database, so two taps racing both count.
  for (const key of accepted) {
    await c.var.db.subscriptionCredit.upsert({
      where: { userId_templateId: { userId: user.id, templateId: TEMPLATE_IDS[key] } },
      create: { userId: user.id, templateId: TEMPLATE_IDS[key], remaining: 1 },
      update: { remaining: { increment: 1 } },
    })
  }
  return c.json(await stateOf(c.var.db, user.id), 200)
}
