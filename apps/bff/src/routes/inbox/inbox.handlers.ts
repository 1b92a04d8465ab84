import { AppError } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import type * as routes from './inbox.routes'

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const user = currentUser(c)
  const q = c.req.valid('query')
  const rows = await c.var.db.inboxMessage.findMany({
    where: {
      userId: user.id,
      ...afterDated('createdAt', 'desc', q.cursor),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageTake(q.limit),
    select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  })
  const { items: page, nextCursor } = keysetPage(rows, q.limit, (m) => datedKey(m.createdAt, m.id))
  return c.json({
    items: page.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), readAt: m.readAt ? m.readAt.toISOString() : null })),
    nextCursor,
  }, 200)
}

export const unread: AppRouteHandler<typeof routes.unread> = async (c) =>
  c.json({ unread: await c.var.db.inboxMessage.count({ where: { userId: currentUser(c).id, readAt: null } }) }, 200)

export const read: AppRouteHandler<typeof routes.read> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const msg = await c.var.db.inboxMessage.findFirst({ where: { id, userId: user.id }, select: { readAt: true } })
  if (!msg) throw new AppError('NOT_FOUND', { userMessage: '消息不存在' })
  if (!msg.readAt) await c.var.db.inboxMessage.update({ where: { id }, data: { readAt: new Date() } })
  return c.json({ ok: true as const }, 200)
}
