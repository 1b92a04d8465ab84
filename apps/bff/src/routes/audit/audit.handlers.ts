import { AppError } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './audit.routes'

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const user = currentUser(c)
  const { orgId: asked, entity, cursor, limit } = c.req.valid('query')
  // Members read only their own organisation's trail; another organisation reads as missing.
  let orgId = asked
  if (user.role !== 'admin') {
    orgId ??= user.orgIds[0]
    if (!orgId || !user.orgIds.includes(orgId)) throw new AppError('NOT_FOUND')
  }
  const rows = await c.var.db.auditLog.findMany({
    where: { ...(orgId ? { orgId } : {}), ...(entity ? { entity } : {}) },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  })
  const page = rows.slice(0, limit)
  const actors = new Map(
    (await c.var.db.user.findMany({ where: { id: { in: page.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])) } }, select: { id: true, displayName: true } }))
      .map((u) => [u.id, u.displayName]),
  )
  const items = page.map((r) => ({ ...r, at: r.at.toISOString(), actorName: r.actorUserId ? (actors.get(r.actorUserId) ?? null) : null }))
  return c.json({ items, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null }, 200)
}
