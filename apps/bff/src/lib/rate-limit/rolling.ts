/**
 * A rolling limit (decision 078) for the rare, costly requests — list uploads — where the fixed windows of counters.ts
 * let twice the limit through around a window's turn. Hits are kept in one-second buckets in the same
 * RateLimitCounter table, and a hit counts as long as its second lies within `windowSeconds` of now, rounded so that
 * every hit of the last `windowSeconds` is counted: no span of that length ever holds more than `limit` admitted hits.
 * Rows are per second with hits, so a key holds at most as many rows as hits (and no more than the window's seconds).
 * Still one statement per counted request: the upsert of this second's bucket and the read of the earlier ones are
 * one CTE (the read cannot see the upsert's row, hence the UNION with its RETURNING). A refused hit is taken back
 * (a second statement, on the refusal only), so a client that retries early does not push its own wait further out,
 * and Retry-After is the true wait: the moment enough of the oldest hits leave the span.
 */
import { Prisma } from '@zhilian/db'
import type { HotSql } from '../types'
import type { Window } from './counters'

const SECOND = 1000

/** An admitted hit can be taken back (`refund`) when another limit of the same request refuses it. */
export interface RollingHit { admitted: boolean; retryAfter: number; refund: () => Promise<void> }

function bucketsOf(rows: unknown[]): { at: number; count: number }[] {
  return rows.map((r) => {
    const { windowStart, count } = r as { windowStart?: unknown; count?: unknown }
    if (!(windowStart instanceof Date) || typeof count !== 'number') throw new Error('RateLimitCounter row read with unexpected types')
    return { at: windowStart.getTime(), count }
  }).sort((a, b) => a.at - b.at)
}

/**
 * The seconds until one more hit fits, given the stored buckets (this hit taken back): the oldest buckets leave the
 * span one by one until at most `limit - 1` hits remain; a bucket starting at second s counts until s + window + 1.
 */
export function rollingWait(buckets: { at: number; count: number }[], limit: number, windowSeconds: number, now: number): number {
  let remaining = buckets.reduce((n, b) => n + b.count, 0)
  for (const b of buckets) {
    remaining -= b.count
    if (remaining <= limit - 1) return Math.max(1, Math.ceil((b.at + (windowSeconds + 1) * SECOND - now) / SECOND))
  }
  return 1
}

/** Counts one hit under `key`; admitted when the span holds at most `limit` hits with it. A refused hit is taken back here. */
export async function countRolling(sql: HotSql, key: string, { limit, windowSeconds }: Window, now = Date.now()): Promise<RollingHit> {
  const second = new Date(Math.floor(now / SECOND) * SECOND)
  const from = new Date(second.getTime() - windowSeconds * SECOND)
  const expires = new Date(second.getTime() + (windowSeconds + 1) * SECOND)
  const rows = await sql(Prisma.sql`
    WITH hit AS (
      INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt") VALUES (${key}, ${second}, 1, ${expires})
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
      RETURNING "windowStart", "count")
    SELECT "windowStart", "count" FROM hit
    UNION ALL
    SELECT "windowStart", "count" FROM "RateLimitCounter" WHERE "key" = ${key} AND "windowStart" >= ${from} AND "windowStart" < ${second}`, 'rate-rolling')
  const buckets = bucketsOf(rows)
  const total = buckets.reduce((n, b) => n + b.count, 0)
  const refund = async () => {
    await sql(Prisma.sql`UPDATE "RateLimitCounter" SET "count" = "count" - 1 WHERE "key" = ${key} AND "windowStart" = ${second} AND "count" > 0`)
  }
  if (total <= limit) return { admitted: true, retryAfter: 0, refund }
  await refund()
  const stored = buckets.map((b) => (b.at === second.getTime() ? { ...b, count: b.count - 1 } : b))
  return { admitted: false, retryAfter: rollingWait(stored, limit, windowSeconds, now), refund: async () => undefined }
}
