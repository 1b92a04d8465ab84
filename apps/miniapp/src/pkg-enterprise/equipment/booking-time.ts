import type { Booking } from '@zhilian/shared/contracts/equipment'

/** Booking slots are picked in Beijing time (UTC+8, no daylight saving); the BFF stores instants. */
const BEIJING_MS = 8 * 3_600_000

/** YYYY-MM-DD in Beijing, `days` from today. */
export function beijingDay(days: number, now = Date.now()): string {
  return new Date(now + days * 86_400_000 + BEIJING_MS).toISOString().slice(0, 10)
}

export function beijingIso(date: string, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString()
}

/** "11月24日 09:00–12:00", or both days when the slot spans several. */
export function slotText(startIso: string, endIso: string): string {
  const part = (iso: string) => {
    const d = new Date(Date.parse(iso) + BEIJING_MS).toISOString()
    return { day: `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`, time: d.slice(11, 16) }
  }
  const a = part(startIso)
  const b = part(endIso)
  return a.day === b.day ? `${a.day} ${a.time}–${b.time}` : `${a.day} ${a.time} – ${b.day} ${b.time}`
}

/** Status tag colours shared with the membership review tags: waiting, yes, no. */
export const BOOKING_TAG: Record<Booking['status'], string> = {
  requested: 'pending', approved: 'verified', rejected: 'rejected', cancelled: 'closed', completed: 'closed',
}
