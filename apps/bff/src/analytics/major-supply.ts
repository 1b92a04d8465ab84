/**
 * The province's supply per major — graduates of the latest cohort plus students of every grade, summed over
 * each verified college's current approved 附件1 (the same lists loadSupplyFacts reads) — and the cities whose
 * colleges offer it. The text ranking breaks ties between majors on it: more supply first, then the nearer
 * supply (rules/match-text, decision 018). Kept in the process and keyed by a fingerprint of the counted lists
 * and of the colleges (city, verification) that every call computes in the database, as lib/recommend-context
 * does for chains and cities: a list's rows are written only when a version is approved (decision 015), which
 * changes `approvedVersion`/`approvedAt`, so an approval in any process reloads it on the next call.
 */
import { Prisma } from '@zhilian/db'
import { cityDistanceKm, type CityIndex } from '@zhilian/shared'
import { z } from 'zod'
import { perDatabase } from '../lib/per-database'
import type { Db } from '../lib/types'
import { LATEST_COUNTED_SUPPLY_LISTS, countedSql } from './counted'

export interface MajorSupply {
  version: string
  /** Latest cohort + all grades per major, province-wide. */
  supplyByMajor: ReadonlyMap<string, number>
  /** Cities with a verified college offering the major. */
  citiesByMajor: ReadonlyMap<string, readonly string[]>
  /** Per major, its supply per city: the peers a student of that major meets there (student ties, rules/recommend). */
  supplyByMajorCity: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** nearestKmFrom's answers per job city (≤ 16 cities). */
  nearest: Map<string, ReadonlyMap<string, number>>
}

const RowsSchema = z.array(z.object({ majorCode: z.string(), cityCode: z.string(), supply: z.number() })).nullable()
const VersionRowSchema = z.object({ version: z.string(), rows: RowsSchema })

/** Row count and a sum of row hashes (no sort) over the counted lists and the colleges: ≈ 1 ms at province scale. */
const VERSION_SQL = `(
  (SELECT count(*) || '.' || coalesce(sum(hashtext(l."id" || ':' || l."collegeId" || ':' || l."year" || ':' || l."approvedVersion" || ':' || coalesce(l."approvedAt"::text, ''))), 0)
     FROM "SupplyList" l WHERE ${countedSql('l')})
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(o."id" || ':' || o."cityCode" || ':' || o."verification"::text)), 0)
     FROM "Organization" o WHERE o."kind" = 'college'))`

/** The fingerprint as a fragment, for a request whose first statement reads it beside other things (student-sql). */
export const majorSupplyVersion = Prisma.raw(VERSION_SQL)

/** Per major and city: supply summed over the colleges there. */
const ROWS_SQL = `(SELECT coalesce(json_agg(json_build_object('majorCode', r."majorCode", 'cityCode', r."cityCode", 'supply', r."supply")), '[]')
  FROM (
    SELECT mo."majorCode", col."cityCode", sum(
      coalesce((SELECT sum(e."count") FROM "Enrolment" e WHERE e."listId" = mo."listId" AND e."majorCode" = mo."majorCode"), 0)
      + coalesce((SELECT g."count" FROM "GraduateCohort" g WHERE g."listId" = mo."listId" AND g."majorCode" = mo."majorCode" ORDER BY g."year" DESC LIMIT 1), 0)
    )::int AS "supply"
    FROM "MajorOffering" mo
    JOIN (${LATEST_COUNTED_SUPPLY_LISTS}) cur ON cur.id = mo."listId"
    JOIN "SupplyList" l ON l.id = mo."listId"
    JOIN "Organization" col ON col.id = l."collegeId" AND col."verification" = 'verified'
    GROUP BY mo."majorCode", col."cityCode") r)`

// One per database (lib/per-database).
const cache = perDatabase<MajorSupply>()

/**
 * One statement: the fingerprint, and the per-major rows only when it differs from the cached one (the rows'
 * subquery sits in the CASE branch, which PostgreSQL evaluates only when taken).
 */
export async function majorSupply(db: Db): Promise<MajorSupply> {
  const cached = cache.get(db)
  const [raw] = await db.$queryRawUnsafe<unknown[]>(
    `SELECT v."version", CASE WHEN v."version" = $1 THEN NULL ELSE ${ROWS_SQL} END AS "rows" FROM (SELECT ${VERSION_SQL} AS "version") v`,
    cached?.version ?? '',
  )
  const row = VersionRowSchema.parse(raw)
  if (cached && row.rows === null) return cached
  const supplyByMajor = new Map<string, number>()
  const citiesByMajor = new Map<string, string[]>()
  const supplyByMajorCity = new Map<string, Map<string, number>>()
  for (const r of row.rows ?? []) {
    supplyByMajor.set(r.majorCode, (supplyByMajor.get(r.majorCode) ?? 0) + r.supply)
    citiesByMajor.set(r.majorCode, [...(citiesByMajor.get(r.majorCode) ?? []), r.cityCode])
    const byCity = supplyByMajorCity.get(r.majorCode) ?? supplyByMajorCity.set(r.majorCode, new Map()).get(r.majorCode)!
    byCity.set(r.cityCode, r.supply)
  }
  const fresh = { version: row.version, supplyByMajor, citiesByMajor, supplyByMajorCity, nearest: new Map() }
  cache.set(db, fresh)
  return fresh
}

/** The cached supply when `version` (read by the caller's own statement) is current, else `majorSupply(db)`. */
export async function majorSupplyAt(db: Db, version: string | undefined): Promise<MajorSupply> {
  const cached = cache.get(db)
  return cached && cached.version === version ? cached : majorSupply(db)
}

/** Km from `cityCode` to the nearest city offering each major (majors with no known city are absent). */
export function nearestKmFrom(s: MajorSupply, cities: CityIndex, cityCode: string): ReadonlyMap<string, number> {
  let out = s.nearest.get(cityCode)
  if (out) return out
  const km = new Map<string, number>()
  for (const [major, at] of s.citiesByMajor) {
    let best = Number.POSITIVE_INFINITY
    for (const c of at) best = Math.min(best, cityDistanceKm(cities, cityCode, c) ?? Number.POSITIVE_INFINITY)
    if (best < Number.POSITIVE_INFINITY) km.set(major, best)
  }
  out = km
  s.nearest.set(cityCode, out)
  return out
}
