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
  maybeSweepCounters(sql, now)
  return { count: countOf(rows, 1), retryAfter: w.retryAfter }
}

/**
 * Counts a request inside the statement that serves it (decision 082): the desk and booth scans are one statement
 * each (decision 031), and counting them by address and by user as two statements of their own tripled the round
 * trips. `counted` names the keys, their limits and their windows; the statement adds `countedCtes` to its WITH list,
 * writes nothing unless `WITHIN_LIMITS`, and returns `LIMITED_KEYS` so the handler answers 429 as `countHit`'s
 * callers do. Nothing to count (RATE_LIMIT=off): empty arrays, the same statement text (decision 053's prepared name).
 */
export interface Counted { keys: string[]; limits: number[]; starts: string[]; ends: string[]; retryAfter: number[] }

export const NOTHING_COUNTED: Counted = { keys: [], limits: [], starts: [], ends: [], retryAfter: [] }

/** One key per window, as `countHit` would count it; the window bounds go as ISO text (see hot-sql's driverParams). */
export function countedKeys(entries: readonly (readonly [string, Window])[], now = Date.now()): Counted {
  const counted: Counted = { keys: [], limits: [], starts: [], ends: [], retryAfter: [] }
  for (const [key, window] of entries) {
    const w = windowOf(window.windowSeconds, now)
    counted.keys.push(key)
    counted.limits.push(window.limit)
    counted.starts.push(w.start.toISOString())
    counted.ends.push(w.end.toISOString())
    counted.retryAfter.push(w.retryAfter)
  }
  return counted
}

/** The CTEs `cnt` (the same upsert as `countHit`, one row per key) and `lim` (the keys now over their limit). */
export const countedCtes = (c: Counted) => Prisma.sql`
    cnt AS (
      INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt")
      SELECT t."key", t."start"::timestamp(3), 1, t."end"::timestamp(3)
      FROM unnest(${c.keys}::text[], ${c.starts}::text[], ${c.ends}::text[]) AS t("key", "start", "end")
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
      RETURNING "key", "count"),
    lim AS (
      SELECT COALESCE(array_agg(cnt."key") FILTER (WHERE cnt."count" > l."limit"), '{}') AS "keys"
      FROM cnt JOIN unnest(${c.keys}::text[], ${c.limits}::int[]) AS l("key", "limit") ON l."key" = cnt."key")`

/** The condition every write of a counted statement carries. */
export const WITHIN_LIMITS = Prisma.sql`cardinality((SELECT "keys" FROM lim)) = 0`

/** The column naming the keys over their limit (an empty array when none is). */
export const LIMITED_KEYS = Prisma.sql`(SELECT "keys" FROM lim) AS "limited"`

/** Seconds until the longest of the limited keys' windows ends; 0 when none is limited. */
export function retryAfterOf(c: Counted, limited: readonly string[]): number {
  return Math.max(0, ...limited.map((key) => c.retryAfter[c.keys.indexOf(key)] ?? 1))
}

/** `countHit`'s occasional sweep, for the statements that count themselves. */
export function maybeSweepCounters(sql: HotSql, now = Date.now()) {
  if (Math.random() < 0.005) void sweep(sql, now)
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
