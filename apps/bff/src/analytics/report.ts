/** 山东省产业人才供需报告: the year's rows from balance.ts, the computation the chain pages and the map share. */
import { COVERAGE_THRESHOLDS, FIT_THRESHOLDS, percent } from '@zhilian/shared'
import type { ReportBasis, SupplyDemandReport } from '@zhilian/shared/contracts/reports'
import { chainRows, cityRows, coverageFor, figuresOf, loadBalanceData, majorLines, unnamedDemand, type BalanceData, type Basis } from './balance'
import type { Db } from '../lib/types'

const REPORT_TITLE = (year: number) => `山东省产业人才供需报告（${year}年）`

/** The method in the words the report prints (page and workbook); decision 019 is the long form. */
function reportNotes(data: BalanceData): string[] {
  const { inProvinceShare, inProvinceSource } = data.basis
  return [
    `人才供给：${data.year}年已审核通过的院校供给清单（附件1）中各专业最高年级的在校生，即当年预计毕业人数；乘以该专业最近一届毕业生中进入企业就业的比例（升学、自主创业、机关事业单位不计入），清单未填去向的专业按全省当年平均比例（${data.fallbackShare === null ? '无数据，按 100%' : percent(data.fallbackShare)}）。`,
    inProvinceShare === null
      ? '省内就业比例未登记，按全部在省内就业计算，供给可能偏高；管理员可在本页登记比例及其来源。'
      : `再乘以省内就业比例 ${percent(inProvinceShare)}（来源：${inProvinceSource}）。`,
    `人才需求：${data.year}年已认证企业发布的岗位招聘人数（含已暂停、已关闭、已招满的岗位）。岗位按工作地点计入城市：在多个城市招聘的企业在每个城市各计一次，全省只计一次，故各城市企业数之和可能大于全省。`,
    '岗位未写明专业时，其人数单列为“专业未指定”，不分摊到专业；写明多个专业时按专业平均分配。专业匹配度指数例外：未指定专业的岗位按其岗位名称、技能要求和描述做文本匹配，人数按匹配得分分给最相符的专业（至多 5 个）；文本无法归入的，按产业链核心专业（权重 2）和支撑专业（权重 1）分摊，再计算分布重合度。数字地图各专业另列“按岗位文本归入”的人数，不计入该专业的需求。',
    '培训：供给为当年供给清单中培训课程的年培训容量（人次），需求为当年提交并通过审核的需求清单中的年培训人数。设备与研发：供给为开放共享的设备与近三年科研项目（项），需求为技术难题与院校资源需求（项）；此对比为每项需求对应的院校资源数，非人数之比。',
    '一个专业、一门课程或一项资源服务多条产业链时，在每条链计 1/n，各链合计等于全省；院校资源需求未标注产业链，按企业登记的产业链计。',
    `覆盖率 = 当年填报需求的企业数 ÷ 管理员登记的本链企业总数（含来源）。覆盖率不低于 ${percent(COVERAGE_THRESHOLDS.publish)} 时发布供需比；${percent(COVERAGE_THRESHOLDS.flag)}–${percent(COVERAGE_THRESHOLDS.publish)} 时标注“仅供参考”；低于 ${percent(COVERAGE_THRESHOLDS.flag)} 或未登记企业总数时不发布供需比，只列出供给与需求人数。全省与各城市按各链企业总数之和计算，任一产业链未登记即视为未知。`,
    `供需比 = 供给 ÷ 需求；大于 ${FIT_THRESHOLDS.oversupplied} 为供给多于需求，小于 ${Math.round(FIT_THRESHOLDS.undersupplied * 100) / 100} 为供给少于需求。需求未按覆盖率放大。`,
  ]
}

/** What the year lacks, said plainly: nothing at all, or one side (whose zeros then mean "not filed"). */
function emptyReason(year: number, supplyFiled: boolean, demandFiled: boolean): string | null {
  if (!supplyFiled && !demandFiled) return `${year}年没有院校提交并通过审核的供给清单，也没有企业发布岗位或填报需求清单，本年度报告暂无数据。`
  if (!supplyFiled) return `${year}年没有院校提交并通过审核的供给清单：表中供给为 0 表示未填报，不表示没有毕业生，本年度不发布供需比。`
  if (!demandFiled) return `${year}年没有企业发布岗位或填报需求清单：表中需求为 0 表示未填报，不表示没有用人需求，本年度不发布供需比。`
  return null
}

export function reportBasis(year: number, basis: Basis): ReportBasis {
  return {
    year, ...basis,
    thresholds: { ...COVERAGE_THRESHOLDS, oversupplied: FIT_THRESHOLDS.oversupplied, undersupplied: Math.round(FIT_THRESHOLDS.undersupplied * 100) / 100 },
  }
}

export async function buildReport(db: Db, year: number, now = new Date()): Promise<SupplyDemandReport> {
  const data = await loadBalanceData(db, year)
  const all = coverageFor(data)
  const province = figuresOf(data, {}, all, '全省')
  const hasData = data.lists.supplyLists > 0 || province.enterprises > 0
  const unnamed = unnamedDemand(data, {})
  const demandFiled = province.enterprises > 0
  return {
    year,
    title: REPORT_TITLE(year),
    generatedAt: now.toISOString(),
    hasData,
    emptyReason: emptyReason(year, data.lists.supplyLists > 0, demandFiled),
    basis: reportBasis(year, data.basis),
    province,
    chains: chainRows(data),
    cities: cityRows(data),
    majors: [
      ...majorLines(data, {}).map((m) => ({ majorCode: m.majorCode, majorName: m.majorName, supply: m.supply, demand: m.demand, gap: m.gap })),
      ...(unnamed > 0 ? [{ majorCode: null, majorName: '专业未指定', supply: 0, demand: unnamed, gap: null }] : []),
    ],
    notes: reportNotes(data),
  }
}
