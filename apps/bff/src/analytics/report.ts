/** 山东省产业人才供需报告: the year's figures from the same facts and sums as the chain pages and the map. */
import { fitIndex } from '@zhilian/shared'
import type { SupplyDemandReport } from '@zhilian/shared/contracts/reports'
import { demandByMajor, gapByMajor, ratioOf } from './aggregate'
import { loadContext, type AnalysisContext } from './context'
import { filterDemand, loadDemand, type DemandSet } from './demand'
import { loadSupplyFacts, type SupplyFact } from './facts'
import type { Db } from '../lib/types'

export const REPORT_TITLE = (year: number) => `山东省产业人才供需报告（${year}年）`

export const REPORT_NOTES = [
  '供给：各院校当年已审核通过的供给清单（附件1）；毕业生取清单中该专业最近一届的人数，在校生为各年级合计。',
  '需求：当年发布的已认证企业岗位（附件2）的招聘人数，含已关闭和已招满的岗位。',
  '供需比 = 毕业生人数 ÷ 需求人数；大于 1.5 为供给过剩，小于 0.67 为供给不足。',
  '匹配度指数（0–100）：在校生按专业的分布与需求按专业的分布的重合程度；需求未指明专业时按产业链核心专业（权重 2）和相关专业（权重 1）分摊。',
  '按产业链统计时，院校专业以其清单中勾选的服务产业链为准，一个专业可服务多条产业链，故各链合计可能大于全省数。',
]

function figures(supply: readonly SupplyFact[], demand: DemandSet, ctx: AnalysisContext) {
  const graduates = supply.reduce((s, r) => s + r.graduates, 0)
  const need = demand.cells.reduce((s, r) => s + r.headcount, 0)
  return {
    colleges: new Set(supply.map((r) => r.collegeId)).size,
    enterprises: new Set(demand.cells.map((r) => r.orgId)).size,
    enrolment: supply.reduce((s, r) => s + r.enrolment, 0),
    graduates,
    demand: need,
    ratio: ratioOf(graduates, need),
    fitIndex: fitIndex(supply.map((r) => ({ majorCode: r.majorCode, count: r.enrolment })), demandByMajor(demand, ctx.chainMajors)).index,
  }
}

export async function buildReport(db: Db, year: number, now = new Date()): Promise<SupplyDemandReport> {
  const [ctx, supply, demand, chains] = await Promise.all([
    loadContext(db),
    loadSupplyFacts(db, { year }),
    loadDemand(db, { year }),
    db.industryChain.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  ])
  return {
    year,
    title: REPORT_TITLE(year),
    generatedAt: now.toISOString(),
    province: figures(supply, demand, ctx),
    chains: chains.map((ch) => ({
      chainId: ch.id, name: ch.name,
      ...figures(supply.filter((r) => r.chainIds.includes(ch.id)), filterDemand(demand, (r) => r.chainId === ch.id), ctx),
    })),
    cities: ctx.cityRows.map((city) => ({
      cityCode: city.adcode, name: city.name, circle: city.circle,
      ...figures(supply.filter((r) => r.cityCode === city.adcode), filterDemand(demand, (r) => r.cityCode === city.adcode), ctx),
    })),
    majors: gapByMajor(supply, demand, ctx.chainMajors, ctx.majorNames).map((m) => ({
      majorCode: m.majorCode, majorName: m.majorName, graduates: m.graduates, demand: m.demand, gap: m.gap,
    })),
    notes: REPORT_NOTES,
  }
}
