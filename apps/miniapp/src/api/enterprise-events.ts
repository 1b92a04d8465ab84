import { VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { BoothSchema, SlotSchema } from '@zhilian/shared/contracts/events'
import { ExhibitorPageSchema, MyBoothSchema, type ExhibitorEvent, type MyBooth } from '@zhilian/shared/contracts/event-manage'
import type { z } from 'zod'
import { call } from './request'

/** Enterprises at fairs: which events take exhibitors, my booth, its jobs and slots, and scanning visitors. */

export type { ExhibitorEvent, MyBooth }
export type VisitResult = z.infer<typeof VisitResultSchema>


export function fetchExhibitorEvents(cursor: string | null) {
  return call('get', '/api/events/exhibiting', { query: { cursor: cursor ?? undefined, limit: 20 }, schema: ExhibitorPageSchema })
}

export function applyForBooth(eventId: string) {
  return call('post', '/api/events/:id/booths', { param: { id: eventId }, schema: BoothSchema })
}

export function fetchMyBooth(eventId: string) {
  return call('get', '/api/events/:id/booths/mine', { param: { id: eventId }, schema: MyBoothSchema })
}

export function setBoothJobs(eventId: string, jobIds: string[]) {
  return call('put', '/api/events/:id/booths/mine/jobs', { param: { id: eventId }, body: { jobIds }, schema: BoothSchema })
}

export function openInterviewSlot(eventId: string, body: { startsAt: string; endsAt: string }) {
  return call('post', '/api/events/:id/booths/mine/slots', { param: { id: eventId }, body, schema: SlotSchema })
}

/** The booth scanned a student's code: the visit is kept; the résumé comes only with the student's consent. */
export function recordVisit(eventId: string, code: string) {
  return call('post', '/api/events/:id/booths/mine/visits', { param: { id: eventId }, body: { code }, schema: VisitResultSchema })
}
