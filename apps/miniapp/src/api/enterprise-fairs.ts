import { VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { BoothSchema, SlotSchema } from '@zhilian/shared/contracts/events'
import { ExhibitorPageSchema, MyBoothSchema, type ExhibitorEvent, type MyBooth } from '@zhilian/shared/contracts/fair-manage'
import type { z } from 'zod'
import { request } from './request'

/** Enterprises at fairs: which events take exhibitors, my booth, its jobs and slots, and scanning visitors. */

export type { ExhibitorEvent, MyBooth }
export type VisitResult = z.infer<typeof VisitResultSchema>

const at = (id: string) => `/api/events/${encodeURIComponent(id)}`

export function fetchExhibitorEvents(cursor: string | null) {
  return request('GET', '/api/events/exhibiting', { query: { cursor: cursor ?? undefined, limit: 20 }, schema: ExhibitorPageSchema })
}

export function applyForBooth(eventId: string) {
  return request('POST', `${at(eventId)}/booths`, { body: {}, schema: BoothSchema })
}

export function fetchMyBooth(eventId: string) {
  return request('GET', `${at(eventId)}/booths/mine`, { schema: MyBoothSchema })
}

export function setBoothJobs(eventId: string, jobIds: string[]) {
  return request('PUT', `${at(eventId)}/booths/mine/jobs`, { body: { jobIds }, schema: BoothSchema })
}

export function openInterviewSlot(eventId: string, body: { startsAt: string; endsAt: string }) {
  return request('POST', `${at(eventId)}/booths/mine/slots`, { body, schema: SlotSchema })
}

/** The booth scanned a student's code: the visit is kept; the résumé comes only with the student's consent. */
export function recordVisit(eventId: string, code: string) {
  return request('POST', `${at(eventId)}/booths/mine/visits`, { body: { code }, schema: VisitResultSchema })
}
