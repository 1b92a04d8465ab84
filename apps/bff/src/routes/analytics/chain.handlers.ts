import { AppError, JobType } from '@zhilian/shared'
import type { ChainAnalytics } from '@zhilian/shared/contracts/analytics'
import { graduatesByYear, groupSum } from '../../analytics/aggregate'
import { chainRows, coverageFor, demandIn, figuresOf, loadBalanceData, majorGaps, majorLines, scoped } from '../../analytics/balance'
import { citiesIn } from '../../analytics/context'
import { demandBySkill, demandByYear } from '../../analytics/demand'
import { resolveYear } from '../../analytics/list-facts'
import type { AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './analytics.routes'

export async function findChain(db: Db, id: string) {
  const chain = await db.industryChain.findUnique({ where: { id }, select: { id: true, name: true } })
  if (!chain) throw new AppError('NOT_FOUND', { userMessage: '产业链不存在' })
  return chain
}

const desc = <T extends { headcount?: number; supply?: number }>(a: T, b: T) => (b.headcount ?? b.supply ?? 0) - (a.headcount ?? a.supply ?? 0)
const counts = (m: Record<string, number> | undefined) => ({
  enrolment: Math.round(m?.enrolment ?? 0), graduates: Math.round(m?.graduates ?? 0), supply: Math.round(m?.supply ?? 0),
})

/** One chain for a year: its row of the yearly report (balance.ts computes both), then the breakdowns behind it. */
export const chain: AppRouteHandler<typeof routes.chain> = async (c) => {
  const { id } = c.req.valid('param')
  const q = c.req.valid('query')
  const db = c.var.db
  const found = await findChain(db, id)
  const year = await resolveYear(db, q.year)
  const data = await loadBalanceData(db, year)
  const cityCodes = citiesIn(data.ctx, q)
  const scope = { chainId: id, cityCodes }
  const [bySkill, demandTrend] = await Promise.all([demandBySkill(db, { year, chainId: id, cityCodes }), demandByYear(db, { chainId: id, cityCodes })])
  const cityName = (code: string) => data.ctx.cities[code]?.name ?? code
  const supply = scoped(data.supply, scope)
  const weighted = ({ row, w }: (typeof supply)[number]) => ({ enrolment: row.enrolment * w, graduates: row.expected * w, supply: row.entrants * w })
  const demand = demandIn(data, scope).cells
  const df = (r: (typeof demand)[number]) => ({ headcount: r.headcount, jobs: r.jobs })

  const body: ChainAnalytics = {
    chain: found,
    filters: { year, circle: q.circle ?? null, cityCode: q.cityCode ?? null },
    figures: figuresOf(data, scope, coverageFor(data, id), found.name),
    supply: {
      byMajor: majorLines(data, scope).filter((m) => m.enrolment > 0 || m.graduates > 0)
        .map((m) => ({ majorCode: m.majorCode, majorName: m.majorName, enrolment: m.enrolment, graduates: m.graduates, supply: m.supply })).sort(desc),
      byCollege: [...groupSum(supply, (x) => x.row.collegeId, weighted)].map(([collegeId, m]) => {
        const r = supply.find((x) => x.row.collegeId === collegeId)!.row
        return { collegeId, collegeName: r.collegeName, cityCode: r.cityCode, ...counts(m) }
      }).sort(desc),
      byCity: [...groupSum(supply, (x) => x.row.cityCode, weighted)].map(([cityCode, m]) => ({ cityCode, cityName: cityName(cityCode), ...counts(m) })).sort(desc),
    },
    demand: {
      bySkill,
      byJobType: [...groupSum(demand, (r) => r.type, df)].map(([type, m]) => ({ type, label: JobType.labels[type], headcount: m.headcount ?? 0, jobs: m.jobs ?? 0 })).sort(desc),
      byCity: [...groupSum(demand, (r) => r.cityCode, df)].map(([cityCode, m]) => ({ cityCode, cityName: cityName(cityCode), headcount: m.headcount ?? 0, jobs: m.jobs ?? 0 })).sort(desc),
    },
    gap: majorGaps(data, scope),
    trend: { graduates: graduatesByYear(supply.map((x) => x.row)), demand: demandTrend },
  }
  return c.json(body, 200)
}

/** Every active chain's row of the yearly report for the year. */
export const chains: AppRouteHandler<typeof routes.chains> = async (c) => {
  const db = c.var.db
  const year = await resolveYear(db, c.req.valid('query').year)
  const data = await loadBalanceData(db, year)
  return c.json({ year, items: chainRows(data) }, 200)
}
