import { AppError, checkinOpen } from '@zhilian/shared'

/** Codes are issued and scanned only while the event is live (from 2 hours before it starts to its end). */
export function assertCheckinOpen(event: { status: string; startsAt: Date; endsAt: Date }, now = new Date()) {
  const open = checkinOpen(event, now)
  if (!open.ok) throw new AppError('INVALID_TRANSITION', { userMessage: open.message })
}
