import ExcelJS from 'exceljs'
import { xlsxBuffer } from '../../excel/cells'
import { BASIC_SHEET, basicPlaces } from '../../excel/basic-sheet'
import type { ListLayout } from '../../excel/layout'

/**
 * Several organisations' workbooks of one form stacked into one: every section sheet keeps its
 * columns and cell formats (dates stay dates, 高级职称比例 stays a percentage), led by a 单位名称
 * column, and each organisation contributes one block of rows. 基本信息 becomes one row per
 * organisation with one column per field, so the form's title and table are not repeated. It is for
 * reading (administrators), not for re-import.
 */
export async function stackWorkbooks<T>(layout: ListLayout<T>, blocks: readonly { orgName: string; bytes: Buffer }[]): Promise<Buffer> {
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
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(block.bytes as never)
    const source = wb.getWorksheet(BASIC_SHEET)
    if (source) {
      const row = basic.addRow([block.orgName, ...places.map((p) => source.getCell(`${p.valueCol}${p.row}`).value)])
      places.forEach((p, i) => copyFormat(source.getCell(`${p.valueCol}${p.row}`), row.getCell(i + 2)))
    }
    for (const spec of layout.sheets) {
      const ws = wb.getWorksheet(spec.name)
      if (!ws) continue
      const target = out.getWorksheet(spec.name)!
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        if (n === 1) return
        const cells = spec.columns.map((_, i) => row.getCell(i + 1))
        if (cells.every((c) => c.value === null || c.value === undefined || c.value === '')) return
        const added = target.addRow([block.orgName, ...cells.map((c) => c.value)])
        cells.forEach((c, i) => copyFormat(c, added.getCell(i + 2)))
      })
    }
  }
  return xlsxBuffer(out)
}

function copyFormat(from: ExcelJS.Cell, to: ExcelJS.Cell): void {
  if (from.numFmt) to.numFmt = from.numFmt
}
