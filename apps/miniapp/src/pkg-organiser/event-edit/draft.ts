import type { EventDetail } from '@zhilian/shared/contracts/events'
import type { EventFormat, EventKind } from '@zhilian/shared/contracts/enums'
import { isoOf, optionalIso, tomorrowAt, whenOf, type When } from './when'

/** The event form as the inputs hold it; `body` turns it into what the BFF takes. */
export interface EventDraft {
  kind: keyof typeof EventKind.labels
  format: keyof typeof EventFormat.labels
  title: string
  description: string
  cityCode: string
  venue: string
  chainIds: string[]
  startsAt: When
  endsAt: When
  enterpriseRegOpens: When | null
  enterpriseRegCloses: When | null
  studentRegOpens: When | null
  studentRegCloses: When | null
  capacity: string
}

export const blankDraft = (): EventDraft => ({
  kind: 'job_fair', format: 'onsite', title: '', description: '', cityCode: '', venue: '', chainIds: [],
  startsAt: tomorrowAt('09:00'), endsAt: tomorrowAt('17:00'),
  enterpriseRegOpens: null, enterpriseRegCloses: null, studentRegOpens: null, studentRegCloses: null, capacity: '',
})

const maybe = (iso: string | null) => (iso ? whenOf(iso) : null)

export const draftOf = (e: EventDetail): EventDraft => ({
  kind: e.kind, format: e.format, title: e.title, description: e.description ?? '', cityCode: e.cityCode, venue: e.venue ?? '',
  chainIds: e.chainIds, startsAt: whenOf(e.startsAt), endsAt: whenOf(e.endsAt),
  enterpriseRegOpens: maybe(e.enterpriseRegOpens), enterpriseRegCloses: maybe(e.enterpriseRegCloses),
  studentRegOpens: maybe(e.studentRegOpens), studentRegCloses: maybe(e.studentRegCloses),
  capacity: e.capacity ? String(e.capacity) : '',
})

export function bodyOf(d: EventDraft) {
  return {
    kind: d.kind, format: d.format, title: d.title, description: d.description.trim() || undefined, cityCode: d.cityCode,
    venue: d.venue.trim() || undefined, chainIds: d.chainIds, startsAt: isoOf(d.startsAt), endsAt: isoOf(d.endsAt),
    enterpriseRegOpens: optionalIso(d.enterpriseRegOpens), enterpriseRegCloses: optionalIso(d.enterpriseRegCloses),
    studentRegOpens: optionalIso(d.studentRegOpens), studentRegCloses: optionalIso(d.studentRegCloses),
    capacity: d.capacity.trim() === '' ? undefined : Number(d.capacity),
  }
}
