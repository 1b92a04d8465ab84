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
import { OrganisedPageSchema } from '@zhilian/shared/contracts/fair-manage'
import type { z } from 'zod'
import { request } from './request'

/** Organisers (administrators, verified colleges): their events, agenda, booths, dashboard and entrance scans. */

export type SessionCreate = z.input<typeof SessionCreateSchema>
export type Dashboard = z.infer<typeof DashboardSchema>

const at = (id: string) => `/api/events/${encodeURIComponent(id)}`
const json = (body: object) => body as Record<string, unknown>

export function fetchOrganisedEvents(cursor: string | null) {
  return request('GET', '/api/events/organised', { query: { cursor: cursor ?? undefined, limit: 20 }, schema: OrganisedPageSchema })
}

export function createEvent(body: EventCreate) {
  return request('POST', '/api/events', { body: json(body), schema: EventDetailSchema })
}

export function updateEvent(id: string, body: EventUpdate) {
  return request('PATCH', at(id), { body: json(body), schema: EventDetailSchema })
}

/** Everyone registered is told in their inbox and their reminders are dropped. */
export function cancelEvent(id: string) {
  return request('POST', `${at(id)}/cancel`, { body: {}, schema: OkSchema })
}

export function addSession(eventId: string, body: SessionCreate) {
  return request('POST', `${at(eventId)}/sessions`, { body: json(body), schema: SessionSchema })
}

export function removeSession(eventId: string, sessionId: string) {
  return request('DELETE', `${at(eventId)}/sessions/${encodeURIComponent(sessionId)}`, { schema: OkSchema })
}

export function approveBooth(eventId: string, boothId: string, body: { number: string; zone: string }) {
  return request('POST', `${at(eventId)}/booths/${encodeURIComponent(boothId)}/approve`, { body, schema: BoothSchema })
}

export function fetchDashboard(eventId: string) {
  return request('GET', `${at(eventId)}/dashboard`, { schema: DashboardSchema })
}

export const dashboardXlsxPath = (eventId: string) => `${at(eventId)}/dashboard.xlsx`

/** Staff scanned a student's signed code at the entrance; a second scan answers firstTime: false. */
export function checkInStudent(eventId: string, code: string) {
  return request('POST', `${at(eventId)}/checkins`, { body: { code }, schema: CheckinResultSchema })
}

/** The event as its organiser sees it: every booth, applied ones included. */
export function fetchOrganisedEvent(id: string) {
  return request('GET', at(id), { schema: EventDetailSchema })
}
