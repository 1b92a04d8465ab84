import type { FieldIssue } from '@zhilian/shared'
import ExcelJS from 'exceljs'
import { xlsxBuffer } from './cells'
import { normalizePackage } from './normalize-package'
import { findSheet } from './sheet-names'

/** The sheet the annotated copy opens on: every problem, with a link to its cell. */
const ISSUES_SHEET = '错误清单'
const MARK = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const

/**
 * The uploaded workbook given back with its problems marked: each cell named by an issue turns red and
 * carries the message as its note, and a first-opened 错误清单 sheet lists them all. The copy still
 * imports once fixed (extra sheets and notes are ignored). Undefined when no issue names a cell.
 */
export async function annotateWorkbook(bytes: Uint8Array, issues: readonly FieldIssue[]): Promise<Buffer | undefined> {
  const located = issues.filter((i) => i.sheet && i.row && i.column)
  if (located.length === 0) return undefined
  const wb = new ExcelJS.Workbook()
  // Marked up as the parser read it: another program's file, rewritten the way exceljs reads it (decision 041).
  const normal = await normalizePackage(bytes)
  await wb.xlsx.load(Buffer.from(normal.buffer, normal.byteOffset, normal.byteLength) as never, { ignoreNodes: ['conditionalFormatting'] })
  const old = wb.getWorksheet(ISSUES_SHEET)
  if (old) wb.removeWorksheet(old.id)

  const messages = new Map<string, string[]>()
  for (const i of located) {
    const key = `${i.sheet}!${i.column}${i.row}`
    messages.set(key, [...(messages.get(key) ?? []), i.message])
  }
  for (const [key, list] of messages) {
    const [sheet, address] = key.split('!') as [string, string]
    const cell = findSheet(wb, sheet)?.getCell(address)
    if (!cell) continue
    cell.fill = MARK
    cell.note = list.join('\n')
  }

  const ws = wb.addWorksheet(ISSUES_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } })
  ws.columns = [{ header: '工作表', width: 16 }, { header: '行', width: 8 }, { header: '列', width: 8 }, { header: '问题', width: 60 }]
  ws.getRow(1).font = { bold: true }
  for (const i of issues) {
    const row = ws.addRow([i.sheet ?? '', i.row ?? '', i.column ?? '', i.message])
    if (i.sheet && i.row && i.column) row.getCell(1).value = { text: i.sheet, hyperlink: `#'${i.sheet}'!${i.column}${i.row}` }
  }
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: wb.worksheets.indexOf(ws), visibility: 'visible' }]
  return xlsxBuffer(wb)
}
