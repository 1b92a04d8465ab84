import type { Prisma } from '@zhilian/db'
import { overlapping } from '@zhilian/shared/rules/schedule-overlap'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { entryView } from './registrations.handlers'
import type * as routes from './schedule-mine.routes'

const select = {
  id: true, title: true, startsAt: true, endsAt: true, place: true, sessionId: true, interviewId: true, interviewSlotId: true,
  event: { select: { id: true, title: true } },
  interview: { select: { cancelledAt: true, cancelReason: true } },
} satisfies Prisma.ScheduleItemSelect

/**
 * One query instead of a day view per registered event. Items of cancelled or finished events are left out
 * (they no longer happen), and so are items already over; registration is not required, because a booked
 * slot or planned session stays in effect (with its reminders) until the student removes it.
 * An interview an enterprise invited me to outside any event (its item has no event) is in it too, while the
 * application stands: it was left out by the event filter, so an invited student found 我的日程 empty.
 */
export const mine: AppRouteHandler<typeof routes.mine> = async (c) => {
  const user = currentUser(c)
  const now = new Date()
  const rows = await c.var.db.scheduleItem.findMany({
    where: {
      userId: user.id,
      AND: [
        { OR: [{ endsAt: { gt: now } }, { endsAt: null, startsAt: { gte: now } }] },
        {
          OR: [
            { event: { is: { status: { notIn: ['cancelled', 'finished'] } } } },
            { eventId: null, interview: { is: { application: { is: { status: { notIn: ['withdrawn', 'rejected'] } } } } } },
          ],
        },
      ],
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select,
  })
  // A cancelled interview stays in view with its reason (decision 112) but is no appointment: it clashes with nothing.
  const live = rows.filter((r) => !r.interview?.cancelledAt)
  const items = rows.map(({ event, interview, ...entry }) => ({
    ...entryView(entry),
    event,
    overlaps: interview?.cancelledAt ? [] : overlapping(entry, live).map((o) => ({ id: o.id, title: o.title })),
    cancelled: interview?.cancelledAt ? { reason: interview.cancelReason ?? '' } : null,
  }))
  return c.json({ items }, 200)
}
