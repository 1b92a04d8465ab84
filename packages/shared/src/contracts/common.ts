import { z } from 'zod'

/** A path parameter naming one record. */
export const IdParamSchema = z.object({ id: z.string().min(1).max(64) })

/** Cursor pagination: pass back `nextCursor` as `cursor` to get the next page. */
export const CursorQuerySchema = z.object({
  cursor: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) })
}

export const OkSchema = z.object({ ok: z.literal(true) })

/** Timestamps travel as ISO 8601 strings. */
export const IsoDateTimeSchema = z.iso.datetime()

export const HealthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
  /** Demo mode: demo sign-in and demo data are on; every client shows a 演示模式 banner. */
  demo: z.boolean(),
})
export type Health = z.infer<typeof HealthSchema>
