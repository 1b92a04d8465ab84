import { SupplyDemandReportSchema, type SupplyDemandReport } from '@zhilian/shared/contracts/reports'

const figures = (graduates: number, demand: number) => ({
  colleges: 3, enterprises: 5, enrolment: graduates * 3, graduates, demand, ratio: demand ? graduates / demand : null, fitIndex: 61.5,
})

/** A report shaped like the BFF's, checked against the contract: one chain and one city short of people, one in surplus, one without demand. */
export const report: SupplyDemandReport = SupplyDemandReportSchema.parse({
  year: 2025,
  title: '2025 年山东省产业人才供需报告',
  generatedAt: '2026-01-05T08:00:00.000Z',
  province: figures(1500, 1800),
  chains: [
    { chainId: 'C01', name: '高端装备', ...figures(900, 1200) },
    { chainId: 'C02', name: '新一代信息技术与数字经济', ...figures(600, 450) },
    { chainId: 'C03', name: '现代海洋', ...figures(0, 150) },
  ],
  cities: [
    { cityCode: '370100', name: '济南市', circle: '省会经济圈', ...figures(700, 900) },
    { cityCode: '370200', name: '青岛市', circle: '胶东经济圈', ...figures(650, 600) },
    { cityCode: '370300', name: '淄博市', circle: '省会经济圈', ...figures(150, 0) },
  ],
  majors: [{ majorCode: '460104', majorName: '机械制造及自动化', graduates: 120, demand: 180, gap: -60 }],
  notes: ['需求为企业在招岗位人数之和。'],
})
