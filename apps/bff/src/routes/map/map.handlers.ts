import { AppError, matchSupply } from '@zhilian/shared'
import { SHANDONG_TILE_GRID, type MapCity } from '@zhilian/shared/contracts/analytics'
import { colourOf, gapByMajor, groupSum, ratioOf } from '../../analytics/aggregate'
import { loadContext, type AnalysisContext, type CityRow } from '../../analytics/context'
import { filterDemand, loadDemand, loadDemandFacts, type DemandSet } from '../../analytics/demand'
import { loadSupplyFacts, type SupplyFact } from '../../analytics/facts'
import { demandForMatch, supplyRowOf } from '../../analytics/match-input'
import type { AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './map.routes'

/** How many of a city's jobs get a "best match" line. */
const BEST_MATCH_JOBS = 5

async function assertChain(db: Db, chainId?: string) {
  if (chainId && !(await db.industryChain.findUnique({ where: { id: chainId }, select: { id: true } }))) {
    throw new AppError('NOT_FOUND', { userMessage: '产业链不存在' })
  }
}

function tile(city: CityRow, supply: readonly SupplyFact[], demand: DemandSet): MapCity {
  const graduates = supply.reduce((s, r) => s + r.graduates, 0)
  const need = demand.cells.reduce((s, r) => s + r.headcount, 0)
  const grid = SHANDONG_TILE_GRID.tiles[city.adcode]
  if (!grid) throw new Error(`city ${city.adcode} has no tile`)
  return {
    adcode: city.adcode, name: city.name, circle: city.circle, grid,
    supply: graduates, enrolment: supply.reduce((s, r) => s + r.enrolment, 0), demand: need,
    ratio: ratioOf(graduates, need), colour: colourOf(graduates, need),
  }
}

export function mapTiles(ctx: AnalysisContext, supply: readonly SupplyFact[], demand: DemandSet): MapCity[] {
  return ctx.cityRows.map((city) => tile(city, supply.filter((r) => r.cityCode === city.adcode), filterDemand(demand, (r) => r.cityCode === city.adcode)))
}

export const map: AppRouteHandler<typeof routes.map> = async (c) => {
  const { chainId, year } = c.req.valid('query')
  const db = c.var.db
  await assertChain(db, chainId)
  const [ctx, supply, demand] = await Promise.all([loadContext(db), loadSupplyFacts(db, { chainId, year }), loadDemand(db, { chainId, year })])
  return c.json({ chainId: chainId ?? null, year: year ?? null, grid: { rows: SHANDONG_TILE_GRID.rows, cols: SHANDONG_TILE_GRID.cols }, cities: mapTiles(ctx, supply, demand) }, 200)
}

export const city: AppRouteHandler<typeof routes.city> = async (c) => {
  const { adcode } = c.req.valid('param')
  const { chainId, year } = c.req.valid('query')
  const db = c.var.db
  await assertChain(db, chainId)
  const ctx = await loadContext(db)
  const row = ctx.cityRows.find((x) => x.adcode === adcode)
  if (!row) throw new AppError('NOT_FOUND', { userMessage: '城市不存在' })
  const [supply, demand, top] = await Promise.all([
    loadSupplyFacts(db, { chainId, year, cityCodes: [adcode] }),
    loadDemand(db, { chainId, year, cityCodes: [adcode] }),
    loadDemandFacts(db, { chainId, year, cityCodes: [adcode], orderBy: 'headcount', take: BEST_MATCH_JOBS }),
  ])

  const colleges = [...groupSum(supply, (r) => r.collegeId, (r) => ({ enrolment: r.enrolment, graduates: r.graduates, majors: 1 }))]
    .map(([collegeId, m]) => ({ collegeId, name: supply.find((r) => r.collegeId === collegeId)!.collegeName, enrolment: m.enrolment ?? 0, graduates: m.graduates ?? 0, majors: m.majors ?? 0 }))
    .sort((a, b) => b.graduates - a.graduates)
  const enterprises = [...groupSum(demand.cells, (r) => r.orgId, (r) => ({ headcount: r.headcount, jobs: r.jobs }))]
    .map(([orgId, m]) => ({ orgId, name: demand.cells.find((r) => r.orgId === orgId)!.orgName, headcount: m.headcount ?? 0, jobs: m.jobs ?? 0 }))
    .sort((a, b) => b.headcount - a.headcount)

  // Best matches look province-wide for supply: the city's jobs may be staffed from anywhere.
  const codes = [...new Set(top.flatMap((d) => [...d.majorCodes, ...Object.keys(d.chainId ? ctx.chainMajors[d.chainId] ?? {} : {})]))]
  const pool = top.length ? await loadSupplyFacts(db, { majorCodes: codes }) : []
  const rows = pool.map((f) => supplyRowOf(f))
  const bestMatches = top.flatMap((d) => {
    const best = matchSupply(demandForMatch(d, ctx), rows, ctx)[0]
    return best ? [{
      jobId: d.jobId, title: d.title, orgName: d.orgName, headcount: d.headcount, collegeId: best.row.collegeId, collegeName: best.row.collegeName,
      majorName: best.row.majorName, score: best.score, reason: best.reasons[0] ?? '',
    }] : []
  })

  return c.json({
    city: tile(row, supply, demand), colleges, enterprises, gap: gapByMajor(supply, demand, ctx.chainMajors, ctx.majorNames), bestMatches,
  }, 200)
}
