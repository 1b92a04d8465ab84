/**
 * Fixed-window counters in the database (RateLimitCounter, UNLOGGED), so every BFF process on the same database
 * counts together: one upsert per counted request, atomic under concurrency on PGlite and PostgreSQL alike.
 */
import type { Db } from '../types'

export interface Window { limit: number; windowSeconds: number }

const windowOf = (windowSeconds: number, now: number) => {
  const size = windowSeconds * 1000
  const start = Math.floor(now / size) * size
  return { start: new Date(start), end: new Date(start + size), retryAfter: Math.max(1, Math.ceil((start + size - now) / 1000)) }
}

/** Counts one more under `key`; answers the count in this window and the seconds until it ends. */
export async function countHit(db: Db, key: string, windowSeconds: number, now = Date.now()): Promise<{ count: number; retryAfter: number }> {
  const w = windowOf(windowSeconds, now)
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt") VALUES (${key}, ${w.start}, 1, ${w.end})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`
  if (Math.random() < 0.005) void sweep(db, now)
  return { count: Number(rows[0]?.count ?? 1), retryAfter: w.retryAfter }
}

/** The count under `key` in this window, without adding to it. */
export async function peekCount(db: Db, key: string, windowSeconds: number, now = Date.now()): Promise<{ count: number; retryAfter: number }> {
  const w = windowOf(windowSeconds, now)
  const rows = await db.$queryRaw<{ count: number }[]>`SELECT "count" FROM "RateLimitCounter" WHERE "key" = ${key} AND "windowStart" = ${w.start}`
  return { count: Number(rows[0]?.count ?? 0), retryAfter: w.retryAfter }
}

export async function clearCount(db: Db, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "key" = ${key}`
}

/** Drops ended windows now and then, so the table stays the size of the last quarter of an hour. */
async function sweep(db: Db, now: number) {
  await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "expiresAt" < ${new Date(now)}`.catch(() => undefined)
}
