import ExcelJS from 'exceljs'
import { xlsxBuffer } from '../../excel/cells'
import { BASIC_SHEET, basicPlaces } from '../../excel/basic-sheet'
import type { ListContext, ListLayout } from '../../excel/layout'
import { formCells, type FormCell } from '../../excel/write'

/**
 * Several organisations' workbooks of one form stacked into one: every section sheet keeps its
 * columns and cell formats (dates stay dates, 高级职称比例 stays a percentage), led by a 单位名称
 * column, and each organisation contributes one block of rows. 基本信息 becomes one row per
 * organisation with one column per field, so the form's title and table are not repeated. It is for
 * reading (administrators), not for re-import. The cells come from each list's data as its own export
 * would write them (formCells), never from writing that export and reading it back (decision 032).
 */
export function stackWorkbooks<T>(layout: ListLayout<T>, ctx: ListContext, blocks: readonly { orgName: string; data: T }[]): Promise<Buffer> {
  return stackForms(layout, blocks.map((b) => ({ orgName: b.orgName, ...formCells(layout, ctx, b.data) })))
}

/** One organisation's form as cells: 基本信息 values in basicPlaces order, and each sheet's data rows. */
export type StackBlock = { orgName: string; basic: readonly FormCell[]; sheets: Record<string, readonly (readonly FormCell[])[]> }

export async function stackForms<T>(layout: ListLayout<T>, blocks: readonly StackBlock[]): Promise<Buffer> {
  const out = new ExcelJS.Workbook()
  out.creator = '职链齐鲁'
  const summary = out.addWorksheet('汇总')
  summary.columns = [{ header: '序号', width: 8 }, { header: '单位名称', width: 36 }]
  blocks.forEach((b, i) => summary.addRow([i + 1, b.orgName]))

  const places = basicPlaces(layout).fields
  const basic = out.addWorksheet(BASIC_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] })
  basic.addRow(['单位名称', ...places.map((p) => p.field.header)]).font = { bold: true }
  basic.getColumn(1).width = 30
  places.forEach((_, i) => { basic.getColumn(i + 2).width = 18 })

  // Every section sheet with its header, even for a chain with no approved list yet.
  for (const spec of layout.sheets) {
    const target = out.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    target.addRow(['单位名称', ...spec.columns.map((c) => c.header)]).font = { bold: true }
    target.getColumn(1).width = 30
    spec.columns.forEach((c, i) => { target.getColumn(i + 2).width = c.width ?? 16 })
  }

  for (const block of blocks) {
    put(basic.addRow([block.orgName, ...block.basic.map((c) => c.value)]), block.basic)
    for (const spec of layout.sheets) {
      const target = out.getWorksheet(spec.name)!
      for (const cells of block.sheets[spec.name] ?? []) {
        if (cells.every((c) => c.value === null || c.value === undefined || c.value === '')) continue
        put(target.addRow([block.orgName, ...cells.map((c) => c.value)]), cells)
      }
    }
  }
  return xlsxBuffer(out)
}

/** The form's number formats on the cells after the 单位名称 column: dates stay dates, shares percentages. */
function put(row: ExcelJS.Row, cells: readonly FormCell[]): void {
  cells.forEach((c, i) => { if (c.numFmt) row.getCell(i + 2).numFmt = c.numFmt })
}
