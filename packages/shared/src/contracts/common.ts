import { z } from 'zod'

const ID_CHARACTERS = /^[A-Za-z0-9_-]+$/

/**
 * An id or code the client names (a path parameter, a reference in a body, a filter): never empty, letters,
 * digits, `_` and `-` only, capped. An empty `""` or a stray character is the client's mistake (400), never a
 * lookup that reaches the database.
 */
export function idOf(max = 64, empty = '不能为空') {
  return z
    .string()
    .trim()
    .min(1, { error: empty })
    .max(max, { error: `不能超过${max}个字符` })
    .regex(ID_CHARACTERS, { error: '编号格式不正确' })
}
export const IdSchema = idOf()

/** A path parameter naming one record. */
export const IdParamSchema = z.object({ id: IdSchema })

/** An opaque page cursor as the BFF handed it out (base64url, or an id). */
export const CursorSchema = z.string().min(1).max(256).regex(ID_CHARACTERS, { error: '分页参数无效，请刷新列表后重试' })

/** The years a date a client sends may fall in; PostgreSQL has no year 0, and nothing here predates 1900. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const
const yearInRange = (value: string) => {
  const year = new Date(value).getUTCFullYear()
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max
}

/**
 * The one schema for a point in time a client sends: ISO 8601 (with `Z`, or with an offset where `offset` is
 * set), a real calendar date, within DATE_YEARS.
 */
export function dateTimeInput(opts: { offset?: boolean; error?: string } = {}) {
  return z.iso
    .datetime({ offset: opts.offset ?? false, error: opts.error ?? '时间格式不正确' })
    .refine(yearInRange, { error: `时间应在${DATE_YEARS.min}年至${DATE_YEARS.max}年之间` })
}

/** Cursor pagination: pass back `nextCursor` as `cursor` to get the next page. */
export const CursorQuerySchema = z.object({
  cursor: CursorSchema.optional(),
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

/**
 * Which of the caller's units acts (decision 095): named by a member of two or more units that may do the thing, else
 * the BFF takes the one there is and asks (400 at `orgId`) when there are several.
 */
export const ActingUnitQuerySchema = z.object({ orgId: IdSchema.optional() })
export type ActingUnitQuery = z.infer<typeof ActingUnitQuerySchema>
