import { FIT_THRESHOLDS, FORECAST_DAMPING, fitIndex, forecastNextYear, type FitIndexResult, type MajorFit } from '@zhilian/shared'
import type { Alert, FitItem } from '@zhilian/shared/contracts/analytics'
import { demandByMajor, graduatesByYear } from '../../analytics/aggregate'
import { loadContext, type AnalysisContext } from '../../analytics/context'
import { demandByYear, filterDemand, loadDemand, type DemandSet } from '../../analytics/demand'
import { loadSupplyFacts, type SupplyFact } from '../../analytics/facts'
import { orgInScope } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { Db } from '../../lib/types'
import type { AppRouteHandler } from '../../lib/types'
import { findChain } from './chain.handlers'
import type * as routes from './analytics.routes'

const enrolmentOf = (rows: readonly SupplyFact[]) => rows.map((r) => ({ majorCode: r.majorCode, count: r.enrolment }))

function item(id: string, name: string, cityCode: string, r: FitIndexResult, names: Record<string, string>): FitItem {
  const brief = (m: MajorFit) => ({ majorCode: m.majorCode, majorName: names[m.majorCode] ?? m.majorCode, enrolment: m.enrolment, demand: Math.round(m.demand * 10) / 10, ratio: m.ratio })
  return {
    id, name, cityCode, index: r.index, coverage: r.coverage, totalEnrolment: r.totalEnrolment, totalDemand: Math.round(r.totalDemand * 10) / 10,
    oversupplied: r.oversupplied.map(brief), undersupplied: r.undersupplied.map(brief),
  }
}

const namesOf = (ctx: AnalysisContext, supply: readonly SupplyFact[]) => ({ ...ctx.majorNames, ...Object.fromEntries(supply.map((r) => [r.majorCode, r.majorName])) })

/** Per city: the city's colleges' enrolment against the city's jobs. */
function cityFit(ctx: AnalysisContext, supply: readonly SupplyFact[], demand: DemandSet): FitItem[] {
  const names = namesOf(ctx, supply)
  return ctx.cityRows.map((city) => {
    const r = fitIndex(enrolmentOf(supply.filter((s) => s.cityCode === city.adcode)), demandByMajor(filterDemand(demand, (d) => d.cityCode === city.adcode), ctx.chainMajors))
    return item(city.adcode, city.name, city.adcode, r, names)
  })
}

/**
 * Per college: its enrolment against province-wide demand on the chains it serves (the chains its
 * list ties its majors to, or the one asked for). Colleges recruit and place province-wide, so
 * their own city's jobs alone would be too narrow a yardstick.
 */
function collegeFit(ctx: AnalysisContext, supply: readonly SupplyFact[], demand: DemandSet, chainId?: string): FitItem[] {
  const names = namesOf(ctx, supply)
  const colleges = new Map<string, SupplyFact[]>()
  for (const r of supply) colleges.set(r.collegeId, [...(colleges.get(r.collegeId) ?? []), r])
  return [...colleges].map(([collegeId, rows]) => {
    const chains = new Set(chainId ? [chainId] : rows.flatMap((r) => r.chainIds))
    const r = fitIndex(enrolmentOf(rows), demandByMajor(filterDemand(demand, (d) => !!d.chainId && chains.has(d.chainId)), ctx.chainMajors))
    return item(collegeId, rows[0]!.collegeName, rows[0]!.cityCode, r, names)
  }).sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : 1))
}

async function assertChain(db: Db, chainId: string | undefined) {
  if (chainId) await findChain(db, chainId)
}

export const fit: AppRouteHandler<typeof routes.fit> = async (c) => {
  const { level, chainId } = c.req.valid('query')
  const db = c.var.db
  await assertChain(db, chainId)
  const [ctx, supply, demand] = await Promise.all([loadContext(db), loadSupplyFacts(db, { chainId }), loadDemand(db, { chainId })])
  const items = level === 'city' ? cityFit(ctx, supply, demand) : collegeFit(ctx, supply, demand, chainId)
  return c.json({ level, chainId: chainId ?? null, thresholds: FIT_THRESHOLDS, items }, 200)
}

export const alerts: AppRouteHandler<typeof routes.alerts> = async (c) => {
  const user = currentUser(c)
  const db = c.var.db
  // Colleges see their own alerts; administrators the colleges their scope holds (decision 021).
  const scope = user.adminScope
  const collegeIds = !scope ? user.orgIds : scope.department === 'all' ? undefined
    : (await db.organization.findMany({ where: { kind: 'college', ...orgInScope(scope) }, select: { id: true } })).map((o) => o.id)
  const [ctx, supply, demand] = await Promise.all([loadContext(db), loadSupplyFacts(db, { collegeIds }), loadDemand(db)])
  const items: Alert[] = []
  for (const f of collegeFit(ctx, supply, demand)) {
    const flagged = [
      ...f.oversupplied.map((m) => ({ m, status: 'oversupplied' as const, word: '招生规模超出产业需求，建议控制招生或调整方向' })),
      ...f.undersupplied.filter((m) => m.enrolment > 0).map((m) => ({ m, status: 'undersupplied' as const, word: '供给不足，建议扩大招生或开设订单班' })),
    ]
    for (const { m, status, word } of flagged) {
      items.push({
        collegeId: f.id, collegeName: f.name, cityCode: f.cityCode, majorCode: m.majorCode, majorName: m.majorName, status, ratio: m.ratio,
        message: `${f.name}${m.majorName}：在校生占比与需求占比之比为 ${m.ratio}，${word}`,
      })
    }
  }
  // Furthest from 1 first, whichever side.
  const distance = (a: Alert) => (a.ratio === null ? Infinity : Math.abs(Math.log(Math.max(a.ratio, 0.01))))
  items.sort((a, b) => distance(b) - distance(a))
  return c.json({ items }, 200)
}

const methodText = (m: 'damped_linear_trend' | 'last_value' | undefined) =>
  m === 'damped_linear_trend'
    ? `按历年数值做最小二乘直线拟合，以末年拟合值加上按 ${FORECAST_DAMPING} 阻尼的年增量作为下一年预测（不低于 0）`
    : '历史数据不足 3 年，沿用最近一年的数值'

export const forecast: AppRouteHandler<typeof routes.forecast> = async (c) => {
  const { chainId } = c.req.valid('query')
  const db = c.var.db
  const chain = await findChain(db, chainId)
  const [demandHistory, supply] = await Promise.all([demandByYear(db, { chainId }), loadSupplyFacts(db, { chainId })])
  const gradHistory = graduatesByYear(supply)
  const wrap = (history: { year: number; value: number }[]) => {
    const f = forecastNextYear(history)
    return { history, next: f ? { year: f.year, value: Math.round(f.value), method: f.method, slope: Math.round(f.slope * 10) / 10 } : null }
  }
  const demand = wrap(demandHistory)
  const graduates = wrap(gradHistory)
  const method = `需求按岗位发布年份汇总招聘人数，${methodText(demand.next?.method)}；毕业生按届别汇总，${methodText(graduates.next?.method)}。`
  return c.json({ chain, demand, graduates, method }, 200)
}
