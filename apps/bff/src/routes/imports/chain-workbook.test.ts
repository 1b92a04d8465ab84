import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { defaultListContext, exportSupplyWorkbook } from '../../excel'
import { BASIC_SHEET, basicPlaces } from '../../excel/basic-sheet'
import type { ListLayout } from '../../excel/layout'
import { supplyLayout } from '../../excel/supply-layout'
import { stackWorkbooks } from './chain-workbook'
import { hasSsconvert, ssconvert } from '../../testing/gnumeric'

const layout = supplyLayout as unknown as ListLayout<unknown>

async function stacked() {
  const a = sampleSupplyList()
  const b = { ...sampleSupplyList(), college: { ...sampleSupplyList().college, name: '第二职业学院' } }
  // A text cell that looks like a formula must come out escaped once, as the college's own export writes it.
  a.cases[0]!.title = '=1+1 校企合作'
  const bytes = await stackWorkbooks(layout, defaultListContext(), [{ orgName: a.college.name, data: a }, { orgName: b.college.name, data: b }])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as never)
  return { wb, a, b }
}

describe('the per-chain workbook', () => {
  it.runIf(hasSsconvert)('opens cleanly in Gnumeric (decision 050): no warnings, every organisation\'s rows, dates still dates', async () => {
    const a = sampleSupplyList()
    const bytes = await stackWorkbooks(layout, defaultListContext(), [{ orgName: '甲学院', data: a }, { orgName: '乙学院', data: a }])
    const { files, warnings } = ssconvert(bytes, 'Gnumeric_stf:stf_csv', 'csv', true)
    expect(warnings).toBe('')
    const training = files.get('企业培训.csv')!.toString('utf8').trim().split('\n')
    const day = a.trainingCourses[0]!.startDate!.replace(/-/g, '/')
    expect(training.slice(1).map((line) => [line.split(',')[0], line.includes(`,${day},`)])).toEqual([['甲学院', true], ['乙学院', true]])
  }, 120_000)

  it('keeps cell formats: dates stay yyyy-mm-dd dates and 高级职称比例 a percentage', async () => {
    const { wb, a } = await stacked()
    const faculty = wb.getWorksheet('师资队伍')!
    const share = faculty.getCell(2, 1 + 1 + supplyLayout.sheets.find((s) => s.name === '师资队伍')!.columns.findIndex((c) => c.key === 'seniorTitleShare'))
    expect(share.value).toBe(a.faculty[0]!.seniorTitleShare)
    expect(share.numFmt).toBe('0.0%')
    const training = wb.getWorksheet('企业培训')!
    const start = training.getCell(2, 1 + 1 + supplyLayout.sheets.find((s) => s.name === '企业培训')!.columns.findIndex((c) => c.key === 'startDate'))
    expect(start.value).toBeInstanceOf(Date)
    expect(start.numFmt).toBe('yyyy-mm-dd')
  })

  it('writes 基本信息 as one row per organisation under one header row, without the form title', async () => {
    const { wb } = await stacked()
    const basic = wb.getWorksheet('基本信息')!
    expect(basic.getRow(1).getCell(1).value).toBe('单位名称')
    expect(basic.getRow(1).values).toContain('填报时间')
    expect(basic.getRow(1).values).toContain('院校名称')
    expect(basic.rowCount).toBe(3)
    const all = JSON.stringify(basic.getSheetValues())
    expect(all).not.toContain('职业院校供给清单统计表')
    const filledAt = basic.getCell(2, (basic.getRow(1).values as unknown[]).indexOf('填报时间'))
    expect(filledAt.value).toBeInstanceOf(Date)
    expect(filledAt.numFmt).toBe('yyyy-mm-dd')
  })

  it('holds exactly what each organisation’s own export holds, sheet by sheet, row by row, with its formats', async () => {
    const { wb, a, b } = await stacked()
    const own = await Promise.all([a, b].map(async (data) => {
      const one = new ExcelJS.Workbook()
      await one.xlsx.load((await exportSupplyWorkbook(data)) as never)
      return { name: data.college.name, wb: one }
    }))
    const cells = (row: ExcelJS.Row, from: number, count: number) =>
      Array.from({ length: count }, (_, i) => row.getCell(from + i)).map((c) => ({ value: c.value, numFmt: c.numFmt ?? null }))
    for (const spec of supplyLayout.sheets) {
      const expected = own.flatMap(({ name, wb: one }) => {
        const rows: unknown[] = []
        one.getWorksheet(spec.name)!.eachRow((row, n) => { if (n > 1) rows.push([name, ...cells(row, 1, spec.columns.length)]) })
        return rows
      })
      const actual: unknown[] = []
      wb.getWorksheet(spec.name)!.eachRow((row, n) => { if (n > 1) actual.push([row.getCell(1).value, ...cells(row, 2, spec.columns.length)]) })
      expect(actual, spec.name).toEqual(expected)
    }
    const places = basicPlaces(layout).fields
    const basicRows = own.map(({ name, wb: one }) => [name, ...places.map((p) => one.getWorksheet(BASIC_SHEET)!.getCell(`${p.valueCol}${p.row}`).value)])
    const basic = wb.getWorksheet(BASIC_SHEET)!
    expect([2, 3].map((r) => [basic.getCell(r, 1).value, ...places.map((_, i) => basic.getCell(r, i + 2).value)])).toEqual(basicRows)
  })
})
