import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook } from './index'
import { col, edit, sheet } from '../testing/excel'
import { hasSsconvert, ssconvert } from '../testing/gnumeric'
import { hasSoffice, soffice } from '../testing/libreoffice'

/**
 * Decision 069: the lists' workbooks as a person changes them and then saves them in LibreOffice Calc or Gnumeric,
 * written by the real programs during the test (where they are installed; Debian 12: libreoffice-calc-nogui,
 * gnumeric). Each must read as the same data, or be refused in Chinese naming what to do; never read wrong.
 */
const issuesOf = (r: { ok: boolean; issues?: unknown[] }) => (r.ok ? [] : r.issues)

/** The person's changes, each made with exceljs on our own export before the other program opens and saves it. */
async function variants() {
  const supply = await exportSupplyWorkbook(sampleSupplyList())
  const demand = await exportDemandWorkbook(sampleDemandList())
  return {
    // A date typed as text (not a date cell) and another left as a bare serial number with no date format.
    'supply-dates.xlsx': await edit(supply, (wb) => {
      const ws = sheet(wb, '企业培训')
      const cell = ws.getCell(`${col(ws, '开班日期')}2`)
      cell.value = '2026年9月1日'
      cell.numFmt = '@'
      const basic = sheet(wb, '基本信息')
      basic.eachRow((row) => row.eachCell((c) => { if (c.value instanceof Date) { c.value = Math.round(c.value.getTime() / 86_400_000) + 25_569; c.numFmt = 'General' } }))
    }),
    // Numbers stored as text in full-width digits (a Chinese input method in full-width mode).
    'supply-fullwidth.xlsx': await edit(supply, (wb) => {
      const ws = sheet(wb, '在校生规模')
      const cell = ws.getCell(`${col(ws, '在校生人数')}2`)
      cell.value = String(cell.value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
      cell.numFmt = '@'
    }),
    // Formatting left far below and to the right of the data, and empty rows between data rows.
    'demand-empty.xlsx': await edit(demand, (wb) => {
      const ws = sheet(wb, '岗位需求')
      ws.getCell('Z300').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
      ws.getCell('AD2').border = { top: { style: 'thin' } }
      ws.spliceRows(3, 0, [], [])
    }),
    // A sheet of the person's own notes, hidden.
    'demand-hidden.xlsx': await edit(demand, (wb) => {
      const notes = wb.addWorksheet('填写说明（本单位）', { state: 'hidden' })
      notes.getCell('A1').value = '内部备注：由人事处汇总'
    }),
    // Two header cells merged for looks.
    'demand-merged.xlsx': await edit(demand, (wb) => {
      sheet(wb, '岗位需求').mergeCells('A1:B1')
    }),
  }
}

const expected = { supply: sampleSupplyList(), demand: sampleDemandList() }
const parse = (name: string, bytes: Uint8Array) => (name.startsWith('supply') ? parseSupplyWorkbook(bytes) : parseDemandWorkbook(bytes))

async function expectRead(program: string, files: Map<string, Buffer>) {
  for (const [name, bytes] of files) {
    const result = await parse(name, bytes)
    if (name.endsWith('merged')) {
      expect(issuesOf(result), `${program} ${name}`).toEqual([expect.objectContaining({
        sheet: '岗位需求', row: 1, column: 'B', message: '表头与模板不一致：第2列应为「岗位类型」（这里合并了单元格：请取消合并，按模板填回各列表头，或重新下载模板）',
      })])
      continue
    }
    expect(issuesOf(result), `${program} ${name}`).toEqual([])
    expect(result.ok && result.data, `${program} ${name}`).toEqual(expected[name.startsWith('supply') ? 'supply' : 'demand'])
  }
}

/** How the program stored the text cells, so the test says which of the two encodings it covered. */
async function stringKinds(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes)
  const sheets = await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p)).map((p) => zip.file(p)!.async('string')))
  return { shared: sheets.some((x) => /t="s"/.test(x)), inline: sheets.some((x) => /t="inlineStr"/.test(x)) }
}

describe('workbooks changed by a person and saved again by LibreOffice Calc (live)', () => {
  it.runIf(hasSoffice)('reads text and serial dates, full-width text numbers, stray empty rows and columns and a hidden sheet; refuses a merged header saying to unmerge', async () => {
    const files = soffice(await variants(), 'xlsx:Calc MS Excel 2007 XML')
    expect(await stringKinds(files.get('demand-hidden')!)).toEqual({ shared: true, inline: false })
    await expectRead('LibreOffice', files)
  }, 180_000)
})

describe('workbooks changed by a person and saved again by Gnumeric (live)', () => {
  it.runIf(hasSsconvert)('reads and refuses the same files as from LibreOffice', async () => {
    const files = new Map<string, Buffer>()
    for (const [name, bytes] of Object.entries(await variants())) {
      files.set(name.replace(/\.xlsx$/, ''), ssconvert(bytes, 'Gnumeric_Excel:xlsx2', 'xlsx').files.get('xlsx')!)
    }
    await expectRead('Gnumeric', files)
  }, 180_000)
})
