import { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { overlapping } from '@zhilian/shared/rules/schedule-overlap'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { dropReminders, scheduleReminders } from '../../reminders/schedule'
import { eventNotFound, visibleEvent, withinWindow } from './event-access'
import { registrationView, summarySelect, toSummary } from './event-view'
import { eventSubject, remindRegistration, sessionSubject, sessionTarget } from './notify'
import type * as routes from './registrations.routes'

const duplicate = () => new AppError('DUPLICATE', { userMessage: '您已报名该活动' })

export const register: AppRouteHandler<typeof routes.register> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await visibleEvent(c.var.db, user, id)
  if (event.status === 'cancelled' || event.status === 'finished') throw new AppError('INVALID_TRANSITION', { userMessage: '活动已结束或已取消，不能报名' })
  if (!withinWindow(new Date(), event.studentRegOpens, event.studentRegCloses)) throw new AppError('INVALID_TRANSITION', { userMessage: '不在学生报名时间内' })
  try {
    const row = await c.var.db.$transaction(async (tx) => {
      // The row lock queues concurrent registrations for one event, so count-then-insert cannot over-book.
      await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${id} FOR UPDATE`
      if (await tx.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId: user.id } }, select: { id: true } })) throw duplicate()
      if (event.capacity !== null && (await tx.eventRegistration.count({ where: { eventId: id } })) >= event.capacity) {
        throw new AppError('CAPACITY_FULL', { userMessage: '该活动报名名额已满' })
      }
      const created = await tx.eventRegistration.create({ data: { eventId: id, userId: user.id } })
      await remindRegistration(tx, user.id, event)
      return created
    })
    return c.json(registrationView(row), 201)
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw duplicate()
    throw error
  }
}

export const unregister: AppRouteHandler<typeof routes.unregister> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  await c.var.db.$transaction(async (tx) => {
    const { count } = await tx.eventRegistration.deleteMany({ where: { eventId: id, userId: user.id, checkedInAt: null } })
    if (count === 0) throw new AppError('NOT_FOUND', { userMessage: '没有可取消的报名（已签到的报名不能取消）' })
    await dropReminders(tx, eventSubject(id), user.id)
  })
  return c.json({ ok: true as const }, 200)
}

export const mine: AppRouteHandler<typeof routes.mine> = async (c) => {
  const user = currentUser(c)
  const rows = await c.var.db.eventRegistration.findMany({
    where: { userId: user.id },
    orderBy: { event: { startsAt: 'asc' } },
    take: 200,
    select: { id: true, eventId: true, createdAt: true, checkedInAt: true, event: { select: summarySelect } },
  })
  return c.json({ items: rows.map((r) => ({ ...registrationView(r), event: toSummary(r.event) })) }, 200)
}

const entrySelect = { id: true, title: true, startsAt: true, endsAt: true, place: true, sessionId: true, interviewId: true } as const
const entryView = (e: { id: string; title: string; startsAt: Date; endsAt: Date | null; place: string | null; sessionId: string | null; interviewId: string | null }) => ({
  ...e, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt ? e.endsAt.toISOString() : null,
})

export const addToSchedule: AppRouteHandler<typeof routes.addToSchedule> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { sessionId } = c.req.valid('json')
  await visibleEvent(c.var.db, user, id)
  const session = await c.var.db.eventSession.findFirst({ where: { id: sessionId, eventId: id }, select: { id: true, title: true, room: true, startsAt: true, endsAt: true } })
  if (!session) throw eventNotFound()
  try {
    const item = await c.var.db.$transaction(async (tx) => {
      const created = await tx.scheduleItem.create({
        data: { userId: user.id, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, place: session.room, eventId: id, sessionId },
        select: entrySelect,
      })
      await scheduleReminders(tx, [sessionTarget(user.id, id, session)])
      return created
    })
    // Only entries that could overlap: those starting before this one ends.
    const agenda = await c.var.db.scheduleItem.findMany({ where: { userId: user.id, startsAt: { lt: session.endsAt } }, select: entrySelect })
    const overlaps = overlapping(item, agenda)
    return c.json({
      item: entryView(item),
      overlaps: overlaps.map(entryView),
      warning: overlaps.length ? `与您日程中的${overlaps.map((o) => `「${o.title}」`).join('、')}时间冲突` : null,
    }, 201)
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('DUPLICATE', { userMessage: '该议程已在您的日程中' })
    throw error
  }
}

export const removeFromSchedule: AppRouteHandler<typeof routes.removeFromSchedule> = async (c) => {
  const user = currentUser(c)
  const { id, sessionId } = c.req.valid('param')
  await c.var.db.$transaction(async (tx) => {
    const { count } = await tx.scheduleItem.deleteMany({ where: { userId: user.id, eventId: id, sessionId } })
    if (count === 0) throw new AppError('NOT_FOUND', { userMessage: '日程中没有该议程' })
    await dropReminders(tx, sessionSubject(sessionId), user.id)
  })
  return c.json({ ok: true as const }, 200)
}
