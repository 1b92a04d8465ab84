import {
  DayViewSchema,
  EventDetailSchema,
  type EventPageSchema,
  MyRegistrationsSchema,
  MyScheduleSchema,
  RegistrationSchema,
  ScheduleResultSchema,
  SlotListSchema,
  type EventDetail,
} from '@zhilian/shared/contracts/events'
import { CheckinCodeSchema, CheckinResultSchema, VenueCodeSchema, type VenueCode } from '@zhilian/shared/contracts/checkin'
import { OkSchema } from '@zhilian/shared/contracts/common'
import type { z } from 'zod'
import { call } from './request'

/** Types the fair pages (student, organiser, enterprise) share, straight from the BFF's contracts. */
export type EventSummary = z.infer<typeof EventPageSchema>['items'][number]
export type { EventDetail, VenueCode }
export type EventSession = EventDetail['sessions'][number]
export type EventBooth = EventDetail['booths'][number]
export type InterviewSlot = z.infer<typeof SlotListSchema>['items'][number]
export type CheckinResult = z.infer<typeof CheckinResultSchema>
export type MyScheduleEntry = z.infer<typeof MyScheduleSchema>['items'][number]


export function fetchEvent(id: string) {
  return call('get', '/api/events/:id', { param: { id }, schema: EventDetailSchema })
}

export function registerForEvent(id: string) {
  return call('post', '/api/events/:id/registrations', { param: { id }, schema: RegistrationSchema })
}

export function cancelRegistration(id: string) {
  return call('delete', '/api/events/:id/registrations/mine', { param: { id }, schema: OkSchema })
}

export function fetchMyRegistrations() {
  return call('get', '/api/events/registrations/mine', { schema: MyRegistrationsSchema })
}

/** My sessions and booked interview slots across events, still ahead, each with what it overlaps: one request. */
export function fetchMySchedule() {
  return call('get', '/api/events/schedule/mine', { schema: MyScheduleSchema })
}

/** A session or an interview slot into my schedule; the answer lists what it overlaps (adding still happens). */
export function addToSchedule(eventId: string, item: { sessionId: string } | { interviewSlotId: string }) {
  return call('post', '/api/events/:id/schedule', { param: { id: eventId }, body: item, schema: ScheduleResultSchema })
}

export function removeSessionFromSchedule(eventId: string, sessionId: string) {
  return call('delete', '/api/events/:id/schedule/:sessionId', { param: { id: eventId, sessionId }, schema: OkSchema })
}

export function releaseSlot(eventId: string, slotId: string) {
  return call('delete', '/api/events/:id/schedule/slots/:slotId', { param: { id: eventId, slotId }, schema: OkSchema })
}

/** One approved booth's interview slots, never cut (the event-wide list stops at 500; decision 112). */
export function fetchBoothSlots(eventId: string, boothId: string) {
  return call('get', '/api/events/:id/slots', { param: { id: eventId }, query: { boothId }, schema: SlotListSchema })
}

export function fetchDay(eventId: string) {
  return call('get', '/api/events/:id/day', { param: { id: eventId }, schema: DayViewSchema })
}

/** My signed 60-second check-in code, shown as a QR code for staff to scan. */
export function fetchCheckinCode(eventId: string) {
  return call('get', '/api/events/:id/checkin-code', { param: { id: eventId }, schema: CheckinCodeSchema })
}

/** Check in with the venue's six digits, or the text of its QR code. */
export function checkInWithVenueCode(eventId: string, code: string) {
  return call('post', '/api/events/:id/checkins/venue', { param: { id: eventId }, body: { code }, schema: CheckinResultSchema })
}

/** Organisers: this minute's venue code for the entrance screen. */
export function fetchVenueCode(eventId: string) {
  return call('get', '/api/events/:id/venue-code', { param: { id: eventId }, schema: VenueCodeSchema })
}
