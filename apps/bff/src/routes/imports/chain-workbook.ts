import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { safeRow } from '../../excel/cells'
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
  // exceljs's streaming writer: each row is serialised when committed, sheet after sheet, and the zip is
  // deflated by zlib; the in-memory workbook kept every cell object and deflated in JavaScript (decision 032).
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false })
  out.creator = '职链齐鲁'
  const summary = out.addWorksheet('汇总')
  summary.columns = [{ header: '序号', width: 8 }, { header: '单位名称', width: 36 }]
  blocks.forEach((b, i) => summary.addRow(safeRow([i + 1, b.orgName])).commit())
  summary.commit()

  const places = basicPlaces(layout).fields
  const basic = out.addWorksheet(BASIC_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] })
  basic.columns = [{ width: 30 }, ...places.map(() => ({ width: 18 }))]
  header(basic, ['单位名称', ...places.map((p) => p.field.header)])
  for (const block of blocks) put(basic, block.orgName, block.basic)
  basic.commit()

  // Every section sheet with its header, even for a chain with no approved list yet.
  for (const spec of layout.sheets) {
    const target = out.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    target.columns = [{ width: 30 }, ...spec.columns.map((c) => ({ width: c.width ?? 16 }))]
    header(target, ['单位名称', ...spec.columns.map((c) => c.header)])
    for (const block of blocks) {
      for (const cells of block.sheets[spec.name] ?? []) {
        if (cells.every((c) => c.value === null || c.value === undefined || c.value === '')) continue
        put(target, block.orgName, cells)
      }
    }
    target.commit()
  }
  await out.commit()
  return Buffer.concat(chunks)
}

function header(ws: ExcelJS.Worksheet, titles: readonly string[]): void {
  const row = ws.addRow(safeRow(titles))
  row.font = { bold: true }
  row.commit()
}

/**
 * One organisation's row, led by its name; the form's number formats on the cells after it (dates stay
 * dates, shares percentages). Every cell gets one shared style object per format: exceljs recognises a style
 * object it has seen, where a fresh one per cell (its default) is rendered to XML to be looked up.
 */
function put(ws: ExcelJS.Worksheet, orgName: string, cells: readonly FormCell[]): void {
  const row = ws.addRow(safeRow([orgName, ...cells.map((c) => c.value)]))
  row.getCell(1).style = styleOf(undefined)
  cells.forEach((c, i) => { row.getCell(i + 2).style = styleOf(c.numFmt) })
  row.commit()
}

const styles = new Map<string | undefined, Partial<ExcelJS.Style>>()
function styleOf(numFmt: string | undefined): Partial<ExcelJS.Style> {
  let style = styles.get(numFmt)
  if (!style) styles.set(numFmt, (style = Object.freeze(numFmt ? { numFmt } : {})))
  return style
}
