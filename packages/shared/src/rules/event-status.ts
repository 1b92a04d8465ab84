/**
 * The status people see for an event. The database keeps what the organiser set (published); nothing flips it when
 * the day passes, so a past fair still read 已发布 and was offered on job pages. Published turns into ongoing while it
 * runs and finished once it has ended; draft and cancelled stay as they are.
 */
export type EventStatus = 'draft' | 'published' | 'ongoing' | 'finished' | 'cancelled'

export function eventStatusAt(stored: EventStatus, startsAt: Date, endsAt: Date, now: Date = new Date()): EventStatus {
  if (stored !== 'published' && stored !== 'ongoing') return stored
  if (endsAt <= now) return 'finished'
  return startsAt <= now ? 'ongoing' : 'published'
}
