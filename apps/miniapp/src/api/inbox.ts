import { OkSchema } from '@zhilian/shared/contracts/common'
import { InboxPageSchema, UnreadCountSchema } from '@zhilian/shared/contracts/inbox'
import type { z } from 'zod'
import { call } from './request'

export type InboxMessage = z.infer<typeof InboxPageSchema>['items'][number]

export function fetchInbox(cursor: string | null) {
  return call('get', '/api/inbox', { query: { cursor: cursor ?? undefined, limit: 20 }, schema: InboxPageSchema })
}

export async function fetchUnreadCount() {
  return (await call('get', '/api/inbox/unread-count', { schema: UnreadCountSchema })).unread
}

export function markRead(id: string) {
  return call('post', '/api/inbox/:id/read', { param: { id }, schema: OkSchema })
}

/** Notices name mini-program pages without the leading slash (`pages/events/detail?id=…`), as WeChat wants. */
export const inboxLinkUrl = (link: string) => (link.startsWith('/') ? link : `/${link}`)
