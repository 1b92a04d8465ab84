import { createAdmin, createMember, createEnterprise } from '@zhilian/db/factories'
import { ChainSummaryListSchema, FitResultSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import { MyApplicationsPageSchema } from '@zhilian/shared/contracts/applications'
import { JobRecommendationsSchema } from '@zhilian/shared/contracts/recommendations'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import { JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { JobPlanSchema, SubmittedSchema } from '@zhilian/shared/contracts/lists'
import { SupplyDemandReportSchema } from '@zhilian/shared/contracts/reports'
import { HomeStatsSchema } from '@zhilian/shared/contracts/stats'
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { applicant, consentFor } from '../testing/application-fixtures'
import { createHarness, expectProblem, type Harness } from '../testing/harness'
import { decideAsRead } from '../testing/review-as-read'
import { demandSections } from '../testing/list-sections'

/**
 * Decision 076: what an approved 附件2 writes, every other part shows with the numbers submitted — job search and
 * detail, the home statistics, the yearly report (province, its chain and city rows), the map's city tiles and the
 * chain summaries — and version 2 (one row removed, one head-count changed, one added) replaces version 1 exactly.
 */
let h: Harness
let admin: string
vi.setConfig({ testTimeout: 180_000 })
beforeAll(async () => {
  h = await createHarness()
  admin = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

const YEAR = new Date().getUTCFullYear()
const CHAIN = 'SD-C02'
const row = (title: string, headcount: number, cityCode: string, majorCodes: string[]): JobInput => ({
  title, type: 'full_time', headcount, education: 'associate', minYearsExperience: 0, cityCode, salaryMin: 6000, salaryMax: 8000,
  description: `${title}岗位，负责设备操作与质量检验`, majorCodes, skills: [{ name: '零件测量', level: 'basic' }],
})

async function enterprise() {
  const org = await createEnterprise(h.prisma, { chainIds: [CHAIN] })
  const { user } = await createMember(h.prisma, org)
  const token = await h.tokenFor(user)
  const mine = h.clientAs(token).api['demand-lists'].mine
  const data = sampleDemandList()
  data.org.uscc = org.uscc
  data.org.name = org.name
  /** Puts `jobs` as the list's rows, submits with the confirmed plan, and approves (or rejects) the version. */
  const file = async (jobs: JobInput[], decision: 'approve' | 'reject' = 'approve') => {
    for (const [s, v] of demandSections({ ...data, jobs })) expect((await mine.sections[':section'].$put({ param: { section: s }, json: v })).status).toBe(200)
    const plan = JobPlanSchema.parse(await (await mine['job-plan'].$get()).json())
    const sent = SubmittedSchema.parse(await (await mine.submit.$post({ json: { confirmJobs: plan.planKey } })).json())
    const reason = decision === 'reject' ? { reason: '请核对岗位人数' } : {}
    const res = await decideAsRead(h, admin, 'demand_list', sent.id, { decision, ...reason })
    expect(res.status).toBe(200)
  }
  return { org, file, client: h.clientAs(token) }
}

/** Every view's demand figures, read through the BFF as each audience reads them. */
async function views() {
  const as = h.clientAs(admin).api
  const report = SupplyDemandReportSchema.parse(await (await as.reports[':year'].$get({ param: { year: String(YEAR) } })).json())
  const map = MapSchema.parse(await (await as.map.$get({ query: { year: String(YEAR) } })).json())
  const chains = ChainSummaryListSchema.parse(await (await as.analytics.chains.$get({ query: { year: String(YEAR) } })).json())
  const home = HomeStatsSchema.parse(await (await h.client.api.stats.home.$get()).json())
  // 专业与产业匹配度 reads the places open now, per city (every job's head-count goes to some major).
  const fit = FitResultSchema.parse(await (await as.analytics.fit.$get({ query: { level: 'city' } })).json())
  const city = (code: string) => ({
    report: report.cities.find((c) => c.cityCode === code)!.talent.demand,
    map: map.cities.find((c) => c.adcode === code)!.demand,
    fit: fit.items.find((i) => i.id === code)!.totalDemand,
  })
  return {
    report: { demand: report.province.talent.demand, jobs: report.province.talent.jobs, chain: report.chains.find((c) => c.chainId === CHAIN)!.talent.demand },
    chainSummary: chains.items.find((c) => c.chainId === CHAIN)!.talent.demand,
    jinan: city('370100'), qingdao: city('370200'), zibo: city('370300'),
    home: { openJobs: home.province.openJobs, openHeadcount: home.province.openHeadcount, chain: home.chains.find((c) => c.chainId === CHAIN)!.openHeadcount },
  }
}

type Views = Awaited<ReturnType<typeof views>>
/** What `after` shows beyond `before`, field by field. */
function delta(after: Views, before: Views) {
  const d = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'number' ? v - (b[k] as number) : d(v as Record<string, unknown>, b[k] as Record<string, unknown>)]))
  return d(after as unknown as Record<string, unknown>, before as unknown as Record<string, unknown>)
}
/** The delta every view should show for jobs of head-counts `jinan`, `qingdao`, `zibo` (jobs: how many). */
const expected = (jobs: number, jinan: number, qingdao: number, zibo: number) => {
  const all = jinan + qingdao + zibo
  return {
    report: { demand: all, jobs, chain: all }, chainSummary: all,
    jinan: { report: jinan, map: jinan, fit: jinan }, qingdao: { report: qingdao, map: qingdao, fit: qingdao }, zibo: { report: zibo, map: zibo, fit: zibo },
    home: { openJobs: jobs, openHeadcount: all, chain: all },
  }
}

/** Every cell of the administrators' per-chain demand export, as one string. */
async function chainExport(chainId: string): Promise<string> {
  const res = await h.clientAs(admin).api.exports.chains[':chainId'][':kind'].$get({ param: { chainId, kind: 'demand.xlsx' } })
  expect(res.status).toBe(200)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  return wb.worksheets.map((ws) => ws.getSheetValues().flat().join(' ')).join(' ')
}

/** The backfill statement of the migration that added Job.removedFromListAt (decision 076). */
const BACKFILL = (() => {
  const sql = readFileSync(new URL('../../../../prisma/migrations/20261206160000_job_removed_from_list/migration.sql', import.meta.url), 'utf8')
  return sql.slice(sql.indexOf('UPDATE "Job"'))
})()

async function openTitles(orgName: string) {
  const res = await h.client.api.jobs.$get({ query: { q: orgName, limit: '50' } })
  return JobListPageSchema.parse(await res.json()).items.filter((j) => j.org.name === orgName).map((j) => `${j.title}:${j.headcountLeft}`).sort()
}

describe('an approved 附件2 across every part', () => {
  it('shows its jobs with their head-counts everywhere; version 2 replaces version 1 exactly; a rejected version 3 changes nothing', async () => {
    const e = await enterprise()
    const before = await views()
    const v1 = [row('数控车工', 12, '370100', ['460103']), row('装配钳工', 5, '370200', []), row('质检员', 4, '370300', ['460104'])]
    await e.file(v1)
    expect(delta(await views(), before)).toEqual(expected(3, 12, 5, 4))
    expect(await openTitles(e.org.name)).toEqual(['数控车工:12', '装配钳工:5', '质检员:4'])

    // A student applies to the row version 2 removes.
    const student = await applicant(h.prisma)
    const token = await h.tokenFor(student)
    const removed = await h.prisma.job.findFirstOrThrow({ where: { orgId: e.org.id, title: '装配钳工' }, select: { id: true } })
    expect((await h.clientAs(token).api.jobs[':id'].applications.$post({ param: { id: removed.id }, json: consentFor(e.org.id) })).status).toBe(201)

    // Version 2: 装配钳工 removed, 数控车工 12 → 8, 电工 (青岛, 6) added.
    const v2 = [row('数控车工', 8, '370100', ['460103']), row('质检员', 4, '370300', ['460104']), row('电工', 6, '370200', [])]
    await e.file(v2)
    expect(delta(await views(), before)).toEqual(expected(3, 8, 6, 4))
    expect(await openTitles(e.org.name)).toEqual(['数控车工:8', '电工:6', '质检员:4'])
    // The removed job is gone for students (closed by hand, not by its date: 404, decision 055); its applicant keeps
    // the record, which says the job is closed.
    await expectProblem(await h.client.api.jobs[':id'].$get({ param: { id: removed.id } }), 404, 'NOT_FOUND')
    const mine = MyApplicationsPageSchema.parse(await (await h.clientAs(token).api.applications.mine.$get({ query: {} })).json())
    expect(mine.items.map((a) => ({ job: a.job.id, jobStatus: a.job.status, status: a.status }))).toEqual([{ job: removed.id, jobStatus: 'closed', status: 'submitted' }])

    // The chain's database (产业链数据库 export) holds the approved version 2, not version 1.
    const exported = await chainExport(CHAIN)
    expect(['数控车工', '质检员', '电工'].filter((t) => !exported.includes(t))).toEqual([])
    expect(exported).not.toContain('装配钳工')

    // Recommendations offer the student what is open now, with the head-count left: never the removed job.
    const recs = JobRecommendationsSchema.parse(await (await h.clientAs(token).api.recommendations.jobs.$get({ query: { limit: '50' } })).json())
    expect(recs.items.filter((r) => r.job.org.id === e.org.id).map((r) => `${r.job.title}:${r.job.headcountLeft}`).sort()).toEqual(['数控车工:8', '电工:6', '质检员:4'])

    // A rejected version 3 leaves version 2 counting.
    await e.file([row('数控车工', 50, '370100', ['460103'])], 'reject')
    expect(delta(await views(), before)).toEqual(expected(3, 8, 6, 4))
  })

  it('stops counting a job closed by hand or filled once a version leaves it out, as the backfill does, and counts it again when a later version lists it', async () => {
    const e = await enterprise()
    const before = await views()
    const rows = [row('数控车工', 7, '370100', ['460103']), row('装配钳工', 3, '370200', []), row('质检员', 2, '370300', ['460104'])]
    await e.file(rows)
    const jobOf = async (title: string) => (await h.prisma.job.findFirstOrThrow({ where: { orgId: e.org.id, title }, select: { id: true } })).id
    const [closed, filled] = [await jobOf('装配钳工'), await jobOf('质检员')]
    // 装配钳工 closed by hand, 质检员 filled (as the last hire does): gone from the figures of places open now (home page,
    // 专业与产业匹配度), still asked for in the year's (decision 019).
    expect((await e.client.api.enterprise.jobs[':id'].close.$post({ param: { id: closed } })).status).toBe(200)
    await h.prisma.job.update({ where: { id: filled }, data: { status: 'filled' } })
    const yearOnly = expected(3, 7, 3, 2)
    expect(delta(await views(), before)).toEqual({
      ...yearOnly, qingdao: { ...yearOnly.qingdao, fit: 0 }, zibo: { ...yearOnly.zibo, fit: 0 }, home: { openJobs: 1, openHeadcount: 7, chain: 7 },
    })

    // Version 2 lists neither: the approved list asks for 数控车工 alone, in every year figure.
    await e.file([rows[0]!])
    expect(delta(await views(), before)).toEqual(expected(1, 7, 0, 0))
    // The migration's backfill (lists approved before the column existed) marks the same jobs approval marked.
    const marked = async () => (await h.prisma.job.findMany({ where: { orgId: e.org.id, removedFromListAt: { not: null } }, select: { id: true } })).map((j) => j.id).sort()
    expect(await marked()).toEqual([closed, filled].sort())
    await h.prisma.job.updateMany({ where: { orgId: e.org.id }, data: { removedFromListAt: null } })
    await h.prisma.$executeRawUnsafe(BACKFILL)
    expect(await marked()).toEqual([closed, filled].sort())

    // Version 3 lists both again: published again, and counted again.
    await e.file(rows)
    expect(delta(await views(), before)).toEqual(expected(3, 7, 3, 2))
  })
})
