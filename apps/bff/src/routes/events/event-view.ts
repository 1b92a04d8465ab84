import type { Prisma } from '@zhilian/db'
import { eventStatusAt } from '@zhilian/shared'

export const summarySelect = {
  id: true, kind: true, format: true, title: true, status: true, cityCode: true, venue: true, startsAt: true, endsAt: true, capacity: true,
  organizer: { select: { id: true, name: true } },
  _count: { select: { registrations: true } },
} satisfies Prisma.EventSelect

type SummaryRow = Prisma.EventGetPayload<{ select: typeof summarySelect }>

export function toSummary(e: SummaryRow) {
  return {
    id: e.id, kind: e.kind, format: e.format, title: e.title, status: eventStatusAt(e.status, e.startsAt, e.endsAt), cityCode: e.cityCode, venue: e.venue,
    startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), capacity: e.capacity,
    registered: e._count.registrations, organizer: e.organizer,
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export const registrationView = (r: { id: string; eventId: string; createdAt: Date; checkedInAt: Date | null }) => ({
  id: r.id, eventId: r.eventId, createdAt: r.createdAt.toISOString(), checkedInAt: iso(r.checkedInAt),
})

export const sessionView = (s: { id: string; title: string; kind: string; room: string | null; startsAt: Date; endsAt: Date; speakers: string[] }) => ({
  ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(),
})

export { iso }
