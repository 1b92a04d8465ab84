import { AppError, sessionWithinEvent } from '@zhilian/shared'
import { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { audit } from '../../lib/audit'
import { orgInScope, scopeOf } from '../../lib/admin-scope'
import { beijingMinute } from '../../lib/beijing-time'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import { optionalUser } from '../../lib/auth/optional-user'
import { changeableEvent, eventNotFound, notOffline, organisedEvent, visibleEvent } from '../../events/event-access'
import { loadDetail } from './event-detail'
import { sessionView, summarySelect, toSummary } from './event-view'
import type * as routes from './events.routes'
import { eventCancelled, eventMoved, sessionSubject } from './notify'
import { dropReminders } from '../../reminders/schedule'
import { orgIdsMay } from '../../lib/org-access'

const date = (v: string | undefined) => (v === undefined ? undefined : new Date(v))

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const q = c.req.valid('query')
  const rows = await c.var.db.event.findMany({
    where: {
      status: { in: ['published', 'ongoing'] },
      endsAt: { gte: new Date() },
      ...notOffline,
      ...(q.cityCode ? { cityCode: q.cityCode } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.chainId ? { chains: { some: { chainId: q.chainId } } } : {}),
      ...afterDated('startsAt', 'asc', q.cursor),
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: pageTake(q.limit),
    select: summarySelect,
  })
  const { items: page, nextCursor } = keysetPage(rows, q.limit, (e) => datedKey(e.startsAt, e.id))
  return c.json({ items: page.map(toSummary), nextCursor }, 200)
}

export const detail: AppRouteHandler<typeof routes.detail> = async (c) => {
  const user = await optionalUser(c)
  const { id } = c.req.valid('param')
  await visibleEvent(c.var.db, user, id)
  return c.json(await loadDetail(c.var.db, id, user), 200)
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const user = currentUser(c)
  const body = c.req.valid('json')
  let organizerOrgId: string | null = null
  if (user.role === 'college' || user.role === 'enterprise') {
    // A college member organises for the verified college; a 单位 member only for a verified industry organisation.
    const kinds = user.role === 'college' ? ['college' as const] : kindsWith('organise_events')
    const orgs = await c.var.db.organization.findMany({ where: { id: { in: orgIdsMay(user, 'cooperation') }, kind: { in: kinds }, verification: 'verified' }, select: { id: true } })
    const pick = body.organizerOrgId ? orgs.find((o) => o.id === body.organizerOrgId) : orgs[0]
    if (!pick) throw new AppError(user.role === 'college' ? 'NOT_VERIFIED' : 'FORBIDDEN', { userMessage: user.role === 'college' ? '所在院校尚未通过审核，暂不能发布活动' : '仅已认证的行业组织可以发起活动' })
    organizerOrgId = pick.id
  } else if (body.organizerOrgId) {
    // Its members become the event's organisers: a verified college the administrator governs (decision 021), else
    // a 济南 bureau could hand a 淄博 or an unverified college a published event (decision 042).
    const org = await c.var.db.organization.findFirst({
      where: { AND: [{ id: body.organizerOrgId, kind: 'college', verification: 'verified' }, orgInScope(scopeOf(user))] }, select: { id: true },
    })
    if (!org) throw new AppError('VALIDATION_FAILED', { userMessage: '主办院校不存在', issues: [{ path: 'organizerOrgId', message: '主办院校不存在' }] })
    organizerOrgId = org.id
  }
  const { chainIds, organizerOrgId: _ignored, ...fields } = body
  const id = await c.var.db.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: {
        ...fields,
        startsAt: new Date(fields.startsAt), endsAt: new Date(fields.endsAt),
        enterpriseRegOpens: date(fields.enterpriseRegOpens), enterpriseRegCloses: date(fields.enterpriseRegCloses),
        studentRegOpens: date(fields.studentRegOpens), studentRegCloses: date(fields.studentRegCloses),
        status: 'published', organizerOrgId, createdByUserId: user.id,
        // A consortium or park administrator organises for its grouping (decision 022).
        organizerGroupingId: user.adminScope?.department === 'grouping' ? user.adminScope.groupingId : null,
        chains: { create: chainIds.map((chainId) => ({ chainId })) },
      },
      select: { id: true },
    })
    await audit(tx, { actorUserId: user.id, orgId: organizerOrgId ?? undefined, action: 'event.create', entity: 'Event', entityId: event.id, diff: { title: fields.title } })
    return event.id
  })
  return c.json(await loadDetail(c.var.db, id, user), 201)
}

export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  const before = await changeableEvent(c.var.db, user, id)
  if (before.status === 'cancelled') throw new AppError('INVALID_TRANSITION', { userMessage: '活动已取消，不能再修改' })
  const { chainIds, ...fields } = body
  const startsAt = date(fields.startsAt) ?? before.startsAt
  const endsAt = date(fields.endsAt) ?? before.endsAt
  if (endsAt <= startsAt) throw new AppError('VALIDATION_FAILED', { userMessage: '结束时间须晚于开始时间', issues: [{ path: 'endsAt', message: '结束时间须晚于开始时间' }] })
  // Moving the event must not strand its agenda outside it; the organiser moves the sessions first.
  const sessions = await c.var.db.eventSession.findMany({ where: { eventId: id }, select: { title: true, startsAt: true, endsAt: true } })
  const stranded = sessions.filter((s) => !sessionWithinEvent(s, { startsAt, endsAt }))
  if (stranded.length) {
    const message = `议程「${stranded[0]!.title}」等${stranded.length}项将落在活动时间之外，请先调整或删除这些议程`
    throw new AppError('VALIDATION_FAILED', { userMessage: message, issues: [{ path: 'startsAt', message }] })
  }
  await c.var.db.$transaction(async (tx) => {
    const after = await tx.event.update({
      where: { id },
      data: {
        ...fields, startsAt, endsAt,
        enterpriseRegOpens: date(fields.enterpriseRegOpens), enterpriseRegCloses: date(fields.enterpriseRegCloses),
        studentRegOpens: date(fields.studentRegOpens), studentRegCloses: date(fields.studentRegCloses),
        ...(chainIds ? { chains: { deleteMany: {}, create: chainIds.map((chainId) => ({ chainId })) } } : {}),
      },
      select: { id: true, title: true, startsAt: true, venue: true },
    })
    if (after.startsAt.getTime() !== before.startsAt.getTime() || (fields.venue !== undefined && fields.venue !== before.venue)) await eventMoved(tx, after)
    await audit(tx, { actorUserId: user.id, action: 'event.update', entity: 'Event', entityId: id, diff: { ...body } })
  })
  return c.json(await loadDetail(c.var.db, id, user), 200)
}

export const cancel: AppRouteHandler<typeof routes.cancel> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await organisedEvent(c.var.db, user, id)
  await c.var.db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({ where: { id, status: { not: 'cancelled' } }, data: { status: 'cancelled' } })
    if (count === 0) throw new AppError('INVALID_TRANSITION', { userMessage: '活动已取消' })
    await eventCancelled(tx, event)
    await audit(tx, { actorUserId: user.id, action: 'event.cancel', entity: 'Event', entityId: id, diff: {} })
  })
  return c.json({ ok: true as const }, 200)
}

function outsideEvent(event: { startsAt: Date; endsAt: Date }) {
  const message = `议程时间须在活动时间之内（${beijingMinute(event.startsAt)} 至 ${beijingMinute(event.endsAt)}）`
  return new AppError('VALIDATION_FAILED', { userMessage: message, issues: [{ path: 'startsAt', message }] })
}

export const addSession: AppRouteHandler<typeof routes.addSession> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  const event = await changeableEvent(c.var.db, user, id)
  const span = { startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) }
  if (!sessionWithinEvent(span, event)) throw outsideEvent(event)
  const session = await c.var.db.eventSession.create({
    data: { eventId: id, ...body, ...span },
    select: { id: true, title: true, kind: true, room: true, startsAt: true, endsAt: true, speakers: true },
  })
  return c.json(sessionView(session), 201)
}

export const removeSession: AppRouteHandler<typeof routes.removeSession> = async (c) => {
  const user = currentUser(c)
  const { id, sessionId } = c.req.valid('param')
  await organisedEvent(c.var.db, user, id)
  await c.var.db.$transaction(async (tx) => {
    const session = await tx.eventSession.findFirst({ where: { id: sessionId, eventId: id }, select: { title: true, scheduleItems: { select: { userId: true } } } })
    if (!session) throw eventNotFound()
    await dropReminders(tx, sessionSubject(sessionId))
    const users = session.scheduleItems.map((s) => s.userId)
    if (users.length) await tx.inboxMessage.createMany({ data: users.map((userId) => ({ userId, title: '议程已取消', body: `您日程中的「${session.title}」已取消。`, link: `pages/events/detail?id=${id}` })) })
    await tx.eventSession.delete({ where: { id: sessionId } })
  })
  return c.json({ ok: true as const }, 200)
}
