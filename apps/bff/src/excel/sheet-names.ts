import type ExcelJS from 'exceljs'
import { clean } from './cells'

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

/** The sheets a person can see, for a message that a sheet is missing. */
export const visibleSheetNames = (wb: ExcelJS.Workbook) => wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined).map((ws) => ws.name)
