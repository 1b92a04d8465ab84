import { buildChainMajorMap, indexCities, type MatchContext } from '@zhilian/shared'
import type { Db } from '../lib/types'
import { majorSupply, type MajorSupply } from './major-supply'

export interface CityRow { adcode: string; name: string; circle: string; lon: number; lat: number }

export interface AnalysisContext extends MatchContext {
  cityRows: CityRow[]
  chainNames: Record<string, string>
  majorNames: Record<string, string>
}

/**
 * Chain–major links (all chains, or the ones named), the 16 cities and the names reasons quote.
 * Reference tables are small (≈260 links, 16 cities, 19 chains), so one round trip each.
 */
export async function loadContext(db: Db, chainIds?: readonly string[]): Promise<AnalysisContext> {
  const where = chainIds ? { chainId: { in: [...chainIds] } } : {}
  const [links, cityRows, chains] = await Promise.all([
    db.chainMajor.findMany({ where, select: { chainId: true, majorCode: true, relevance: true, major: { select: { name: true } } } }),
    db.city.findMany({ select: { adcode: true, name: true, circle: true, lon: true, lat: true }, orderBy: { adcode: 'asc' } }),
    db.industryChain.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  ])
  return {
    chainMajors: buildChainMajorMap(links),
    cities: indexCities(cityRows),
    cityRows,
    chainNames: Object.fromEntries(chains.map((c) => [c.id, c.name])),
    majorNames: Object.fromEntries(links.map((l) => [l.majorCode, l.major.name])),
  }
}

/** What a page matching jobs to majors reads: the analysis context plus the province's supply per major. */
export type MatchingContext = AnalysisContext & { majorSupply?: MajorSupply }

/** loadContext and the supply per major (cached for the process, analytics/major-supply) in parallel. */
export async function loadMatchingContext(db: Db, chainIds?: readonly string[]): Promise<MatchingContext> {
  const [ctx, supply] = await Promise.all([loadContext(db, chainIds), majorSupply(db)])
  return { ...ctx, majorSupply: supply }
}

/** Cities named by a filter: one city, an economic circle, or all (undefined). */
export function citiesIn(ctx: AnalysisContext, f: { cityCode?: string; circle?: string }): string[] | undefined {
  if (f.cityCode) return [f.cityCode]
  if (f.circle) return ctx.cityRows.filter((c) => c.circle === f.circle).map((c) => c.adcode)
  return undefined
}
