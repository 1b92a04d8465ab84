import { readFileSync } from 'node:fs'
import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { ImportJobSchema } from '@zhilian/shared/contracts/imports'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook } from '../../excel'
import { warmParser } from '../../excel/parse-off-thread'
import { bearer, createHarness, expectProblem, type Harness } from '../../testing/harness'
import { decideAsRead } from '../../testing/review-as-read'
import { edit } from '../../testing/excel'
import { breakCell, importFixtures } from '../../testing/import-fixtures'
import { hasSoffice, soffice } from '../../testing/libreoffice'
import { failInterruptedImports } from '../../lists/stale-imports'

let h: Harness
beforeAll(async () => {
  // The parser's worker thread starts once per process (seconds, with exceljs); pay that here, not in a test.
  ;[h] = await Promise.all([createHarness(), warmParser()])
})
afterAll(() => h.close())

const { api, upload, importJob, enterprise, written } = importFixtures(() => h)
const annotatedDemand = (token: string) => api(token).imports.annotated['demand.xlsx'].$get()
const orgExport = (token: string) => api(token).exports.organizations[':id']
const chainExport = (chainId: string, token: string) => api(token).exports.chains[':chainId'][':kind'].$get({ param: { chainId, kind: 'demand.xlsx' } })

describe('Excel import of the demand list', () => {
  it('replaces the draft and records a version; the same file again is unchanged and writes nothing', async () => {
    const m = await enterprise()
    const file = await exportDemandWorkbook(m.data)
    const res = await upload('demand', m.token, file)
    expect(res.status).toBe(200)
    const job = ImportJobSchema.parse(await res.json())
    expect(job).toMatchObject({ status: 'done', progress: 100, unchanged: false, version: 1 })
    const list = await h.prisma.demandList.findUniqueOrThrow({ where: { orgId: m.org.id } })
    expect(list.draft).toEqual(JSON.parse(JSON.stringify(m.data)))
    const before = await written(m.org.id)
    const again = ImportJobSchema.parse(await (await upload('demand', m.token, file)).json())
    expect(again).toMatchObject({ status: 'done', unchanged: true })
    expect(await written(m.org.id)).toEqual(before)
  })

  it('imports the workbook as LibreOffice Calc saved it (a committed fixture, decision 041) like our own export', async () => {
    const data = sampleDemandList()
    const org = await createEnterprise(h.prisma, { uscc: data.org.uscc })
    const token = await h.tokenFor((await createMember(h.prisma, org)).user)
    const file = readFileSync(new URL('../../excel/fixtures/libreoffice-7.4-demand.xlsx', import.meta.url))
    const res = await upload('demand', token, file, '岗位需求（LibreOffice）.xlsx')
    expect(res.status).toBe(200)
    expect(ImportJobSchema.parse(await res.json())).toMatchObject({ status: 'done', unchanged: false, version: 1 })
    const list = await h.prisma.demandList.findUniqueOrThrow({ where: { orgId: org.id } })
    expect(list.draft).toEqual(JSON.parse(JSON.stringify(data)))
  })

  it('imports the workbook as Gnumeric saved it, and refuses what openpyxl saved with uncalculated formulas, naming each cell (decision 050)', async () => {
    const data = sampleDemandList()
    // The sample's enterprise, shared with the LibreOffice test above (a credit code belongs to one organisation).
    const org = (await h.prisma.organization.findUnique({ where: { uscc: data.org.uscc } })) ?? await createEnterprise(h.prisma, { uscc: data.org.uscc })
    const token = await h.tokenFor((await createMember(h.prisma, org)).user)
    const fixture = (name: string) => readFileSync(new URL(`../../excel/fixtures/${name}`, import.meta.url))
    const before = await written(org.id)
    const formulas = await expectProblem(await upload('demand', token, fixture('openpyxl-3.0-demand-formulas.xlsx'), '岗位需求.xlsx'), 422, 'IMPORT_FAILED')
    expect(formulas.issues).toEqual(data.jobs.map((_, i) => expect.objectContaining({ sheet: '岗位需求', row: i + 2, column: 'C', message: expect.stringContaining('没有保存计算结果') })))
    expect(await written(org.id)).toEqual(before)
    const res = await upload('demand', token, fixture('gnumeric-1.12-demand.xlsx'), '岗位需求（Gnumeric）.xlsx')
    expect(res.status).toBe(200)
    expect(ImportJobSchema.parse(await res.json())).toMatchObject({ status: 'done' })
    const list = await h.prisma.demandList.findUniqueOrThrow({ where: { orgId: org.id } })
    expect(list.draft).toEqual(JSON.parse(JSON.stringify(data)))
  })

  it('answers a CSV saved by Excel on Chinese Windows (GB18030), a real .xls and LibreOffice\'s .ods with 415 saying what to do', async () => {
    const m = await enterprise()
    const fixture = (name: string) => readFileSync(new URL(`../../excel/fixtures/${name}`, import.meta.url))
    const csv = await expectProblem(await upload('demand', m.token, fixture('csv-gb18030-demand.csv'), '岗位需求.csv'), 415, 'UNSUPPORTED_MEDIA')
    expect(csv.message).toMatch(/^这是 CSV 文本文件/)
    const xls = await expectProblem(await upload('demand', m.token, fixture('gnumeric-1.12-demand.xls'), '岗位需求.xls'), 415, 'UNSUPPORTED_MEDIA')
    expect(xls.message).toMatch(/^这是旧版 Excel（.xls）/)
    // Decision 069: an .ods was a 422 with the reason only in its issue list; it is told at the door like an .xls.
    const ods = await expectProblem(await upload('demand', m.token, fixture('libreoffice-7.4-supply.ods'), '岗位需求.ods'), 415, 'UNSUPPORTED_MEDIA')
    expect(ods.message).toMatch(/^这是 OpenDocument 表格（.ods）文件/)
  })

  // Decision 069: the same refusals for files LibreOffice writes during the test (where it is installed).
  it.runIf(hasSoffice)('answers 415 to the .xls, .ods and GBK .csv LibreOffice writes, and 422 to its merged header, writing nothing', async () => {
    const m = await enterprise()
    const mine = await exportDemandWorkbook(m.data)
    const merged = await edit(mine, (wb) => { wb.getWorksheet('岗位需求')!.mergeCells('A1:B1') })
    const before = await written(m.org.id)
    const xls = soffice({ 'demand.xlsx': mine }, 'xls').get('demand')!
    const ods = soffice({ 'demand.xlsx': mine }, 'ods').get('demand')!
    // 44 = comma, 34 = double quote, 70 = LibreOffice's number for GBK; one sheet only, as CSV holds.
    const csv = soffice({ 'demand.xlsx': mine }, 'csv:Text - txt - csv (StarCalc):44,34,70').get('demand')!
    const resaved = soffice({ 'merged.xlsx': merged }, 'xlsx:Calc MS Excel 2007 XML').get('merged')!
    const refusals: [Uint8Array, string, RegExp][] = [
      [xls, '岗位需求.xls', /^这是旧版 Excel（.xls）/], [ods, '岗位需求.ods', /^这是 OpenDocument 表格（.ods）文件/],
      [csv, '岗位需求.csv', /^这是 CSV 文本文件/],
    ]
    for (const [bytes, name, message] of refusals) {
      expect((await expectProblem(await upload('demand', m.token, bytes, name), 415, 'UNSUPPORTED_MEDIA')).message, name).toMatch(message)
    }
    const header = await expectProblem(await upload('demand', m.token, resaved, '岗位需求.xlsx'), 422, 'IMPORT_FAILED')
    expect(header.issues).toEqual([expect.objectContaining({ sheet: '岗位需求', row: 1, column: 'B', message: expect.stringContaining('请取消合并') })])
    expect(await written(m.org.id)).toEqual(before)
  }, 180_000)

  // Decision 069, found by a hostile client: a NUL in the file name answered 500 (PostgreSQL stores no NUL), and a
  // 300,000-character name was stored and sent back in the marked-up copy's Content-Disposition header.
  it('keeps the upload\'s file name cleaned: no NUL or line breaks, no path, at most 100 characters', async () => {
    const m = await enterprise()
    const good = await exportDemandWorkbook(m.data)
    const bad = await breakCell(good, '岗位需求', 'C2', '很多')
    const named = (bytes: Uint8Array, name: string) => api(m.token).imports.demand.$post({ form: { file: new File([bytes], name) } })
    const downloadName = async () => {
      const res = await annotatedDemand(m.token)
      expect(res.status).toBe(200)
      return decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition') ?? '')![1]!)
    }
    expect((await named(good, '岗位\u0000需求.xlsx')).status).toBe(200)
    const cases: [string, string][] = [
      ['C:\\Users\\hr\\桌面\\岗\u0000位\r\n需求.xlsx', '岗位需求-错误标注.xlsx'],
      [`${'长'.repeat(300_000)}.xlsx`, `${'长'.repeat(100)}-错误标注.xlsx`],
      ['\u0000\u200b.xlsx', 'list-错误标注.xlsx'],
    ]
    for (const [name, download] of cases) {
      await expectProblem(await named(bad, name), 422, 'IMPORT_FAILED')
      expect(await downloadName()).toBe(download)
    }
  })

  // Decision 069: each refused upload kept its whole marked-up copy, though only the latest can be downloaded.
  it('keeps only the latest refused upload\'s marked-up copy', async () => {
    const m = await enterprise()
    const bad = await breakCell(await exportDemandWorkbook(m.data), '岗位需求', 'C2', '很多')
    for (let i = 0; i < 3; i++) await expectProblem(await upload('demand', m.token, bad), 422, 'IMPORT_FAILED')
    const jobs = await h.prisma.importJob.findMany({ where: { orgId: m.org.id }, orderBy: { createdAt: 'asc' }, select: { status: true, result: true } })
    expect(jobs.map((j) => [j.status, j.result !== null])).toEqual([['failed', false], ['failed', false], ['failed', true]])
    expect((await annotatedDemand(m.token)).status).toBe(200)
  })

  it('answers a cell error with 422 naming sheet, row, column, and writes nothing', async () => {
    const m = await enterprise()
    const bad = await breakCell(await exportDemandWorkbook(m.data), '岗位需求', 'C3', '很多')
    const before = await written(m.org.id)
    const problem = await expectProblem(await upload('demand', m.token, bad), 422, 'IMPORT_FAILED')
    expect(problem.issues).toContainEqual(expect.objectContaining({ sheet: '岗位需求', row: 3, column: 'C', message: expect.stringMatching(/[\u4e00-\u9fff]/) }))
    expect(await written(m.org.id)).toEqual(before)
    expect(await h.prisma.demandList.findUnique({ where: { orgId: m.org.id } })).toBeNull()
  })

  it('gives the refused upload back marked up: red problem cells with their messages as notes, and a 错误清单 sheet; none once an upload succeeds', async () => {
    const m = await enterprise()
    await expectProblem(await annotatedDemand(m.token), 404, 'NOT_FOUND')
    const bad = await breakCell(await exportDemandWorkbook(m.data), '岗位需求', 'C3', '很多')
    const problem = await expectProblem(await upload('demand', m.token, bad), 422, 'IMPORT_FAILED')
    const res = await annotatedDemand(m.token)
    expect(res.status).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    const cell = wb.getWorksheet('岗位需求')!.getCell('C3')
    expect(cell.value).toBe('很多')
    expect(JSON.stringify(cell.note)).toContain(problem.issues!.find((i) => i.column === 'C' && i.row === 3)!.message)
    expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } })
    const list = wb.getWorksheet('错误清单')!
    expect(list.rowCount).toBe(1 + problem.issues!.length)
    // Someone else's copy is not theirs to fetch: another enterprise has none.
    const other = await enterprise()
    await expectProblem(await annotatedDemand(other.token), 404, 'NOT_FOUND')
    // Fixed and uploaded again: nothing left to mark up.
    expect((await upload('demand', m.token, await exportDemandWorkbook(m.data))).status).toBe(200)
    await expectProblem(await annotatedDemand(m.token), 404, 'NOT_FOUND')
  })

  it('refuses a file that is not xlsx (415), one too large (413), and the other list\'s workbook (422)', async () => {
    const m = await enterprise()
    await expectProblem(await upload('demand', m.token, new TextEncoder().encode('name,title\n')), 415, 'UNSUPPORTED_MEDIA')
    await expectProblem(await upload('demand', m.token, new Uint8Array(6 * 1024 * 1024)), 413, 'PAYLOAD_TOO_LARGE')
    const supply = sampleSupplyList()
    const wrong = await expectProblem(await upload('demand', m.token, await exportSupplyWorkbook(supply)), 422, 'IMPORT_FAILED')
    expect(wrong.issues?.[0]?.message).toContain('职业院校供给清单')
  })

  it('answers a JSON body of no declared length with 415, not 500 (the app-wide guard has already read it)', async () => {
    const m = await enterprise()
    // Raw requests: the typed client sends only the form this route declares. A string body declares no length.
    for (const body of ['null', '', '{}']) {
      const res = await h.app.request('/api/imports/demand', { method: 'POST', body, headers: { ...bearer(m.token), 'content-type': 'application/json' } })
      expect((await expectProblem(res, 415, 'UNSUPPORTED_MEDIA')).message).toContain('上传 Excel 请以表单')
    }
  })

  it('exports what was imported, and that export imports back as unchanged', async () => {
    const m = await enterprise()
    expect((await upload('demand', m.token, await exportDemandWorkbook(m.data))).status).toBe(200)
    const exported = await orgExport(m.token)['demand.xlsx'].$get({ param: { id: m.org.id } })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toContain('spreadsheetml')
    const bytes = new Uint8Array(await exported.arrayBuffer())
    const parsed = await parseDemandWorkbook(bytes)
    expect(parsed.ok && parsed.data).toEqual(m.data)
    expect(ImportJobSchema.parse(await (await upload('demand', m.token, bytes)).json()).unchanged).toBe(true)
  })

  it('prefills the template with the enterprise\'s registered details', async () => {
    const m = await enterprise()
    const res = await api(m.token).imports.templates['demand.xlsx'].$get()
    expect(res.status).toBe(200)
    const parsed = await parseDemandWorkbook(new Uint8Array(await res.arrayBuffer()))
    // A bare template is incomplete, but the unit's name and code are already in it.
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.issues.map((i) => i.path)).not.toContain('org.uscc')
    expect(parsed.issues.map((i) => i.path)).not.toContain('org.name')
  })
})

describe('imports and exports are scoped to the caller\'s organisation', () => {
  it('answers 404 for another organisation\'s import job and export', async () => {
    const a = await enterprise()
    const b = await enterprise()
    const job = ImportJobSchema.parse(await (await upload('demand', a.token, await exportDemandWorkbook(a.data))).json())
    await expectProblem(await importJob(job.id, b.token), 404, 'NOT_FOUND')
    await expectProblem(await orgExport(b.token)['demand.xlsx'].$get({ param: { id: a.org.id } }), 404, 'NOT_FOUND')
    const college = await createCollege(h.prisma)
    await expectProblem(await orgExport(b.token)['supply.xlsx'].$get({ param: { id: college.id } }), 404, 'NOT_FOUND')
  })

  it('refuses a list naming another unit\'s credit code, writing nothing', async () => {
    const a = await enterprise()
    const b = await enterprise()
    const problem = await expectProblem(await upload('demand', b.token, await exportDemandWorkbook(a.data)), 422, 'IMPORT_FAILED')
    expect(problem.issues?.[0]?.message).toContain('统一社会信用代码')
    expect(await h.prisma.demandList.findUnique({ where: { orgId: b.org.id } })).toBeNull()
  })
})

describe('Excel import of the supply list', () => {
  it('imports the college\'s workbook as its draft, which can then be submitted as is', async () => {
    const college = await createCollege(h.prisma)
    const token = await h.tokenFor((await createMember(h.prisma, college)).user)
    const data = sampleSupplyList()
    data.college.uscc = college.uscc
    const res = await upload('supply', token, await exportSupplyWorkbook(data))
    expect(res.status).toBe(200)
    expect(ImportJobSchema.parse(await res.json())).toMatchObject({ kind: 'supply', status: 'done', version: 1 })
    const submitted = await api(token)['supply-lists'].mine.submit.$post({ json: {} })
    expect(submitted.status).toBe(200)
    // Decision 015: the rows are written when a reviewer approves the submitted version.
    expect(await h.prisma.majorOffering.count({ where: { list: { collegeId: college.id } } })).toBe(0)
    const versions = await h.prisma.listVersion.findMany({ where: { listKind: 'supply' , listId: (await h.prisma.supplyList.findFirstOrThrow({ where: { collegeId: college.id } })).id }, orderBy: { version: 'asc' } })
    expect(versions.map((v) => (v.snapshot as { source: string }).source)).toEqual(['import', 'submit'])
    // An import after the submission is a change the reviewer has not seen: the status line says so (decision 073).
    const edited = () => h.prisma.supplyList.findFirstOrThrow({ where: { collegeId: college.id }, select: { draftEditedAt: true } })
    expect((await edited()).draftEditedAt).toBeNull()
    data.equipment = data.equipment.slice(1)
    expect((await upload('supply', token, await exportSupplyWorkbook(data))).status).toBe(200)
    expect((await edited()).draftEditedAt).not.toBeNull()
  })

  it('refuses a college\'s upload on the enterprise endpoint (403)', async () => {
    const college = await createCollege(h.prisma)
    const token = await h.tokenFor((await createMember(h.prisma, college)).user)
    await expectProblem(await upload('demand', token, await exportDemandWorkbook(sampleDemandList())), 403, 'FORBIDDEN')
  })
})

describe('chain export', () => {
  it('stacks the approved list of every verified enterprise of a chain into one workbook, one block of rows each, for administrators only', { timeout: 180_000 }, async () => {
    // A chain of their own, so the other tests' enterprises stay out of the workbook.
    const a = await enterprise(['SD-C07'])
    const b = await enterprise(['SD-C07'])
    const admin = await h.tokenFor(await createAdmin(h.prisma))
    for (const m of [a, b]) {
      expect((await upload('demand', m.token, await exportDemandWorkbook(m.data))).status).toBe(200)
      // Only approved versions are exported (decision 015): submit with the confirmed job plan, then approve.
      const plan = await (await api(m.token)['demand-lists'].mine['job-plan'].$get()).json()
      const sent = await api(m.token)['demand-lists'].mine.submit.$post({ json: { confirmJobs: plan.planKey } })
      const { id } = (await sent.json()) as { id: string }
      const approved = await decideAsRead(h, admin, 'demand_list', id, { decision: 'approve' })
      expect(approved.status).toBe(200)
    }
    await expectProblem(await chainExport('SD-C07', a.token), 403, 'FORBIDDEN')
    const res = await chainExport('SD-C07', admin)
    expect(res.status).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    const jobs = wb.getWorksheet('岗位需求')!
    const units = new Map<string, number>()
    jobs.eachRow((row, n) => {
      if (n > 1) units.set(String(row.getCell(1).value), (units.get(String(row.getCell(1).value)) ?? 0) + 1)
    })
    expect(units.get(a.org.name)).toBe(a.data.jobs.length)
    expect(units.get(b.org.name)).toBe(b.data.jobs.length)
    await expectProblem(await chainExport('NOPE', admin), 404, 'NOT_FOUND')
  })
})

describe('imports interrupted by a restart', () => {
  it('are marked failed with a Chinese message, finished ones untouched', async () => {
    const m = await enterprise()
    const stuck = await h.prisma.importJob.create({ data: { orgId: m.org.id, userId: m.user.id, listKind: 'demand', bytes: 1, status: 'writing', progress: 80 } })
    const finished = await h.prisma.importJob.create({ data: { orgId: m.org.id, userId: m.user.id, listKind: 'demand', bytes: 1, status: 'done', progress: 100 } })
    expect(await failInterruptedImports(h.prisma, new Date(Date.now() + 1000))).toBeGreaterThanOrEqual(1)
    const job = ImportJobSchema.parse(await (await importJob(stuck.id, m.token)).json())
    expect(job.status).toBe('failed')
    expect(job.issues[0]?.message).toContain('重新上传')
    expect((await h.prisma.importJob.findUniqueOrThrow({ where: { id: finished.id } })).status).toBe('done')
  })
})
