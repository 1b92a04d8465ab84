import type { EventKind } from '@zhilian/shared/contracts/enums'
import { call } from './request'

// The event list is on 首页 and the 双选会 tab's first view: its contract (and zod) loads in its own chunk while the
// request is in flight (see request.ts), so it lives apart from api/events.ts, whose schemas are imported statically.
const contractEvents = () => import('@zhilian/shared/contracts/events')

/** What the 双选会 tab's chips hold; undefined = 不限. */
export interface EventFilters {
  cityCode?: string
  chainId?: string
  kind?: keyof typeof EventKind.labels
}

export function fetchEvents(filters: EventFilters, cursor: string | null) {
  return call('get', '/api/events', { query: { ...filters, cursor: cursor ?? undefined, limit: 20 }, schema: () => contractEvents().then((m) => m.EventPageSchema) })
}
