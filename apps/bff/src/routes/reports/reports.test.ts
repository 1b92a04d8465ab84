import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { SupplyDemandReportSchema, XLSX_CONTENT_TYPE } from '@zhilian/shared/contracts/reports'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sum, supplyList } from '../../analytics/fixtures'
import { REPORT_SHEETS } from '../../analytics/report-workbook'
import { bearer, createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
const t: Record<string, string> = {}
const A = 'SD-C02'
const GRADES = [45, 40, 38]
const GRADS = 41
const HEADCOUNT = [6, 9]

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const c = await createCollege(db, { cityCode: '370300' })
  await supplyList(db, c.id, 2025, [{ code: '460301', chains: [A], grades: GRADES, cohorts: [{ year: 2024, count: 36 }, { year: 2025, count: GRADS }] }])
  await supplyList(db, c.id, 2024, [{ code: '460301', chains: [A], grades: [1], cohorts: [{ year: 2024, count: 1 }] }])
  const e = await createEnterprise(db, { cityCode: '370100' })
  for (const headcount of HEADCOUNT) await createJob(db, { orgId: e.id, chainId: A, cityCode: '370100', headcount, publishedAt: new Date('2025-05-10') })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: '370100', headcount: 100, publishedAt: new Date('2026-01-10') })
  t.admin = await h.tokenFor(await createAdmin(db))
  t.college = await h.tokenFor((await createMember(db, c)).user)
})
afterAll(() => h.close())

describe('GET /api/reports/:year', () => {
  it('gives the province, chain and city tables of that year', async () => {
    const res = await h.app.request('/api/reports/2025', { headers: bearer(t.admin!) })
    expect(res.status).toBe(200)
    const r = SupplyDemandReportSchema.parse(await res.json())
    const demand = sum(HEADCOUNT)
    expect(r.title).toBe('山东省产业人才供需报告（2025年）')
    expect(r.province).toMatchObject({ colleges: 1, enterprises: 1, enrolment: sum(GRADES), graduates: GRADS, demand })
    expect(r.province.ratio).toBe(Math.round((GRADS / demand) * 100) / 100)
    expect(r.chains.find((ch) => ch.chainId === A)).toMatchObject({ graduates: GRADS, demand })
    expect(r.cities).toHaveLength(16)
    expect(r.cities.find((ch) => ch.cityCode === '370300')).toMatchObject({ graduates: GRADS, demand: 0, ratio: null })
    expect(r.cities.find((ch) => ch.cityCode === '370100')).toMatchObject({ graduates: 0, demand })
  })

  it('opens with exceljs as the expected sheets with a known cell', async () => {
    const res = await h.app.request('/api/reports/2025.xlsx', { headers: bearer(t.admin!) })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await res.arrayBuffer())
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(REPORT_SHEETS))
    const province = wb.getWorksheet(REPORT_SHEETS.province)!
    const headers = (province.getRow(1).values as unknown[]).slice(1)
    expect(headers).toEqual(['年份', '院校数', '企业数', '在校生人数', '毕业生人数', '需求人数', '供需比', '专业匹配度指数'])
    expect(province.getRow(2).getCell(headers.indexOf('毕业生人数') + 1).value).toBe(GRADS)
    expect(province.getRow(2).getCell(headers.indexOf('需求人数') + 1).numFmt).toBe('#,##0')
    expect(province.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const cities = wb.getWorksheet(REPORT_SHEETS.cities)!
    expect(cities.rowCount).toBe(1 + 16)
  })

  it('is for admins only and rejects a malformed year', async () => {
    await expectProblem(await h.app.request('/api/reports/2025', { headers: bearer(t.college!) }), 403, 'FORBIDDEN')
    await expectProblem(await h.app.request('/api/reports/2025.csv', { headers: bearer(t.admin!) }), 400, 'VALIDATION_FAILED')
  })
})
