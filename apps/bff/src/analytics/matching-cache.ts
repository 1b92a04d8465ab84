/**
 * What one job's supply matching reads besides the job — the reference data (all chain–major links, cities,
 * chains, major names) and every counted supply row, indexed by major — kept in the process and keyed by
 * fingerprints the request's own statement computes (decision 038), as lib/recommend-context and
 * analytics/major-supply do. Loading them per request was 17 of the 19 statements of
 * GET /api/matching/jobs/:id/supply and most of its CPU (Prisma stitching ≈ 6,500 supply rows' relations);
 * at province scale the whole supply is ≈ 6,500 college × major rows, a few MiB held once.
 *
 * Why the fingerprints are enough: a supply list's rows (offerings, enrolment, cohorts, destinations) are written
 * only when a version is approved (decision 015), which changes the list's `approvedVersion`/`approvedAt`
 * (majorSupplyVersion); college names and verification, major names, links, cities and chains are hashed row by
 * row. An edit in any process, or by SQL, changes a fingerprint, and the next request reloads.
 */
import { Prisma } from '@zhilian/db'
import { perDatabase, type PerDatabase } from '../lib/per-database'
import type { Db } from '../lib/types'
import { loadContext, type AnalysisContext, type MatchingContext } from './context'
import { loadSupplyFacts } from './facts'
import { majorSupplyAt, majorSupplyVersion } from './major-supply'
import { supplyRowOf, type FactRow } from './match-input'

/** Count and sum of row hashes (no sort) of everything loadContext reads. */
export const matchingReferenceVersion = Prisma.sql`(
  (SELECT count(*) || '.' || coalesce(sum(hashtext(concat_ws(':', cm."chainId", cm."majorCode", cm."relevance"))), 0) FROM "ChainMajor" cm)
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(concat_ws(':', ch."id", ch."name", ch."sortOrder"))), 0) FROM "IndustryChain" ch)
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(concat_ws(':', c."adcode", c."name", c."circle", c."lon", c."lat"))), 0) FROM "City" c)
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(concat_ws(':', m."code", m."name"))), 0) FROM "Major" m))`

/** The supply rows' fingerprint: the counted lists and colleges (major-supply's), plus the names the rows quote. */
export const supplyRowsVersion = Prisma.sql`(${majorSupplyVersion}
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(concat_ws(':', o."id", o."name"))), 0) FROM "Organization" o WHERE o."kind" = 'college')
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(concat_ws(':', m."code", m."name"))), 0) FROM "Major" m))`

export interface MatchingVersions {
  referenceVersion: string
  /** majorSupplyVersion, for the per-major supply the text ranking breaks ties on. */
  supplyVersion: string
  rowsVersion: string
}

type Kept<T> = { version: string; value: Promise<T> }
// One of each per database (lib/per-database): equal fingerprints in two databases must not share an answer.
const references = perDatabase<Kept<AnalysisContext>>()
const rowsByDb = perDatabase<Kept<ReadonlyMap<string, readonly FactRow[]>>>()

/**
 * What `load` gave for `version` in this database, else a new load. Cached as a promise, so requests arriving during
 * a reload share it; a failed load is not kept.
 */
function keptAt<T>(cache: PerDatabase<Kept<T>>, db: Db, version: string, load: (db: Db) => Promise<T>): Promise<T> {
  const kept = cache.get(db)
  if (kept?.version === version) return kept.value
  const value = load(db)
  cache.set(db, { version, value })
  value.catch(() => { if (cache.get(db)?.value === value) cache.set(db, undefined) })
  return value
}

/** The context for every chain (a superset answers each job's chain lookups as the chain's own links do). */
const referenceAt = (db: Db, version: string) => keptAt(references, db, version, (d) => loadContext(d))

async function loadRowsByMajor(db: Db): Promise<ReadonlyMap<string, readonly FactRow[]>> {
  const byMajor = new Map<string, FactRow[]>()
  for (const f of await loadSupplyFacts(db)) {
    const list = byMajor.get(f.majorCode)
    if (list) list.push(supplyRowOf(f))
    else byMajor.set(f.majorCode, [supplyRowOf(f)])
  }
  return byMajor
}

/** Every counted supply row by major, as loadSupplyFacts gives them. */
const rowsAt = (db: Db, version: string) => keptAt(rowsByDb, db, version, loadRowsByMajor)

/**
 * The matching context and the supply rows by major for the fingerprints read by the caller's statement. Keyed by
 * the version read before the data, so a change landing while loading is seen by the next request.
 */
export async function matchingAt(db: Db, v: MatchingVersions): Promise<{ ctx: MatchingContext; rowsByMajor: ReadonlyMap<string, readonly FactRow[]> }> {
  const [ctx, majorSupply, rowsByMajor] = await Promise.all([referenceAt(db, v.referenceVersion), majorSupplyAt(db, v.supplyVersion), rowsAt(db, v.rowsVersion)])
  return { ctx: { ...ctx, majorSupply }, rowsByMajor }
}
