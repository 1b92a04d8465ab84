/**
 * Fixed-window counters in the database (RateLimitCounter, UNLOGGED), so every BFF process on the same database
 * counts together: one upsert per counted request, atomic under concurrency on PGlite and PostgreSQL alike.
 * They run on the hot driver (decision 030), prepared once per connection (decision 053): every scan and search is
 * counted in production, by address and by user, and through Prisma's raw-query path each count cost more CPU than
 * the scan's own statement (decision 077).
 */
import { Prisma } from '@zhilian/db'
import type { HotSql } from '../types'

export interface Window { limit: number; windowSeconds: number }

const windowOf = (windowSeconds: number, now: number) => {
  const size = windowSeconds * 1000
  const start = Math.floor(now / size) * size
  return { start: new Date(start), end: new Date(start + size), retryAfter: Math.max(1, Math.ceil((start + size - now) / 1000)) }
}

/** Counts one more under `key`; answers the count in this window and the seconds until it ends. */
export async function countHit(sql: HotSql, key: string, windowSeconds: number, now = Date.now()): Promise<{ count: number; retryAfter: number }> {
  const w = windowOf(windowSeconds, now)
  const rows = await sql(Prisma.sql`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt") VALUES (${key}, ${w.start}, 1, ${w.end})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`, 'rate-count')
  if (Math.random() < 0.005) void sweep(sql, now)
  return { count: countOf(rows, 1), retryAfter: w.retryAfter }
}

/** The driver reads an `int` as a number; anything else here is a changed schema, said loudly rather than counted as 0. */
function countOf(rows: unknown[], absent: number): number {
  const row = rows[0] as { count?: unknown } | undefined
  if (row === undefined) return absent
  if (typeof row.count !== 'number') throw new Error(`RateLimitCounter.count read as ${typeof row.count}`)
  return row.count
}

/** The count under `key` in this window, without adding to it. */
export async function peekCount(sql: HotSql, key: string, windowSeconds: number, now = Date.now()): Promise<{ count: number; retryAfter: number }> {
  const w = windowOf(windowSeconds, now)
  const rows = await sql(Prisma.sql`SELECT "count" FROM "RateLimitCounter" WHERE "key" = ${key} AND "windowStart" = ${w.start}`, 'rate-peek')
  return { count: countOf(rows, 0), retryAfter: w.retryAfter }
}

export async function clearCount(sql: HotSql, key: string): Promise<void> {
  await sql(Prisma.sql`DELETE FROM "RateLimitCounter" WHERE "key" = ${key}`)
}

/** Drops ended windows now and then, so the table stays the size of the last quarter of an hour. */
async function sweep(sql: HotSql, now: number) {
  await sql(Prisma.sql`DELETE FROM "RateLimitCounter" WHERE "expiresAt" < ${new Date(now)}`).catch(() => undefined)
}
