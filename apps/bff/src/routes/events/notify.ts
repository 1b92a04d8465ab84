import type { Prisma } from '@zhilian/db'
import { chineseTime } from '../../lib/beijing-time'
import { dropReminders, moveReminders, scheduleReminders, type ReminderTarget } from '../../reminders/schedule'

type Tx = Prisma.TransactionClient
interface EventLike { id: string; title: string; startsAt: Date; venue: string | null }

export const eventSubject = (id: string) => `event:${id}`
export const sessionSubject = (id: string) => `session:${id}`

const eventTarget = (userId: string, e: EventLike): ReminderTarget => ({
  userId, templateKey: 'event_starting', subject: eventSubject(e.id),
  payload: { title: e.title, at: e.startsAt.toISOString(), place: e.venue ?? undefined, page: `pages/events/detail?id=${e.id}` },
})

export const sessionTarget = (userId: string, eventId: string, s: { id: string; title: string; startsAt: Date; room: string | null }): ReminderTarget => ({
  userId, templateKey: 'session_starting', subject: sessionSubject(s.id),
  payload: { title: s.title, at: s.startsAt.toISOString(), place: s.room ?? undefined, page: `pages/events/detail?id=${eventId}` },
})

const registeredIds = async (tx: Tx, eventId: string) =>
  (await tx.eventRegistration.findMany({ where: { eventId }, select: { userId: true } })).map((r) => r.userId)

async function inboxAll(tx: Tx, userIds: string[], title: string, body: string, link: string) {
  if (userIds.length) await tx.inboxMessage.createMany({ data: userIds.map((userId) => ({ userId, title, body, link })) })
}

/** A moved event: every registered user hears of it, and their reminders move with it. */
export async function eventMoved(tx: Tx, e: EventLike) {
  const users = await registeredIds(tx, e.id)
  await moveReminders(tx, eventSubject(e.id), users.map((u) => eventTarget(u, e)))
  await inboxAll(tx, users, '活动时间调整', `您报名的「${e.title}」调整为 ${chineseTime(e.startsAt)} 开始，请留意新的时间。`, `pages/events/detail?id=${e.id}`)
}

/** A cancelled event: reminders for it and its sessions stop, and registered users are told. */
export async function eventCancelled(tx: Tx, e: EventLike) {
  const users = await registeredIds(tx, e.id)
  await dropReminders(tx, eventSubject(e.id))
  const sessions = await tx.eventSession.findMany({ where: { eventId: e.id }, select: { id: true } })
  for (const s of sessions) await dropReminders(tx, sessionSubject(s.id))
  const slots = await tx.interviewSlot.findMany({ where: { booth: { eventId: e.id }, bookedByUserId: { not: null } }, select: { id: true } })
  for (const s of slots) await dropReminders(tx, `slot:${s.id}`)
  await inboxAll(tx, users, '活动已取消', `很抱歉，您报名的「${e.title}」已取消。`, `pages/events/detail?id=${e.id}`)
}

export const remindRegistration = (tx: Tx, userId: string, e: EventLike) => scheduleReminders(tx, [eventTarget(userId, e)])
