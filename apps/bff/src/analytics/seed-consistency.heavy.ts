import { createAdmin } from '@zhilian/db/factories'
import { seedDemo } from '@zhilian/db/seed/index'
import { ChainSummaryListSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import { ReportYearsSchema, SupplyDemandReportSchema, type Figures } from '@zhilian/shared/contracts/reports'
import { HomeStatsSchema } from '@zhilian/shared/contracts/stats'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'

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
  })

  it('the home page counts each open job once: its chains add up to the province for jobs that name a chain', async () => {
    const home = HomeStatsSchema.parse(await (await h.client.api.stats.home.$get()).json())
    const unchained = await h.prisma.job.aggregate({ where: { status: 'open', chainId: null, org: { verification: 'verified' } }, _count: true })
    expect(home.chains.reduce((s, c) => s + c.openJobs, 0) + unchained._count).toBe(home.province.openJobs)
    expect(home.province.openJobs).toBeGreaterThan(0)
  })
})
