import type ExcelJS from 'exceljs'
import { clean, readRaw } from './cells'

/**
 * The worksheet a template sheet became (decision 050): its own name, else the same name with spaces or full-width
 * characters changed (a rename typed back by hand), else the one "<name> - 表格 1" that Numbers makes of a sheet when it
 * exports to Excel. Undefined when none, or when more than one sheet could be it.
 */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.getWorksheet(name)
  if (exact) return exact
  const bare = (s: string) => clean(s).replace(/\s+/g, '')
  const wanted = bare(name)
  const candidates = wb.worksheets.filter((ws) => {
    const got = bare(ws.name)
    return got === wanted || (got.startsWith(`${wanted}-`) && !wb.worksheets.some((o) => o !== ws && bare(o.name) === wanted))
  })
  return candidates.length === 1 ? candidates[0] : undefined
}

const isVisible = (ws: ExcelJS.Worksheet) => ws.state === 'visible' || ws.state === undefined

/** The sheets a person can see, for a message that a sheet is missing. */
export const visibleSheetNames = (wb: ExcelJS.Workbook) => wb.worksheets.filter(isVisible).map((ws) => ws.name)

const firstRow = (ws: ExcelJS.Worksheet) => {
  const row = ws.getRow(1)
  return Array.from({ length: row.cellCount }, (_, i) => clean(String(readRaw(row.getCell(i + 1)) ?? ''))).join('\t')
}

/**
 * A visible copy of a hidden template sheet (decision 085): a person who copied 专利软著 to 「专利软著 (2)」, hid the
 * original and typed into the copy sees one sheet and would have the other imported, their work silently left out.
 * A copy is named after the sheet (Excel's 「(2)」, LibreOffice's 「_2」, WPS's 「(2)」) or starts with the same
 * header row (Google Sheets' 「…的副本」). A hidden template sheet with no copy is read as it is (decision 050).
 */
export function visibleCopyOf(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, templateNames: readonly string[]): ExcelJS.Worksheet | undefined {
  if (isVisible(ws)) return undefined
  const bare = (s: string) => clean(s).replace(/\s+/g, '')
  const own = bare(ws.name)
  const headers = firstRow(ws)
  return wb.worksheets.find((o) => o !== ws && isVisible(o) && !templateNames.includes(o.name)
    && (bare(o.name).startsWith(own) || (headers !== '' && firstRow(o) === headers)))
}
