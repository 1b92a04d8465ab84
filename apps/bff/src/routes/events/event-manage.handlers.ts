import type { Prisma } from '@zhilian/db'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import { boothSelect, boothView, myEnterprise } from '../../events/booth-access'
import { organisedBy, visibleEvent, withinWindow } from '../../events/event-access'
import { studentNames, UNNAMED_STUDENT } from '../../applications/consent'
import { iso, summarySelect, toSummary } from './event-view'
import type * as routes from './event-manage.routes'

/** Keyset paging on (startsAt, id), ascending or descending. */
const pageWhere = (cursor: string | undefined, order: 'asc' | 'desc') => afterDated('startsAt', order, cursor)
const page = <T extends { startsAt: Date; id: string }>(rows: T[], limit: number) => keysetPage(rows, limit, (e) => datedKey(e.startsAt, e.id))

export const organised: AppRouteHandler<typeof routes.organised> = async (c) => {
  const user = currentUser(c)
  const q = c.req.valid('query')
  const rows = await c.var.db.event.findMany({
    where: { AND: [organisedBy(user), pageWhere(q.cursor, 'desc')] },
    orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
    take: pageTake(q.limit),
    select: summarySelect,
  })
  const { items, nextCursor } = page(rows, q.limit)
  return c.json({ items: items.map(toSummary), nextCursor }, 200)
}

const exhibitorSelect = (orgId: string) => ({
  ...summarySelect, enterpriseRegOpens: true, enterpriseRegCloses: true,
  booths: { where: { orgId }, select: boothSelect },
}) satisfies Prisma.EventSelect
type ExhibitorRow = Prisma.EventGetPayload<{ select: ReturnType<typeof exhibitorSelect> }>

function toExhibitor(e: ExhibitorRow, now: Date) {
  const over = e.status === 'cancelled' || e.status === 'finished' || e.endsAt < now
  const enterpriseWindow = over || (e.enterpriseRegCloses && now > e.enterpriseRegCloses) ? 'closed' as const
    : withinWindow(now, e.enterpriseRegOpens, e.enterpriseRegCloses) ? 'open' as const : 'not_yet' as const
  const booth = e.booths[0]
  return {
    ...toSummary(e), enterpriseRegOpens: iso(e.enterpriseRegOpens), enterpriseRegCloses: iso(e.enterpriseRegCloses),
    enterpriseWindow, myBooth: booth ? boothView(booth) : null,
  }
}

export const exhibiting: AppRouteHandler<typeof routes.exhibiting> = async (c) => {
  const q = c.req.valid('query')
  const orgId = await myEnterprise(c.var.db, currentUser(c), q.orgId)
  const now = new Date()
  const rows = await c.var.db.event.findMany({
    where: {
      AND: [
        { OR: [{ status: { in: ['published', 'ongoing'] }, endsAt: { gte: now } }, { booths: { some: { orgId } } }] },
        pageWhere(q.cursor, 'asc'),
      ],
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: pageTake(q.limit),
    select: exhibitorSelect(orgId),
  })
  const { items, nextCursor } = page(rows, q.limit)
  return c.json({ items: items.map((e) => toExhibitor(e, now)), nextCursor }, 200)
}

export const myBooth: AppRouteHandler<typeof routes.myBooth> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  await visibleEvent(c.var.db, user, id)
  const orgId = await myEnterprise(c.var.db, user, c.req.valid('query').orgId)
  const db = c.var.db
  const [event, openJobs] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id }, select: exhibitorSelect(orgId) }),
    db.job.findMany({ where: { orgId, status: 'open' }, orderBy: { createdAt: 'desc' }, take: 200, select: { id: true, title: true, salaryMin: true, salaryMax: true } }),
  ])
  const boothId = event.booths[0]?.id
  const [slots, visits] = boothId
    ? await Promise.all([
      db.interviewSlot.findMany({ where: { boothId }, orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, endsAt: true, bookedByUserId: true } }),
      db.boothVisit.findMany({ where: { boothId }, orderBy: { createdAt: 'desc' }, take: 500, select: { id: true, createdAt: true, user: { select: { id: true, displayName: true } } } }),
    ])
    : [[], []]
  // A withdrawn application is not one (PIPL art. 15, as in `consentedFields`): the visitor it hid by name is not marked 已投递.
  const applied = new Set((await db.application.findMany({
    where: { studentUserId: { in: visits.map((v) => v.user.id) }, job: { orgId }, status: { not: 'withdrawn' } },
    select: { studentUserId: true },
  })).map((a) => a.studentUserId))
  // Names only where the student let this enterprise see them (PIPL art. 23).
  const names = await studentNames(db, orgId, visits.map((v) => v.user))
  return c.json({
    event: toExhibitor(event, new Date()),
    openJobs,
    slots: slots.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), booked: s.bookedByUserId !== null })),
    visits: visits.map((v) => ({ id: v.id, student: { id: v.user.id, displayName: names.get(v.user.id) ?? UNNAMED_STUDENT }, visitedAt: v.createdAt.toISOString(), applied: applied.has(v.user.id) })),
  }, 200)
}
