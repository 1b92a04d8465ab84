import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { ChainAnalyticsSchema, ChainSummaryListSchema } from '@zhilian/shared/contracts/analytics'
import { ReportBasisSchema, ReportYearsSchema, SupplyDemandReportSchema, XLSX_CONTENT_TYPE, type ReportBasisBody, type SupplyDemandReport } from '@zhilian/shared/contracts/reports'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList, supplyList } from '../../testing/analytics-fixtures'
import { REPORT_SHEETS } from '../../analytics/report-workbook'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
const t: Record<string, string> = {}
const A = 'SD-C02'
const B = 'SD-C09'
const MECH = '460301'
const ROBOT = '460305'
const ZIBO = '370300'
const JINAN = '370100'

// Every figure the assertions use, written once. MECH serves two chains, so each counts half of it.
const MECH_GRADES = [45, 40, 38]
const MECH_DEST = { private: 28, state_owned: 4, further_study: 8 } // 32 of 40 went to enterprises
const ROBOT_GRADES = [20, 10] // no destinations: the year's pooled share stands in
const SHARE = (MECH_DEST.private + MECH_DEST.state_owned) / (MECH_DEST.private + MECH_DEST.state_owned + MECH_DEST.further_study)
const MECH_IN = MECH_GRADES.at(-1)! * SHARE
const ROBOT_IN = ROBOT_GRADES.at(-1)! * SHARE
const JOBS = { named: 6, unnamed: 9, zibo: 4 } // named: MECH in 济南; unnamed: no major, 济南; zibo: ROBOT in 淄博
const COURSE = 200
const NEED = 120
const r2 = (x: number) => Math.round(x * 100) / 100

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const college = await createCollege(db, { cityCode: ZIBO, chainIds: [A, B] })
  await supplyList(db, college.id, 2025, [
    { code: MECH, chains: [A, B], grades: MECH_GRADES, cohorts: [{ year: 2024, count: 40, destinations: Object.entries(MECH_DEST).map(([type, count]) => ({ type: type as 'private', count })) }] },
    { code: ROBOT, chains: [A], grades: ROBOT_GRADES },
  ], 'approved', {
    courses: [{ chainId: A, yearlyCapacity: COURSE }],
    equipment: [{ chainId: A, open: true }, { chainId: A, open: false }],
    projects: [{ chainId: A }],
  })
  const e = await createEnterprise(db, { cityCode: JINAN, chainIds: [A] })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: JINAN, headcount: JOBS.named, majorCodes: [MECH], publishedAt: new Date('2025-05-10') })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: JINAN, headcount: JOBS.unnamed, majorCodes: [], publishedAt: new Date('2025-06-10') })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: ZIBO, headcount: JOBS.zibo, majorCodes: [ROBOT], status: 'closed', publishedAt: new Date('2025-07-10') })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: JINAN, headcount: 100, publishedAt: new Date('2026-01-10') })
  await demandList(db, e.id, { submittedAt: new Date('2025-03-01'), needs: [{ chainId: A, perYear: NEED }], challenges: [{ chainId: A, takenBy: college.id }], requests: 1 })
  t.admin = await h.tokenFor(await createAdmin(db))
  t.college = await h.tokenFor((await createMember(db, college)).user)
})
afterAll(() => h.close())

const api = (token = t.admin!) => h.clientAs(token).api
/** The body of a response that must be 200. */
const ok = async (response: Promise<{ status: number; json(): Promise<unknown> }>) => {
  const res = await response
  expect(res.status).toBe(200)
  return res.json()
}
const report = async (year: number): Promise<SupplyDemandReport> => SupplyDemandReportSchema.parse(await ok(api().reports[':year'].$get({ param: { year: String(year) } })))
const basis = (token: string, json: ReportBasisBody) => api(token).reports[':year'].basis.$put({ param: { year: 2025 }, json })
const known = (id: string, n: number | null) => h.prisma.industryChain.update({ where: { id }, data: { knownEnterprises: n, knownEnterprisesSource: n ? '测试口径' : null } })

describe('GET /api/reports/:year — the method (decision 019)', () => {
  it('sets expected entrants against the year\'s demand, with the unnamed-major head-count on its own line', async () => {
    const r = await report(2025)
    expect(r.hasData).toBe(true)
    expect(r.emptyReason).toBeNull()
    expect(r.title).toBe('山东省产业人才供需报告（2025年）')
    const demand = JOBS.named + JOBS.unnamed + JOBS.zibo
    expect(r.province.talent).toMatchObject({
      graduates: MECH_GRADES.at(-1)! + ROBOT_GRADES.at(-1)!, supply: Math.round(MECH_IN + ROBOT_IN), demand, unnamedDemand: JOBS.unnamed, jobs: 3,
    })
    // A major on two chains counts half in each: the chains add up to the province.
    expect(r.chains.find((c) => c.chainId === A)!.talent.supply).toBe(Math.round(MECH_IN / 2 + ROBOT_IN))
    expect(r.chains.find((c) => c.chainId === B)!.talent.supply).toBe(Math.round(MECH_IN / 2))
    expect(r.majors).toEqual([
      { majorCode: ROBOT, majorName: '工业机器人技术', supply: Math.round(ROBOT_IN), demand: JOBS.zibo, gap: Math.round((ROBOT_IN - JOBS.zibo) * 10) / 10 },
      { majorCode: MECH, majorName: '机电一体化技术', supply: Math.round(MECH_IN), demand: JOBS.named, gap: Math.round((MECH_IN - JOBS.named) * 10) / 10 },
      { majorCode: null, majorName: '专业未指定', supply: 0, demand: JOBS.unnamed, gap: null },
    ])
    // Where unnamed demand is spread (the fit index only), the notes say so.
    expect(r.notes.some((n) => n.includes('其人数单列为“专业未指定”，不分摊到专业') && n.includes('专业匹配度指数例外'))).toBe(true)
    // The notes are read by officials, in the page and the .xlsx: no pointer into this repository's decision records.
    expect(r.notes.filter((n) => /决策记录|decision/i.test(n))).toEqual([])
  })

  it('covers the training and the equipment/R&D pairs per chain and per city', async () => {
    const r = await report(2025)
    const a = r.chains.find((c) => c.chainId === A)!
    expect(a.training).toMatchObject({ courses: 1, supply: COURSE, needs: 1, demand: NEED })
    expect(a.innovation).toMatchObject({ equipment: 1, projects: 1, challenges: 1, requests: 1, answered: 1, supply: 2, demand: 2 })
    // Colleges' rows count where the college is; enterprises' list rows where the enterprise is registered.
    const zibo = r.cities.find((c) => c.cityCode === ZIBO)!
    const jinan = r.cities.find((c) => c.cityCode === JINAN)!
    expect(zibo.training.supply).toBe(COURSE)
    expect(jinan.training.demand).toBe(NEED)
    expect(jinan.innovation).toMatchObject({ challenges: 1, requests: 1, equipment: 0 })
  })

  it('counts an enterprise in every city it hires in, once in the province', async () => {
    const r = await report(2025)
    expect(r.cities.find((c) => c.cityCode === ZIBO)).toMatchObject({ enterprises: 1, talent: { demand: JOBS.zibo } })
    expect(r.cities.find((c) => c.cityCode === JINAN)).toMatchObject({ enterprises: 1, talent: { demand: JOBS.named + JOBS.unnamed } })
    expect(r.province.enterprises).toBe(1)
    expect(r.notes.some((n) => n.includes('在多个城市招聘的企业在每个城市各计一次，全省只计一次'))).toBe(true)
  })

  it('publishes, flags or withholds each ratio by the coverage of the chain\'s recorded enterprise count', async () => {
    await known(A, null)
    let a = (await report(2025)).chains.find((c) => c.chainId === A)!
    expect(a.coverage).toEqual({ filed: 1, known: null, source: null, share: null, level: 'unknown' })
    expect(a.talent).toMatchObject({ ratio: null, verdict: 'withheld', status: null })
    expect(a.sentence).toContain('本链企业总数未登记')

    await known(A, 2)
    a = (await report(2025)).chains.find((c) => c.chainId === A)!
    expect(a.coverage).toMatchObject({ filed: 1, known: 2, share: 0.5, level: 'sufficient', source: '测试口径' })
    const supply = MECH_IN / 2 + ROBOT_IN
    expect(a.talent).toMatchObject({ ratio: r2(supply / (JOBS.named + JOBS.unnamed + JOBS.zibo)), verdict: 'published', status: 'balanced' })
    expect(a.training).toMatchObject({ ratio: r2(COURSE / NEED), verdict: 'published', status: 'oversupplied' })
    expect(a.innovation).toMatchObject({ ratio: 1, verdict: 'published' })

    await known(A, 4)
    a = (await report(2025)).chains.find((c) => c.chainId === A)!
    expect(a.coverage.level).toBe('low')
    expect(a.talent.verdict).toBe('flagged')
    expect(a.sentence).toContain('仅供参考')

    await known(A, 6)
    a = (await report(2025)).chains.find((c) => c.chainId === A)!
    expect(a.talent).toMatchObject({ verdict: 'withheld', ratio: null })
    // The province needs every active chain's count: with one recorded it stays unknown.
    expect((await report(2025)).province.coverage.level).toBe('unknown')
  })

  it('says plainly when nobody filed for a year, and /years names the years with data, latest first', async () => {
    const empty = await report(2024)
    expect(empty.hasData).toBe(false)
    expect(empty.emptyReason).toContain('2024年没有院校提交并通过审核的供给清单')
    expect(empty.province.sentence).toBe('全省：当年没有院校或企业填报清单。')
    const years = ReportYearsSchema.parse(await ok(api(t.college).reports.years.$get()))
    expect(years.items).toEqual([{ year: 2026, supplyLists: 0, enterprises: 1 }, { year: 2025, supplyLists: 1, enterprises: 1 }])
    expect(years.latest).toBe(2026)
    await expectProblem(await h.client.api.reports.years.$get(), 401, 'UNAUTHENTICATED')
  })

  it('says plainly when a year has jobs but no approved 附件1, and reads no ratio off the missing supply', async () => {
    // 2026 holds one enterprise's job and no college list; its chain's count says every enterprise filed.
    await known(A, 1)
    const r = await report(2026)
    expect(r.hasData).toBe(true)
    expect(r.emptyReason).toContain('2026年没有院校提交并通过审核的供给清单：表中供给为 0 表示未填报')
    const a = r.chains.find((c) => c.chainId === A)!
    expect(a.coverage.level).toBe('sufficient')
    expect(a.talent).toMatchObject({ supply: 0, demand: 100, ratio: null, verdict: 'withheld' })
    expect(a.sentence).toBe('高端装备：当年没有院校提交并通过审核的供给清单，供给无从统计；企业岗位需求 100 人；1 家企业填报需求，占本链已登记企业 1 家的 100%；供需比暂不发布。')
    // The year with both sides says nothing of the kind.
    expect((await report(2025)).emptyReason).toBeNull()
  })
})

describe('one source of truth', () => {
  it('gives the chain pages the report\'s own rows', async () => {
    await known(A, 2)
    const r = await report(2025)
    const summaries = ChainSummaryListSchema.parse(await ok(api().analytics.chains.$get({ query: { year: 2025 } })))
    expect(summaries.items).toEqual(r.chains)
    const chain = ChainAnalyticsSchema.parse(await ok(api().analytics.chains[':id'].$get({ param: { id: A }, query: { year: 2025 } })))
    const row = r.chains.find((c) => c.chainId === A)!
    const { chainId: _id, name: _name, ...figures } = row
    expect(chain.figures).toEqual(figures)
    expect(chain.gap.reduce((s, g) => s + g.demand, 0) + chain.figures.talent.unnamedDemand).toBe(row.talent.demand)
    // Without a year the pages open on the latest year with data.
    expect(ChainSummaryListSchema.parse(await ok(api().analytics.chains.$get({ query: {} }))).year).toBe(2026)
  })
})

describe('PUT /api/reports/:year/basis', () => {
  it('records the in-province share with its source, applies it, and logs the change in a sentence', async () => {
    const res = await basis(t.admin!, { inProvinceShare: 0.75, source: '2025届毕业生就业质量年度报告' })
    expect(res.status).toBe(200)
    expect(ReportBasisSchema.parse(await res.json())).toMatchObject({ year: 2025, inProvinceShare: 0.75, inProvinceSource: '2025届毕业生就业质量年度报告' })
    const r = await report(2025)
    expect(r.province.talent.supply).toBe(Math.round((MECH_IN + ROBOT_IN) * 0.75))
    expect(r.notes.some((n) => n.includes('省内就业比例 75%（来源：2025届毕业生就业质量年度报告）'))).toBe(true)
    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { entity: 'ReportBasis', entityId: '2025' } })
    expect(log.action).toBe('report.basis')
  })

  it('is for administrators only and refuses a share outside 1–100% or a missing source', async () => {
    await expectProblem(await basis(t.college!, { inProvinceShare: 0.8, source: '来源文件' }), 403, 'FORBIDDEN')
    const bad = await expectProblem(await basis(t.admin!, { inProvinceShare: 1.2, source: '无' }), 400, 'VALIDATION_FAILED')
    expect(bad.issues?.map((i) => i.path).sort()).toEqual(['inProvinceShare', 'source'])
  })
})

describe('GET /api/reports/:year.xlsx', () => {
  it('holds the three pairs, coverage and verdict per chain and city, the unnamed line and the method', async () => {
    const res = await api().reports[':year'].$get({ param: { year: '2025.xlsx' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await res.arrayBuffer())
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(REPORT_SHEETS))
    const r = await report(2025)
    const chains = wb.getWorksheet(REPORT_SHEETS.chains)!
    const headers = (chains.getRow(1).values as unknown[]).slice(1)
    for (const h of ['人才供给（预计进入企业）', '年培训容量（人次）', '技术难题（项）', '覆盖率', '供需比发布', '说明']) expect(headers).toContain(h)
    const rowOf = (id: string) => [...Array(chains.rowCount).keys()].map((i) => chains.getRow(i + 1)).find((row) => row.getCell(1).value === id)!
    const cell = (id: string, header: string) => rowOf(id).getCell(headers.indexOf(header) + 1).value
    const a = r.chains.find((c) => c.chainId === A)!
    expect(cell(A, '人才供需比')).toBe(a.talent.ratio)
    expect(cell(A, '年培训需求（人次）')).toBe(NEED)
    expect(cell(A, '覆盖率')).toBe(a.coverage.share)
    expect(cell(A, '说明')).toBe(a.sentence)
    expect(cell(B, '人才供需比')).toBeNull()
    expect(cell(B, '供需比发布')).toBe('暂不发布')
    const cities = wb.getWorksheet(REPORT_SHEETS.cities)!
    expect(cities.rowCount).toBe(1 + 16)
    // The city sheet carries the same three pairs and coverage as the chain sheet.
    const cityHeaders = (cities.getRow(1).values as unknown[]).slice(1)
    for (const h of ['人才供需比', '培训供需比', '资源与需求之比', '覆盖率', '说明']) expect(cityHeaders).toContain(h)
    const jinanRow = [...Array(cities.rowCount).keys()].map((i) => cities.getRow(i + 1)).find((row) => row.getCell(1).value === JINAN)!
    expect(jinanRow.getCell(cityHeaders.indexOf('年培训需求（人次）') + 1).value).toBe(NEED)
    expect(jinanRow.getCell(cityHeaders.indexOf('技术难题（项）') + 1).value).toBe(1)
    const majors = wb.getWorksheet(REPORT_SHEETS.majors)!
    expect(majors.getRow(majors.rowCount).getCell(2).value).toBe('专业未指定')
    const notes = wb.getWorksheet(REPORT_SHEETS.notes)!.getColumn(1).values.join('\n')
    expect(notes).toContain('覆盖率 = 当年填报需求的企业数 ÷ 管理员登记的本链企业总数')
  })

  it('is for admins only and rejects a malformed year', async () => {
    await expectProblem(await api(t.college!).reports[':year'].$get({ param: { year: '2025' } }), 403, 'FORBIDDEN')
    await expectProblem(await api().reports[':year'].$get({ param: { year: '2025.csv' } }), 400, 'VALIDATION_FAILED')
  })
})
