import { CheckinResultSchema } from '@zhilian/shared/contracts/checkin'
import { OkSchema } from '@zhilian/shared/contracts/common'
import {
  BoothSchema,
  DashboardSchema,
  EventDetailSchema,
  SessionSchema,
  type SessionCreateSchema,
  type EventCreate,
  type EventUpdate,
} from '@zhilian/shared/contracts/events'
import { OrganisedPageSchema } from '@zhilian/shared/contracts/event-manage'
import type { z } from 'zod'
import { call } from './request'

/** Organisers (administrators, verified colleges): their events, agenda, booths, dashboard and entrance scans. */

export type SessionCreate = z.input<typeof SessionCreateSchema>
export type Dashboard = z.infer<typeof DashboardSchema>

export function fetchOrganisedEvents(cursor: string | null) {
  return call('get', '/api/events/organised', { query: { cursor: cursor ?? undefined, limit: 20 }, schema: OrganisedPageSchema })
}

export function createEvent(body: EventCreate) {
  return call('post', '/api/events', { body: body, schema: EventDetailSchema })
}

export function updateEvent(id: string, body: EventUpdate) {
  return call('patch', '/api/events/:id', { param: { id }, body: body, schema: EventDetailSchema })
}

/** Everyone registered is told in their inbox and their reminders are dropped. */
export function cancelEvent(id: string) {
  return call('post', '/api/events/:id/cancel', { param: { id }, schema: OkSchema })
}

export function addSession(eventId: string, body: SessionCreate) {
  return call('post', '/api/events/:id/sessions', { param: { id: eventId }, body: body, schema: SessionSchema })
}

export function removeSession(eventId: string, sessionId: string) {
  return call('delete', '/api/events/:id/sessions/:sessionId', { param: { id: eventId, sessionId }, schema: OkSchema })
}

export function approveBooth(eventId: string, boothId: string, body: { number: string; zone: string }) {
  return call('post', '/api/events/:id/booths/:boothId/approve', { param: { id: eventId, boothId }, body, schema: BoothSchema })
}

export function fetchDashboard(eventId: string) {
  return call('get', '/api/events/:id/dashboard', { param: { id: eventId }, schema: DashboardSchema })
}

export const dashboardXlsxPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/dashboard.xlsx`

/** Staff scanned a student's signed code at the entrance; a second scan answers firstTime: false. */
export function checkInStudent(eventId: string, code: string) {
  return call('post', '/api/events/:id/checkins', { param: { id: eventId }, body: { code }, schema: CheckinResultSchema })
}

/** The event as its organiser sees it: every booth, applied ones included. */
export function fetchOrganisedEvent(id: string) {
  return call('get', '/api/events/:id', { param: { id }, schema: EventDetailSchema })
}
