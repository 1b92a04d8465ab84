import {
  BookingListSchema,
  BookingSchema,
  OpenEquipmentPageSchema,
  type BookingBody,
  type BookingDecisionBody,
} from '@zhilian/shared/contracts/equipment'
import { request } from './request'

const id = (value: string) => encodeURIComponent(value)

/** Colleges' open equipment, filtered by chain and city. */
export function fetchOpenEquipment(filters: { chainId?: string; cityCode?: string }, cursor: string | null) {
  return request('GET', '/api/equipment/open', { query: { ...filters, cursor: cursor ?? undefined }, schema: OpenEquipmentPageSchema })
}

/** An overlap with a live booking answers 409 CONFLICT with a message saying so. */
export function bookEquipment(equipmentId: string, body: BookingBody) {
  return request('POST', `/api/equipment/${id(equipmentId)}/bookings`, { body, schema: BookingSchema })
}

/** Requests made (enterprise) or received (college), newest first. */
export function fetchBookings() {
  return request('GET', '/api/equipment/bookings', { schema: BookingListSchema })
}

export function decideBooking(bookingId: string, body: BookingDecisionBody) {
  return request('POST', `/api/equipment/bookings/${id(bookingId)}/decision`, { body, schema: BookingSchema })
}
