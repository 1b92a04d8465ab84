import { AppError, matchSupply } from '@zhilian/shared'
import { SHANDONG_TILE_GRID, type MapCity } from '@zhilian/shared/contracts/analytics'
import type { CityFigures, PairKey } from '@zhilian/shared/contracts/reports'
import { groupSum } from '../../analytics/aggregate'
import { cityRows, coverageFor, demandIn, loadBalanceData, majorGaps, scoped } from '../../analytics/balance'
import { loadDemandFacts } from '../../analytics/demand'
import { loadSupplyFacts } from '../../analytics/facts'
import { majorSupply } from '../../analytics/major-supply'
import { resolveYear } from '../../analytics/list-facts'
import { candidateMajors, demandForMatch, supplyRowOf } from '../../analytics/match-input'
import type { AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './map.routes'

type MapColour = MapCity['colour']

/** How many of a city's jobs get a "best match" line. */
const BEST_MATCH_JOBS = 5

async function assertChain(db: Db, chainId?: string) {
  if (chainId && !(await db.industryChain.findUnique({ where: { id: chainId }, select: { id: true } }))) {
    throw new AppError('NOT_FOUND', { userMessage: '产业链不存在' })
  }
}

/** A city's report row as a tile, coloured by the chosen pair's reading (withheld where coverage is too low). */
function tile(row: CityFigures, pair: PairKey): MapCity {
  const b = row[pair]
  const grid = SHANDONG_TILE_GRID.tiles[row.cityCode]
  if (!grid) throw new Error(`city ${row.cityCode} has no tile`)
  const colour: MapColour = b.supply <= 0 && b.demand <= 0 ? 'no_data'
    : b.verdict === 'withheld' ? 'withheld'
    : b.status === 'oversupplied' ? 'surplus' : b.status === 'undersupplied' ? 'shortage' : (b.status ?? 'no_data')
  return { adcode: row.cityCode, name: row.name, circle: row.circle, grid, supply: b.supply, demand: b.demand, enrolment: row.enrolment, ratio: b.ratio, colour }
}

export const map: AppRouteHandler<typeof routes.map> = async (c) => {
  const { chainId, year: asked, pair } = c.req.valid('query')
  const db = c.var.db
  await assertChain(db, chainId)
  const year = await resolveYear(db, asked)
  const data = await loadBalanceData(db, year)
  return c.json({
    chainId: chainId ?? null, year, pair, coverage: coverageFor(data, chainId),
    grid: { rows: SHANDONG_TILE_GRID.rows, cols: SHANDONG_TILE_GRID.cols },
    cities: cityRows(data, chainId).map((row) => tile(row, pair)),
  }, 200)
}

export const city: AppRouteHandler<typeof routes.city> = async (c) => {
  const { adcode } = c.req.valid('param')
  const { chainId, year, pair } = c.req.valid('query')
  const db = c.var.db
  await assertChain(db, chainId)
  const [data, perMajor] = await Promise.all([resolveYear(db, year).then((y) => loadBalanceData(db, y)), majorSupply(db)])
  // The province's supply per major orders text-equal majors for the best matches (decision 018).
  const ctx = { ...data.ctx, majorSupply: perMajor }
  const row = cityRows(data, chainId).find((x) => x.cityCode === adcode)
  if (!row) throw new AppError('NOT_FOUND', { userMessage: '城市不存在' })
  const scope = { chainId, cityCodes: [adcode] }
  const supply = scoped(data.supply, scope).map((x) => x.row)
  const demand = demandIn(data, scope)
  const top = await loadDemandFacts(db, { chainId, year, cityCodes: [adcode], orderBy: 'headcount', take: BEST_MATCH_JOBS })

  const colleges = [...groupSum(supply, (r) => r.collegeId, (r) => ({ enrolment: r.enrolment, graduates: r.expected, majors: 1 }))]
    .map(([collegeId, m]) => ({ collegeId, name: supply.find((r) => r.collegeId === collegeId)!.collegeName, enrolment: m.enrolment ?? 0, graduates: m.graduates ?? 0, majors: m.majors ?? 0 }))
    .sort((a, b) => b.graduates - a.graduates)
  const enterprises = [...groupSum(demand.cells, (r) => r.orgId, (r) => ({ headcount: r.headcount, jobs: r.jobs }))]
    .map(([orgId, m]) => ({ orgId, name: demand.cells.find((r) => r.orgId === orgId)!.orgName, headcount: m.headcount ?? 0, jobs: m.jobs ?? 0 }))
    .sort((a, b) => b.headcount - a.headcount)

  // Best matches look province-wide for supply: the city's jobs may be staffed from anywhere.
  const codes = candidateMajors(top, ctx)
  const pool = top.length ? await loadSupplyFacts(db, { majorCodes: codes }) : []
  const rows = pool.map((f) => supplyRowOf(f))
  const bestMatches = top.flatMap((d) => {
    const best = matchSupply(demandForMatch(d, ctx), rows, ctx)[0]
    return best ? [{
      jobId: d.jobId, title: d.title, orgName: d.orgName, headcount: d.headcount, collegeId: best.row.collegeId, collegeName: best.row.collegeName,
      majorName: best.row.majorName, score: best.score, reason: best.reasons[0] ?? '',
    }] : []
  })

  return c.json({ city: tile(row, pair), colleges, enterprises, gap: majorGaps(data, scope), bestMatches }, 200)
}
