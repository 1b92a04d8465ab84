import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { MAX_SLOTS_PER_BOOTH } from '@zhilian/shared/contracts/events'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { myApprovedBooth } from '../../events/booth-access'
import { assertEventNotOver, visibleEvent } from '../../events/event-access'
import type * as routes from './slots.routes'

const slotSelect = {
  id: true, boothId: true, startsAt: true, endsAt: true, bookedByUserId: true,
  booth: { select: { number: true, zone: true, org: { select: { name: true } } } },
} satisfies Prisma.InterviewSlotSelect

const slotView = (s: Prisma.InterviewSlotGetPayload<{ select: typeof slotSelect }>, userId: string) => ({
  id: s.id, boothId: s.boothId, org: s.booth.org.name, number: s.booth.number, zone: s.booth.zone,
  startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), booked: s.bookedByUserId !== null, mine: s.bookedByUserId === userId,
})

export const open: AppRouteHandler<typeof routes.open> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  const event = await visibleEvent(c.var.db, user, id)
  assertEventNotOver(event)
  const booth = await myApprovedBooth(c.var.db, user, id, c.req.valid('query').orgId)
  const [startsAt, endsAt] = [new Date(body.startsAt), new Date(body.endsAt)]
  if (startsAt < event.startsAt || endsAt > event.endsAt) {
    throw new AppError('VALIDATION_FAILED', { userMessage: '面试时段须在活动时间内', issues: [{ path: 'startsAt', message: '面试时段须在活动时间内' }] })
  }
  const slot = await c.var.db.$transaction(async (tx) => {
    // The booth's row lock queues a booth's concurrent requests, so count-then-insert cannot pass the cap.
    await tx.$queryRaw`SELECT "id" FROM "Booth" WHERE "id" = ${booth.id} FOR UPDATE`
    if ((await tx.interviewSlot.count({ where: { boothId: booth.id } })) >= MAX_SLOTS_PER_BOOTH) {
      throw new AppError('CONFLICT', { userMessage: `每个展位最多开放${MAX_SLOTS_PER_BOOTH}个面试时段，本展位已经开满` })
    }
    return tx.interviewSlot.create({ data: { boothId: booth.id, startsAt, endsAt }, select: slotSelect })
  })
  return c.json(slotView(slot, user.id), 201)
}

/** The event-wide list stops here; a page laying out one booth's day asks for that booth (decision 112). */
const EVENT_SLOTS_SHOWN = 500

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { boothId } = c.req.valid('query')
  await visibleEvent(c.var.db, user, id)
  // One booth holds at most MAX_SLOTS_PER_BOOTH, so its list is never cut. A booth of another event, or one not
  // approved, is 404 alike: the event's visibility is what authorises the read, and its approved booths are public.
  if (boothId && !(await c.var.db.booth.count({ where: { id: boothId, eventId: id, status: 'approved' } }))) {
    throw new AppError('NOT_FOUND', { userMessage: '该展位不存在或未通过审核' })
  }
  const slots = await c.var.db.interviewSlot.findMany({
    where: boothId ? { boothId } : { booth: { eventId: id, status: 'approved' } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: boothId ? MAX_SLOTS_PER_BOOTH : EVENT_SLOTS_SHOWN,
    select: slotSelect,
  })
  return c.json({ items: slots.map((s) => slotView(s, user.id)) }, 200)
}
