import { createAdmin } from '@zhilian/db/factories'
import { seedDemo } from '@zhilian/db/seed/index'
import { ChainSummaryListSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import { ReportYearsSchema, SupplyDemandReportSchema, type Figures } from '@zhilian/shared/contracts/reports'
import { HomeStatsSchema } from '@zhilian/shared/contracts/stats'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { REPORT_SHEETS } from './report-workbook'

/**
 * Decision 076, item 5: on the demo seed as `npm start` makes it (dates relative to today), the views that show the
 * same figure show the same number — the report's province row is the sum of its 16 city rows, the map's tiles are
 * the report's city rows, the chain summaries are the report's chain rows, and the home page's province totals are
 * the sums the chains and the report imply. A heavy suite (vitest.fuzz.config.ts): seeding the province takes minutes.
 */
let h: Harness
let admin: string
vi.setConfig({ testTimeout: 400_000 })
beforeAll(async () => {
  h = await createHarness()
  await seedDemo(h.prisma, { today: new Date() })
  admin = await h.tokenFor(await createAdmin(h.prisma))
}, 400_000)
afterAll(() => h.close())

/** The additive figures of a report row (ratios, coverage and the fit index are not sums). */
const additive = (f: Figures) => ({
  enrolment: f.enrolment,
  talent: { supply: f.talent.supply, demand: f.talent.demand, graduates: f.talent.graduates, unnamedDemand: f.talent.unnamedDemand, jobs: f.talent.jobs },
  training: { supply: f.training.supply, demand: f.training.demand, courses: f.training.courses, needs: f.training.needs },
  innovation: {
    supply: f.innovation.supply, demand: f.innovation.demand, equipment: f.innovation.equipment, projects: f.innovation.projects,
    challenges: f.innovation.challenges, requests: f.innovation.requests, answered: f.innovation.answered, solved: f.innovation.solved,
  },
})
type Additive = ReturnType<typeof additive>
function sum(rows: readonly Figures[]): Additive {
  const add = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'number' ? v + (b[k] as number) : add(v as Record<string, unknown>, b[k] as Record<string, unknown>)]))
  return rows.map(additive).reduce((s, r) => add(s as unknown as Record<string, unknown>, r as unknown as Record<string, unknown>) as unknown as Additive)
}

describe('the demo seed, view against view', () => {
  it('adds up: 16 cities make the province in the report; the map and the chain summaries show the report’s rows', async () => {
    const api = h.clientAs(admin).api
    const years = ReportYearsSchema.parse(await (await api.reports.years.$get()).json())
    const year = String(years.latest)
    const report = SupplyDemandReportSchema.parse(await (await api.reports[':year'].$get({ param: { year } })).json())
    expect(report.hasData).toBe(true)
    expect(report.cities).toHaveLength(16)
    expect(sum(report.cities)).toEqual(additive(report.province))

    for (const pair of ['talent', 'training', 'innovation'] as const) {
      const map = MapSchema.parse(await (await api.map.$get({ query: { year, pair } })).json())
      expect(map.cities.map((c) => ({ city: c.adcode, supply: c.supply, demand: c.demand, enrolment: c.enrolment })))
        .toEqual(report.cities.map((c) => ({ city: c.cityCode, supply: c[pair].supply, demand: c[pair].demand, enrolment: c.enrolment })))
    }
    const chains = ChainSummaryListSchema.parse(await (await api.analytics.chains.$get({ query: { year } })).json())
    expect(chains.items.map(additive)).toEqual(report.chains.map(additive))
    // The report's notes: a row serving n chains counts 1/n in each, so the chains add up to the province.
    expect(sum(report.chains)).toEqual(additive(report.province))
    // 专业供需缺口: the majors and the 专业未指定 line add up to the province's supply and demand.
    const tenths = (xs: number[]) => Math.round(xs.reduce((t, x) => t + x * 10, 0)) / 10
    expect({ supply: tenths(report.majors.map((m) => m.supply)), demand: tenths(report.majors.map((m) => m.demand)) })
      .toEqual({ supply: report.province.talent.supply, demand: report.province.talent.demand })

    // The .xlsx holds the same rows: its 分城市 and 分产业链 columns add up to its 全省概况 row.
    const res = await api.reports[':year'].$get({ param: { year: `${year}.xlsx` } })
    expect(res.status).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await res.arrayBuffer())
    const column = (sheet: string, header: string) => {
      const ws = wb.getWorksheet(sheet)!
      const col = (ws.getRow(1).values as unknown[]).indexOf(header)
      expect(col).toBeGreaterThan(0)
      return ws.getColumn(col).values.slice(2).map(Number)
    }
    for (const header of ['在校生人数', '预计毕业生', '人才供给（预计进入企业）', '岗位需求人数', '年培训容量（人次）', '院校资源需求（项）']) {
      const [province] = column(REPORT_SHEETS.province, header)
      expect({ header, cities: column(REPORT_SHEETS.cities, header).reduce((t, x) => t + x, 0) }).toEqual({ header, cities: province })
      expect({ header, chains: column(REPORT_SHEETS.chains, header).reduce((t, x) => t + x, 0) }).toEqual({ header, chains: province })
    }
  })

  it('the home page counts each open job once: its chains add up to the province for jobs that name a chain', async () => {
    const home = HomeStatsSchema.parse(await (await h.client.api.stats.home.$get()).json())
    const unchained = await h.prisma.job.aggregate({ where: { status: 'open', chainId: null, org: { verification: 'verified' } }, _count: true })
    expect(home.chains.reduce((s, c) => s + c.openJobs, 0) + unchained._count).toBe(home.province.openJobs)
    expect(home.province.openJobs).toBeGreaterThan(0)
  })
})
