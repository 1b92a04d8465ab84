import {
  BookingListSchema,
  BookingSchema,
  OpenEquipmentPageSchema,
  type BookingBody,
  type BookingDecisionBody,
} from '@zhilian/shared/contracts/equipment'
import { call } from './request'


/** Colleges' open equipment, filtered by chain and city. */
export function fetchOpenEquipment(filters: { chainId?: string; cityCode?: string }, cursor: string | null) {
  return call('get', '/api/equipment/open', { query: { ...filters, cursor: cursor ?? undefined }, schema: OpenEquipmentPageSchema })
}

/** An overlap with a live booking answers 409 CONFLICT with a message saying so. */
export function bookEquipment(equipmentId: string, body: BookingBody) {
  return call('post', '/api/equipment/:id/bookings', { param: { id: equipmentId }, body, schema: BookingSchema })
}

/** Requests made (enterprise) or received (college), newest first. */
export function fetchBookings() {
  return call('get', '/api/equipment/bookings', { schema: BookingListSchema })
}

export function decideBooking(bookingId: string, body: BookingDecisionBody) {
  return call('post', '/api/equipment/bookings/:id/decision', { param: { id: bookingId }, body, schema: BookingSchema })
}
