import type { Prisma } from '@zhilian/db'
import { bookingStatusAt } from '../../equipment/expire-bookings'

export const bookingSelect = {
  id: true, equipmentId: true, enterpriseOrgId: true, start: true, end: true, status: true, note: true,
  equipment: { select: { name: true } },
  enterprise: { select: { name: true } },
} satisfies Prisma.EquipmentBookingSelect

type BookingRow = Prisma.EquipmentBookingGetPayload<{ select: typeof bookingSelect }>

export function bookingView(b: BookingRow) {
  const { equipment, enterprise, start, end, status, ...rest } = b
  return { ...rest, status: bookingStatusAt(status, start), equipmentName: equipment.name, enterpriseName: enterprise.name, start: start.toISOString(), end: end.toISOString() }
}

/** PostgreSQL's exclusion_violation, however the driver adapter wraps it. */
export function isOverlap(error: unknown): boolean {
  const seen = new Set<unknown>()
  const walk = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false
    seen.add(e)
    const text = JSON.stringify(e, Object.getOwnPropertyNames(e)) ?? ''
    if (text.includes('23P01') || text.includes('EquipmentBooking_no_overlap')) return true
    return walk((e as { cause?: unknown }).cause) || walk((e as { meta?: unknown }).meta)
  }
  return walk(error) || String(error).includes('EquipmentBooking_no_overlap')
}
