import { z } from 'zod'
import { cursorKey, decodeCursor, encodeCursor } from './cursor'

/**
 * The one keyset pagination of every list: rows in a total order (a sort column, then id), a page asks for
 * `limit + 1` rows, and the opaque cursor (lib/cursor.ts) carries the last row's sort key and id. Unlike Prisma's
 * `cursor: { id }, skip: 1`, nothing depends on the row behind the cursor still existing.
 */
const DatedCursor = z.object({ at: cursorKey.date, id: cursorKey.id })
export type DatedKey = z.infer<typeof DatedCursor>
export const IdCursor = z.object({ id: cursorKey.id })

type Order = 'asc' | 'desc'
type Beyond<T> = { gt: T } | { lt: T }
const beyond = <T>(order: Order, value: T): Beyond<T> => (order === 'asc' ? { gt: value } : { lt: value })

/** Rows after the cursor in `(field, id)` order; `{}` on the first page. Decoding refuses a forged cursor with 400. */
export function afterDated<F extends string>(field: F, order: Order, cursor: string | undefined) {
  const after = decodeCursor(DatedCursor, cursor)
  if (!after) return {}
  const at = new Date(after.at)
  return { OR: [{ [field]: beyond(order, at) } as Record<F, Beyond<Date>>, { [field]: at, id: beyond(order, after.id) } as Record<F, Date> & { id: Beyond<string> }] }
}

/** Rows after the cursor in id order; `{}` on the first page. */
export function afterId(order: Order, cursor: string | undefined) {
  const after = decodeCursor(IdCursor, cursor)
  return after ? { id: beyond(order, after.id) } : {}
}

/** `take` for a page: one row more than shown tells whether another page follows. */
export const pageTake = (limit: number) => limit + 1

/** The page out of `limit + 1` rows, and the cursor after its last row when more follow. */
export function keysetPage<T>(rows: readonly T[], limit: number, keyOf: (row: T) => DatedKey | z.infer<typeof IdCursor> | Record<string, unknown>) {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null }
}

/** The cursor key of a row ordered by `(field, id)`. */
export const datedKey = (at: Date, id: string): DatedKey => ({ at: at.toISOString(), id })
