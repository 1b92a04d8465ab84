import type { Booking } from '@zhilian/shared/contracts/equipment'

/** Booking status → tag colour class, the same palette as the membership review tags: waiting, yes, no. */
export const BOOKING_TAG: Record<Booking['status'], string> = {
  requested: 'pending', approved: 'verified', rejected: 'rejected', cancelled: 'closed', completed: 'closed', expired: 'closed',
}
