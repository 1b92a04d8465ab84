import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportSupplyWorkbook, parseSupplyWorkbook } from './index'
import { col, edit, sheet } from '../testing/excel'
import { hasSoffice, soffice } from '../testing/libreoffice'

/**
 * Hostile-client round 15 (decision 111): workbooks other programs wrote, made by LibreOffice during the test (where
 * `soffice` is installed, as decision 069's live round trips): each is read correctly or refused in Chinese, per
 * cell or per file, never a thrown error. The synthetic versions of these files live in parse-refusals,
 * other-writers and zip-size; these are the bytes the real program writes.
 */
const issuesOf = (r: { ok: boolean; issues?: unknown[] }) => (r.ok ? [] : r.issues)
const LONG = '产教融合'.repeat(10_000)

async function files() {
  const supply = await exportSupplyWorkbook(sampleSupplyList())
  return {
    plain: supply,
    // A formula whose result is an error (#DIV/0!) in a number column: LibreOffice computes it and caches the error.
    formula: await edit(supply, (wb) => {
      const ws = sheet(wb, '在校生规模')
      ws.getCell(`${col(ws, '在校生人数')}2`).value = { formula: '1/0' } as never
    }),
    // 40,000 characters in one text cell: past Excel's 32,767 per cell (LibreOffice cuts it there when it saves).
    long: await edit(supply, (wb) => {
      const ws = sheet(wb, '典型案例')
      ws.getCell('B2').value = LONG
    }),
    // The 1904 date system (Excel for Mac before 2011, kept by every program that saves such a file).
    d1904: await edit(supply, (wb) => {
      wb.properties.date1904 = true
    }),
  }
}

async function longestSharedString(bytes: Buffer) {
  const strings = await (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('string')
  return Math.max(...[...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!.length))
}

describe.runIf(hasSoffice)('workbooks written by LibreOffice Calc (live, decision 111)', () => {
  it('refuses an .xls and an .ods renamed .xlsx, each saying to save as .xlsx', async () => {
    const { plain } = await files()
    const xls = soffice({ 'supply.xlsx': plain }, 'xls').get('supply')!
    const ods = soffice({ 'supply.xlsx': plain }, 'ods').get('supply')!
    const fromXls = await parseSupplyWorkbook(xls)
    expect(issuesOf(fromXls)).toEqual([{ path: '', message: expect.stringContaining('另存为') }])
    const fromOds = await parseSupplyWorkbook(ods)
    expect(issuesOf(fromOds)).toEqual([{ path: '', message: '这是 OpenDocument 表格（.ods）文件，请在 WPS 或 LibreOffice 中「另存为」.xlsx 后再上传' }])
  })

  it('refuses a formula error on its cell, a 40,000-character cell on its cell, and reads 1904 dates as the same dates', async () => {
    const made = await files()
    const saved = soffice({ 'formula.xlsx': made.formula, 'long.xlsx': made.long, 'd1904.xlsx': made.d1904 }, 'xlsx')
    const formula = await parseSupplyWorkbook(saved.get('formula')!)
    expect(issuesOf(formula)).toEqual([{ path: 'enrolments.0.count', sheet: '在校生规模', row: 2, column: 'C', message: '单元格是错误值#DIV/0!，请检查公式' }])
    const tooLong = { path: 'cases.0.partner', sheet: '典型案例', row: 2, column: 'B', message: '不能超过60个字' }
    expect(await longestSharedString(saved.get('long')!)).toBe(32_767)
    expect(issuesOf(await parseSupplyWorkbook(saved.get('long')!))).toEqual([tooLong])
    // The same cell as exceljs (and so other libraries) writes it: all 40,000 characters in one shared string.
    expect(await longestSharedString(made.long)).toBe(LONG.length)
    expect(issuesOf(await parseSupplyWorkbook(made.long))).toEqual([tooLong])
    expect(await (await JSZip.loadAsync(saved.get('d1904')!)).file('xl/workbook.xml')!.async('string')).toMatch(/date1904="(1|true)"/)
    const d1904 = await parseSupplyWorkbook(saved.get('d1904')!)
    expect(issuesOf(d1904)).toEqual([])
    expect(d1904.ok && d1904.data).toEqual(sampleSupplyList())
  })
})
