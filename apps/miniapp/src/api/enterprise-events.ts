import { VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { BoothSchema, SlotSchema } from '@zhilian/shared/contracts/events'
import { ExhibitorPageSchema, MyBoothSchema, type ExhibitorEvent, type MyBooth } from '@zhilian/shared/contracts/event-manage'
import type { z } from 'zod'
import { call } from './request'

/**
 * Enterprises at fairs: which events take exhibitors, my booth, its jobs and slots, and scanning visitors. `orgId`
 * names the unit for a member of several exhibiting units (decision 095); without it the BFF takes the only one.
 */

export type { ExhibitorEvent, MyBooth }
export type VisitResult = z.infer<typeof VisitResultSchema>


export function fetchExhibitorEvents(cursor: string | null, orgId?: string) {
  return call('get', '/api/events/exhibiting', { query: { cursor: cursor ?? undefined, limit: 20, orgId }, schema: ExhibitorPageSchema })
}

export function applyForBooth(eventId: string, orgId?: string) {
  return call('post', '/api/events/:id/booths', { param: { id: eventId }, query: { orgId }, schema: BoothSchema })
}

export function fetchMyBooth(eventId: string, orgId?: string) {
  return call('get', '/api/events/:id/booths/mine', { param: { id: eventId }, query: { orgId }, schema: MyBoothSchema })
}

export function setBoothJobs(eventId: string, jobIds: string[], orgId?: string) {
  return call('put', '/api/events/:id/booths/mine/jobs', { param: { id: eventId }, query: { orgId }, body: { jobIds }, schema: BoothSchema })
}

export function openInterviewSlot(eventId: string, body: { startsAt: string; endsAt: string }, orgId?: string) {
  return call('post', '/api/events/:id/booths/mine/slots', { param: { id: eventId }, query: { orgId }, body, schema: SlotSchema })
}

/** The booth scanned a student's code: the visit is kept; the résumé comes only with the student's consent. */
export function recordVisit(eventId: string, code: string, orgId?: string) {
  return call('post', '/api/events/:id/booths/mine/visits', { param: { id: eventId }, query: { orgId }, body: { code }, schema: VisitResultSchema })
}
