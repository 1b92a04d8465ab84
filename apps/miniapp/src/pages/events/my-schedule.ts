import { overlapping } from '@zhilian/shared/rules/schedule-overlap'
import { fetchDay, fetchMyRegistrations, type EventSummary, type ScheduleEntry } from '../../api/events'

export interface PlannedEntry extends ScheduleEntry {
  event: Pick<EventSummary, 'id' | 'title'>
  /** Titles of the other entries this one overlaps, from the shared rule the BFF warns with. */
  clashes: string[]
}

const span = (e: ScheduleEntry) => ({ id: e.id, startsAt: new Date(e.startsAt), endsAt: e.endsAt ? new Date(e.endsAt) : null })

/** Each entry with the titles of the entries it overlaps; sorted by start. */
export function withClashes(entries: Omit<PlannedEntry, 'clashes'>[]): PlannedEntry[] {
  const spans = entries.map((e) => ({ ...span(e), title: e.title }))
  return entries
    .map((e) => ({ ...e, clashes: overlapping(span(e), spans).map((o) => o.title) }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}

export const clashText = (clashes: string[]) => `与${clashes.map((t) => `「${t}」`).join('、')}时间冲突`

/**
 * My schedule across the events I registered for that are still ahead or running: each event's day view
 * holds its part. Cancelled and finished events are left out (their schedules no longer happen).
 */
export async function loadMySchedule(now = new Date()): Promise<PlannedEntry[]> {
  const { items } = await fetchMyRegistrations()
  const live = items.filter((r) => r.event.status !== 'cancelled' && r.event.status !== 'finished' && new Date(r.event.endsAt) >= now)
  const days = await Promise.all(live.map((r) => fetchDay(r.eventId)))
  return withClashes(days.flatMap((d) => d.mySchedule.map((entry) => ({ ...entry, event: { id: d.event.id, title: d.event.title } }))))
}
