import { z } from 'zod'
import { CursorSchema, IsoDateTimeSchema, pageOf } from './common'

export const InboxQuerySchema = z.object({
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export const InboxMessageSchema = z.object({
  id: z.string(), title: z.string(), body: z.string(), link: z.string().nullable(),
  createdAt: IsoDateTimeSchema, readAt: IsoDateTimeSchema.nullable(),
})
export const InboxPageSchema = pageOf(InboxMessageSchema)
export const UnreadCountSchema = z.object({ unread: z.number().int() })
