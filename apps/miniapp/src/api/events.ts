import {
  DayViewSchema,
  EventDetailSchema,
  EventPageSchema,
  MyRegistrationsSchema,
  MyScheduleSchema,
  RegistrationSchema,
  ScheduleResultSchema,
  SlotListSchema,
  type EventDetail,
} from '@zhilian/shared/contracts/events'
import { CheckinCodeSchema, CheckinResultSchema, VenueCodeSchema, type VenueCode } from '@zhilian/shared/contracts/checkin'
import { OkSchema } from '@zhilian/shared/contracts/common'
import type { EventKind } from '@zhilian/shared/contracts/enums'
import type { z } from 'zod'
import { request } from './request'

/** Types the fair pages (student, organiser, enterprise) share, straight from the BFF's contracts. */
export type EventSummary = z.infer<typeof EventPageSchema>['items'][number]
export type { EventDetail, VenueCode }
export type EventSession = EventDetail['sessions'][number]
export type EventBooth = EventDetail['booths'][number]
export type EventRegistration = NonNullable<EventDetail['myRegistration']>
export type DayView = z.infer<typeof DayViewSchema>
export type ScheduleEntry = DayView['mySchedule'][number]
export type ScheduleResult = z.infer<typeof ScheduleResultSchema>
export type InterviewSlot = z.infer<typeof SlotListSchema>['items'][number]
export type CheckinResult = z.infer<typeof CheckinResultSchema>
export type MyScheduleEntry = z.infer<typeof MyScheduleSchema>['items'][number]

const at = (id: string) => `/api/events/${encodeURIComponent(id)}`

/** What the 双选会 tab's chips hold; undefined = 不限. */
export interface EventFilters {
  cityCode?: string
  chainId?: string
  kind?: keyof typeof EventKind.labels
}

export function fetchEvents(filters: EventFilters, cursor: string | null) {
  return request('GET', '/api/events', { query: { ...filters, cursor: cursor ?? undefined, limit: 20 }, schema: EventPageSchema })
}

export function fetchEvent(id: string) {
  return request('GET', at(id), { schema: EventDetailSchema })
}

export function registerForEvent(id: string) {
  return request('POST', `${at(id)}/registrations`, { schema: RegistrationSchema })
}

export function cancelRegistration(id: string) {
  return request('DELETE', `${at(id)}/registrations/mine`, { schema: OkSchema })
}

export function fetchMyRegistrations() {
  return request('GET', '/api/events/registrations/mine', { schema: MyRegistrationsSchema })
}

/** My sessions and booked interview slots across events, still ahead, each with what it overlaps: one request. */
export function fetchMySchedule() {
  return request('GET', '/api/events/schedule/mine', { schema: MyScheduleSchema })
}

/** A session or an interview slot into my schedule; the answer lists what it overlaps (adding still happens). */
export function addToSchedule(eventId: string, item: { sessionId: string } | { interviewSlotId: string }) {
  return request('POST', `${at(eventId)}/schedule`, { body: item, schema: ScheduleResultSchema })
}

export function removeSessionFromSchedule(eventId: string, sessionId: string) {
  return request('DELETE', `${at(eventId)}/schedule/${encodeURIComponent(sessionId)}`, { schema: OkSchema })
}

export function releaseSlot(eventId: string, slotId: string) {
  return request('DELETE', `${at(eventId)}/schedule/slots/${encodeURIComponent(slotId)}`, { schema: OkSchema })
}

export function fetchSlots(eventId: string) {
  return request('GET', `${at(eventId)}/slots`, { schema: SlotListSchema })
}

export function fetchDay(eventId: string) {
  return request('GET', `${at(eventId)}/day`, { schema: DayViewSchema })
}

/** My signed 60-second check-in code, shown as a QR code for staff to scan. */
export function fetchCheckinCode(eventId: string) {
  return request('GET', `${at(eventId)}/checkin-code`, { schema: CheckinCodeSchema })
}

/** Check in with the venue's six digits, or the text of its QR code. */
export function checkInWithVenueCode(eventId: string, code: string) {
  return request('POST', `${at(eventId)}/checkins/venue`, { body: { code }, schema: CheckinResultSchema })
}

/** Organisers: this minute's venue code for the entrance screen. */
export function fetchVenueCode(eventId: string) {
  return request('GET', `${at(eventId)}/venue-code`, { schema: VenueCodeSchema })
}
