import { AppError, checkinOpen } from '@zhilian/shared'

/** Codes are issued and scanned only while the event is live (from 2 hours before it starts to its end). */
export function assertCheckinOpen(event: { status: string; startsAt: Date; endsAt: Date }) {
  const open = checkinOpen(event, new Date())
  if (!open.ok) throw new AppError('INVALID_TRANSITION', { userMessage: open.message })
}
