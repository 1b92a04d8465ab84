import { balance, coverageOf, type CoverageLevel } from '@zhilian/shared'
import { SupplyDemandReportSchema, type SupplyDemandReport } from '@zhilian/shared/contracts/reports'

/** A row the way the BFF builds one: `filed` of `known` enterprises decides whether the ratios stand. */
function figures(name: string, supply: number, demand: number, filed: number, known: number | null) {
  const coverage = { filed, known, source: known === null ? null : '测试口径', ...coverageOf(filed, known) }
  const level: CoverageLevel = coverage.level
  return {
    name, colleges: 3, enterprises: filed, enrolment: supply * 3, coverage,
    talent: { ...balance(supply, demand, level), graduates: supply + 10, unnamedDemand: 5, jobs: 12 },
    training: { ...balance(400, 300, level), courses: 4, needs: 3 },
    innovation: { ...balance(6, 4, level), equipment: 4, projects: 2, challenges: 3, requests: 1, answered: 1, solved: 0 },
    fitIndex: 61.5,
    sentence: `${name}：预计进入企业就业的毕业生 ${supply} 人，企业岗位需求 ${demand} 人。`,
  }
}

/** A report checked against the contract: one chain short of people, one in surplus but flagged, one withheld. */
export const report: SupplyDemandReport = SupplyDemandReportSchema.parse({
  year: 2026,
  title: '山东省产业人才供需报告（2026年）',
  generatedAt: '2026-12-01T08:00:00.000Z',
  hasData: true,
  emptyReason: null,
  basis: { year: 2026, inProvinceShare: null, inProvinceSource: null, thresholds: { publish: 0.5, flag: 0.2, oversupplied: 1.5, undersupplied: 0.67 } },
  province: figures('全省', 1500, 1800, 20, null),
  chains: [
    { chainId: 'C01', ...figures('高端装备', 900, 1200, 30, 40) },
    { chainId: 'C02', ...figures('新一代信息技术与数字经济', 600, 300, 10, 40) },
    { chainId: 'C03', ...figures('现代海洋', 0, 150, 2, null) },
  ],
  cities: [
    { cityCode: '370100', circle: '省会经济圈', ...figures('济南市', 700, 900, 30, 40) },
    { cityCode: '370200', circle: '胶东经济圈', ...figures('青岛市', 650, 600, 30, 40) },
    { cityCode: '370300', circle: '省会经济圈', ...figures('淄博市', 150, 0, 30, 40) },
  ],
  majors: [
    { majorCode: '460104', majorName: '机械制造及自动化', supply: 120, demand: 180, gap: -60 },
    { majorCode: null, majorName: '专业未指定', supply: 0, demand: 45, gap: null },
  ],
  notes: ['人才需求：当年发布的岗位招聘人数。'],
})
