import { AppError } from '@zhilian/shared'
import { z } from 'zod'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/cursor'
import type * as routes from './inbox.routes'

const Cursor = z.object({ t: cursorKey.date, id: cursorKey.id })

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const user = currentUser(c)
  const q = c.req.valid('query')
  const after = decodeCursor(Cursor, q.cursor)
  const rows = await c.var.db.inboxMessage.findMany({
    where: {
      userId: user.id,
      ...(after ? { OR: [{ createdAt: { lt: new Date(after.t) } }, { createdAt: new Date(after.t), id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
    select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  })
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)
  return c.json({
    items: page.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), readAt: m.readAt ? m.readAt.toISOString() : null })),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id }) : null,
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
