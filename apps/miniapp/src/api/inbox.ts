import { OkSchema } from '@zhilian/shared/contracts/common'
import { InboxPageSchema, UnreadCountSchema } from '@zhilian/shared/contracts/inbox'
import type { z } from 'zod'
import { request } from './request'

export type InboxMessage = z.infer<typeof InboxPageSchema>['items'][number]

export function fetchInbox(cursor: string | null) {
  return request('GET', '/api/inbox', { query: { cursor: cursor ?? undefined, limit: 20 }, schema: InboxPageSchema })
}

export async function fetchUnreadCount() {
  return (await request('GET', '/api/inbox/unread-count', { schema: UnreadCountSchema })).unread
}

export function markRead(id: string) {
  return request('POST', `/api/inbox/${encodeURIComponent(id)}/read`, { schema: OkSchema })
}

/** Notices name mini-program pages without the leading slash (`pages/events/detail?id=…`), as WeChat wants. */
export const inboxLinkUrl = (link: string) => (link.startsWith('/') ? link : `/${link}`)
