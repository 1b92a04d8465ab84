import { Prisma } from '@zhilian/db'
import { buildChainMajorMap, indexCities, type RecommendContext } from '@zhilian/shared'
import { ChainRelevanceSchema } from '@zhilian/shared/contracts/admin'
import { z } from 'zod'
import { perDatabase } from './per-database'
import type { HotSql } from './types'

/**
 * The reference data every recommendation reads — all chain–major links, every city's centroid, every chain's
 * name — kept in the process and keyed by a fingerprint of those three tables that the request's first
 * statement computes in the database (`referenceVersion`). Chains and their majors are edited by administrators
 * (decision 020), in this process or another, or by SQL: whichever way, the next request reads a new fingerprint
 * and reloads, so there is no invalidation call to forget. The fingerprint is a row count and a sum of row hashes
 * per table: no sort, ≈ 0.5–1 ms at province scale, where an ordered `md5(string_agg(…))` took 14–37 ms on the
 * loaded machine. Whole tables, not the chains in play: a superset map answers every lookup the same (≈ 400 links,
 * 16 cities, 19 chains).
 */
export const referenceVersion = Prisma.sql`(
  (SELECT count(*) || '.' || coalesce(sum(hashtext(cm."chainId" || ':' || cm."majorCode" || ':' || cm."relevance"::text)), 0) FROM "ChainMajor" cm)
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(ch."id" || ':' || ch."name")), 0) FROM "IndustryChain" ch)
  || '/' || (SELECT count(*) || '.' || coalesce(sum(hashtext(c."adcode" || ':' || c."name" || ':' || c."lon" || ':' || c."lat")), 0) FROM "City" c))`

const ReferenceRowSchema = z.object({
  version: z.string(),
  links: z.array(z.object({ chainId: z.string(), majorCode: z.string(), relevance: ChainRelevanceSchema })),
  cities: z.array(z.object({ adcode: z.string(), name: z.string(), lon: z.number(), lat: z.number() })),
  chains: z.array(z.object({ id: z.string(), name: z.string() })),
})

// One per database (lib/per-database), keyed by its statement runner.
const cache = perDatabase<{ version: string; ctx: RecommendContext }>()

/** The context for `version`: from memory when it is current, else reloaded in one statement. */
export async function recommendContext(sql: HotSql, version: string): Promise<RecommendContext> {
  const cached = cache.get(sql)
  if (cached?.version === version) return cached.ctx
  const [raw] = await sql(Prisma.sql`SELECT ${referenceVersion} AS "version",
    (SELECT coalesce(json_agg(json_build_object('chainId', l."chainId", 'majorCode', l."majorCode", 'relevance', l."relevance")), '[]') FROM "ChainMajor" l) AS "links",
    (SELECT coalesce(json_agg(json_build_object('adcode', c."adcode", 'name', c."name", 'lon', c."lon", 'lat', c."lat")), '[]') FROM "City" c) AS "cities",
    (SELECT coalesce(json_agg(json_build_object('id', ch."id", 'name', ch."name")), '[]') FROM "IndustryChain" ch) AS "chains"`)
  const row = ReferenceRowSchema.parse(raw)
  const ctx: RecommendContext = {
    chainMajors: buildChainMajorMap(row.links),
    cities: indexCities(row.cities),
    chainNames: Object.fromEntries(row.chains.map((c) => [c.id, c.name])),
  }
  // Keyed by the version read with the data, so a change landing between the two statements is not hidden.
  cache.set(sql, { version: row.version, ctx })
  return ctx
}
