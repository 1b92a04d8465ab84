import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { isUniqueViolation } from '../../lib/unique-violation'
import { overlapping } from '@zhilian/shared/rules/schedule-overlap'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { dropReminders, scheduleReminders } from '../../reminders/schedule'
import { assertEventNotOver, eventNotFound, visibleEvent, withinWindow } from '../../events/event-access'
import { registrationView, summarySelect, toSummary } from './event-view'
import { eventSubject, remindRegistration, sessionSubject, sessionTarget } from './notify'
import type * as routes from './registrations.routes'

const duplicate = () => new AppError('DUPLICATE', { userMessage: '您已报名该活动' })

export const register: AppRouteHandler<typeof routes.register> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await visibleEvent(c.var.db, user, id)
  assertEventNotOver(event)
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
    if (isUniqueViolation(error)) throw duplicate()
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

const entrySelect = { id: true, title: true, startsAt: true, endsAt: true, place: true, sessionId: true, interviewId: true, interviewSlotId: true } as const
type Entry = Prisma.ScheduleItemGetPayload<{ select: typeof entrySelect }>
export const entryView = (e: Entry) => ({ ...e, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt ? e.endsAt.toISOString() : null })

/** A session of this event into my schedule, with its reminders. */
async function addSession(tx: Prisma.TransactionClient, userId: string, eventId: string, sessionId: string) {
  const session = await tx.eventSession.findFirst({ where: { id: sessionId, eventId }, select: { id: true, title: true, room: true, startsAt: true, endsAt: true } })
  if (!session) throw eventNotFound()
  const item = await tx.scheduleItem.create({
    data: { userId, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, place: session.room, eventId, sessionId },
    select: entrySelect,
  })
  await scheduleReminders(tx, [sessionTarget(userId, eventId, session)])
  return item
}

const slotTaken = () => new AppError('CAPACITY_FULL', { userMessage: '该面试时段已被预约' })

/** A student holds at most this many interview slots per event, and one per booth: enough to meet several employers, too few to corner one. */
const SLOTS_PER_STUDENT_PER_EVENT = 3
const SLOTS_PER_STUDENT_PER_BOOTH = 1

/**
 * Only a registered student books, within the caps. Locking the caller's registration row queues
 * one student's concurrent bookings, so count-then-book cannot pass a cap.
 */
async function checkSlotQuota(tx: Prisma.TransactionClient, userId: string, eventId: string, boothId: string) {
  const registered = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "EventRegistration" WHERE "eventId" = ${eventId} AND "userId" = ${userId} FOR UPDATE`
  if (registered.length === 0) throw new AppError('FORBIDDEN', { userMessage: '请先报名该活动，再预约面试时段' })
  const held = await tx.interviewSlot.findMany({ where: { bookedByUserId: userId, booth: { eventId } }, select: { boothId: true } })
  if (held.filter((s) => s.boothId === boothId).length >= SLOTS_PER_STUDENT_PER_BOOTH) {
    throw new AppError('CAPACITY_FULL', { userMessage: '您已预约该展位的面试时段，每个展位限约1个' })
  }
  if (held.length >= SLOTS_PER_STUDENT_PER_EVENT) {
    throw new AppError('CAPACITY_FULL', { userMessage: `每场活动最多预约${SLOTS_PER_STUDENT_PER_EVENT}个面试时段，请先取消不需要的预约` })
  }
}

/** An interview slot: the conditional update lets exactly one of several students racing book it. */
async function bookSlot(tx: Prisma.TransactionClient, userId: string, eventId: string, slotId: string) {
  const slot = await tx.interviewSlot.findFirst({
    where: { id: slotId, booth: { eventId, status: 'approved' } },
    select: { id: true, boothId: true, startsAt: true, endsAt: true, bookedByUserId: true, booth: { select: { number: true, zone: true, org: { select: { name: true } } } } },
  })
  if (!slot) throw new AppError('NOT_FOUND', { userMessage: '面试时段不存在' })
  if (slot.bookedByUserId === userId) throw new AppError('DUPLICATE', { userMessage: '您已预约该面试时段' })
  if (slot.startsAt <= new Date()) throw new AppError('INVALID_TRANSITION', { userMessage: '该面试时段已开始或已过，请选择其他时段' })
  // A slot someone else holds is answered as taken before any cap: that is the reason the student can act on.
  if (slot.bookedByUserId) throw slotTaken()
  await checkSlotQuota(tx, userId, eventId, slot.boothId)
  const { count } = await tx.interviewSlot.updateMany({ where: { id: slotId, bookedByUserId: null }, data: { bookedByUserId: userId } })
  if (count === 0) throw slotTaken()
  const title = `面试：${slot.booth.org.name}`
  const place = [slot.booth.zone, slot.booth.number].filter(Boolean).join(' ') || null
  const item = await tx.scheduleItem.create({
    data: { userId, title, startsAt: slot.startsAt, endsAt: slot.endsAt, place, eventId, interviewSlotId: slotId },
    select: entrySelect,
  })
  await scheduleReminders(tx, [{
    userId, templateKey: 'interview_invitation', subject: slotSubject(slotId),
    payload: { title, at: slot.startsAt.toISOString(), place: place ?? undefined, page: `pages/events/day?id=${eventId}` },
  }])
  return item
}

const slotSubject = (id: string) => `slot:${id}`

export const addToSchedule: AppRouteHandler<typeof routes.addToSchedule> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { sessionId, interviewSlotId } = c.req.valid('json')
  assertEventNotOver(await visibleEvent(c.var.db, user, id))
  try {
    const item = await c.var.db.$transaction((tx) => (sessionId ? addSession(tx, user.id, id, sessionId) : bookSlot(tx, user.id, id, interviewSlotId!)))
    // Only entries that could overlap: those starting before this one ends.
    const agenda = await c.var.db.scheduleItem.findMany({ where: { userId: user.id, startsAt: { lt: item.endsAt ?? item.startsAt } }, select: entrySelect })
    const overlaps = overlapping(item, agenda)
    return c.json({
      item: entryView(item),
      overlaps: overlaps.map(entryView),
      warning: overlaps.length ? `与您日程中的${overlaps.map((o) => `「${o.title}」`).join('、')}时间冲突` : null,
    }, 201)
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', { userMessage: '该项已在您的日程中' })
    throw error
  }
}

export const releaseSlot: AppRouteHandler<typeof routes.releaseSlot> = async (c) => {
  const user = currentUser(c)
  const { id, slotId } = c.req.valid('param')
  await c.var.db.$transaction(async (tx) => {
    const { count } = await tx.interviewSlot.updateMany({ where: { id: slotId, bookedByUserId: user.id, booth: { eventId: id } }, data: { bookedByUserId: null } })
    if (count === 0) throw new AppError('NOT_FOUND', { userMessage: '您没有预约该面试时段' })
    await tx.scheduleItem.deleteMany({ where: { userId: user.id, interviewSlotId: slotId } })
    await dropReminders(tx, slotSubject(slotId), user.id)
  })
  return c.json({ ok: true as const }, 200)
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
