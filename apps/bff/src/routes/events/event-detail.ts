import type { Db, Principal } from '../../lib/types'
import { organises } from '../../events/event-access'
import { iso, registrationView, sessionView, summarySelect, toSummary } from './event-view'

/** The detail page: agenda, booths (approved ones; organisers see all) with their jobs, my registration. */
export async function loadDetail(db: Db, id: string, user: Principal | undefined) {
  const e = await db.event.findUniqueOrThrow({
    where: { id },
    select: {
      ...summarySelect, description: true, organizerOrgId: true, organizerGroupingId: true, cityCode: true, createdByUserId: true,
      // The kind too, for the organiser rule; the answer names the organiser by id and name only.
      organizer: { select: { id: true, name: true, kind: true } },
      enterpriseRegOpens: true, enterpriseRegCloses: true, studentRegOpens: true, studentRegCloses: true,
      chains: { select: { chainId: true } },
      sessions: { orderBy: { startsAt: 'asc' }, select: { id: true, title: true, kind: true, room: true, startsAt: true, endsAt: true, speakers: true } },
      booths: {
        orderBy: [{ zone: 'asc' }, { number: 'asc' }],
        select: {
          id: true, status: true, number: true, zone: true, org: { select: { id: true, name: true, verification: true } },
          jobs: { where: { job: { status: 'open' } }, select: { job: { select: { id: true, title: true, salaryMin: true, salaryMax: true } } } },
        },
      },
    },
  })
  const organiser = !!user && organises(user, e)
  const mine = user ? await db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId: user.id } } }) : null
  return {
    ...toSummary(e),
    organizer: e.organizer && { id: e.organizer.id, name: e.organizer.name },
    description: e.description,
    chainIds: e.chains.map((c) => c.chainId),
    enterpriseRegOpens: iso(e.enterpriseRegOpens), enterpriseRegCloses: iso(e.enterpriseRegCloses),
    studentRegOpens: iso(e.studentRegOpens), studentRegCloses: iso(e.studentRegCloses),
    sessions: e.sessions.map(sessionView),
    booths: e.booths
      // A suspended unit's booth leaves the public page with its jobs (decision 089); the organiser still sees it.
      .filter((b) => organiser || (b.status === 'approved' && b.org.verification !== 'suspended') || (user?.orgIds.includes(b.org.id) ?? false))
      .map((b) => ({ id: b.id, status: b.status, number: b.number, zone: b.zone, org: { id: b.org.id, name: b.org.name }, jobs: b.jobs.map((j) => j.job) })),
    myRegistration: mine ? registrationView(mine) : null,
  }
}
