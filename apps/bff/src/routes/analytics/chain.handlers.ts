import { AppError, JobType } from '@zhilian/shared'
import type { ChainAnalytics } from '@zhilian/shared/contracts/analytics'
import { demandTotals, gapByMajor, graduatesByYear, groupSum, ratioOf, supplyTotals } from '../../analytics/aggregate'
import { citiesIn, loadContext } from '../../analytics/context'
import { demandBySkill, demandByYear, filterDemand, loadDemand } from '../../analytics/demand'
import { loadSupplyFacts } from '../../analytics/facts'
import type { AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './analytics.routes'

export async function findChain(db: Db, id: string) {
  const chain = await db.industryChain.findUnique({ where: { id }, select: { id: true, name: true } })
  if (!chain) throw new AppError('NOT_FOUND', { userMessage: '产业链不存在' })
  return chain
}

const desc = <T extends { headcount?: number; enrolment?: number }>(a: T, b: T) => (b.headcount ?? b.enrolment ?? 0) - (a.headcount ?? a.enrolment ?? 0)

export const chain: AppRouteHandler<typeof routes.chain> = async (c) => {
  const { id } = c.req.valid('param')
  const q = c.req.valid('query')
  const db = c.var.db
  const found = await findChain(db, id)
  const ctx = await loadContext(db, [id])
  const cityCodes = citiesIn(ctx, q)
  const demandFilter = { year: q.year, chainId: id, cityCodes }
  const [supply, demand, bySkill, demandTrend] = await Promise.all([
    loadSupplyFacts(db, { year: q.year, chainId: id, cityCodes }),
    loadDemand(db, demandFilter),
    demandBySkill(db, demandFilter),
    demandByYear(db, { chainId: id, cityCodes }),
  ])
  const cityName = (code: string) => ctx.cities[code]?.name ?? code
  const counts = (m: Record<string, number> | undefined) => ({ enrolment: m?.enrolment ?? 0, graduates: m?.graduates ?? 0 })
  const sf = (r: (typeof supply)[number]) => ({ enrolment: r.enrolment, graduates: r.graduates })
  const df = (r: (typeof demand.cells)[number]) => ({ headcount: r.headcount, jobs: r.jobs })

  const body: ChainAnalytics = {
    chain: found,
    filters: { year: q.year ?? null, circle: q.circle ?? null, cityCode: q.cityCode ?? null },
    supply: {
      totals: supplyTotals(supply),
      byMajor: [...groupSum(supply, (r) => r.majorCode, sf)]
        .map(([majorCode, m]) => ({ majorCode, majorName: supply.find((r) => r.majorCode === majorCode)!.majorName, ...counts(m) })).sort(desc),
      byCollege: [...groupSum(supply, (r) => r.collegeId, sf)].map(([collegeId, m]) => {
        const r = supply.find((x) => x.collegeId === collegeId)!
        return { collegeId, collegeName: r.collegeName, cityCode: r.cityCode, ...counts(m) }
      }).sort(desc),
      byCity: [...groupSum(supply, (r) => r.cityCode, sf)].map(([cityCode, m]) => ({ cityCode, cityName: cityName(cityCode), ...counts(m) })).sort(desc),
    },
    demand: {
      totals: demandTotals(demand.cells),
      bySkill,
      byJobType: [...groupSum(demand.cells, (r) => r.type, df)].map(([type, m]) => ({ type, label: JobType.labels[type], headcount: m.headcount ?? 0, jobs: m.jobs ?? 0 })).sort(desc),
      byCity: [...groupSum(demand.cells, (r) => r.cityCode, df)].map(([cityCode, m]) => ({ cityCode, cityName: cityName(cityCode), headcount: m.headcount ?? 0, jobs: m.jobs ?? 0 })).sort(desc),
    },
    gap: gapByMajor(supply, demand, ctx.chainMajors, ctx.majorNames),
    trend: { graduates: graduatesByYear(supply), demand: demandTrend },
  }
  return c.json(body, 200)
}

export const chains: AppRouteHandler<typeof routes.chains> = async (c) => {
  const db = c.var.db
  const [ctx, supply, demand] = await Promise.all([loadContext(db), loadSupplyFacts(db), loadDemand(db)])
  const items = Object.entries(ctx.chainNames).map(([chainId, name]) => {
    const s = supplyTotals(supply.filter((r) => r.chainIds.includes(chainId)))
    const d = demandTotals(filterDemand(demand, (r) => r.chainId === chainId).cells)
    return {
      chainId, name, colleges: s.colleges, enterprises: d.enterprises, enrolment: s.enrolment, graduates: s.graduates,
      openHeadcount: d.headcount, ratio: ratioOf(s.graduates, d.headcount),
    }
  })
  return c.json({ items }, 200)
}
