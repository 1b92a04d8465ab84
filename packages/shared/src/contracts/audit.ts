import { z } from 'zod'
import { CursorSchema, IdSchema, idOf } from './common'

/** The audit trail: every list change and review decision. Kept at least 3 years; the app never deletes it. */

export const AuditQuerySchema = z.object({
  orgId: IdSchema.optional(),
  entity: idOf(40).optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  orgId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** What the entity is called (a job's title, a member's name); null when it is gone or has no name. */
  entityName: z.string().nullable(),
  orgName: z.string().nullable(),
  diff: z.unknown(),
})
export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() })
