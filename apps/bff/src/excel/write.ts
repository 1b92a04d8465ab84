import ExcelJS from 'exceljs'
import { xlsxBuffer } from './cells'
import { BASIC_SHEET, basicPlaces, TABLE_HEADERS, UNIT_LABEL } from './basic-sheet'
import { LAYOUT_VERSION, MAJORS_SHEET, MARKER_SHEET, TEMPLATE_ROWS, type Column, type ListContext, type ListLayout } from './layout'

/** Writes a layout as a workbook: an empty template, or (given data) the filled form. */
export async function writeWorkbook<T>(layout: ListLayout<T>, ctx: ListContext, data?: T): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '职链齐鲁'
  const rows = data === undefined ? {} : layout.disassemble(data)
  const cell = cellWriter(ctx)
  const majorsRows = ctx.majors.length

  writeBasicSheet(wb, layout, ctx, data)

  for (const spec of layout.sheets) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: printSetup('landscape') })
    // The header row repeats on every printed page.
    ws.pageSetup.printTitlesRow = '1:1'
    ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width ?? 16, style: styleFor(c) }))
    const header = ws.getRow(1)
    spec.columns.forEach((c, i) => {
      const h = header.getCell(i + 1)
      h.value = c.header
      h.note = noteFor(c)
      h.font = { bold: true }
      h.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
      h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFEDEDED' } }
    })
    header.height = 30
    const data = rows[spec.name] ?? []
    ws.addRows(data.map((r) => spec.columns.map((c) => cell(c, r[c.key]))))
    const last = 1 + Math.max(TEMPLATE_ROWS, data.length + 200)
    spec.columns.forEach((c, i) => {
      const v = validationFor(c, ctx, majorsRows, last)
      if (v) validations(ws).add(`${ws.getColumn(i + 1).letter}2:${ws.getColumn(i + 1).letter}${last}`, v)
    })
  }

  const majors = wb.addWorksheet(MAJORS_SHEET, { state: 'hidden' })
  majors.columns = [{ header: '专业代码', width: 10 }, { header: '专业名称', width: 24 }, { header: '下拉显示', width: 32 }]
  majors.addRows(ctx.majors.map((m) => [m.code, m.name, `${m.code} ${m.name}`]))

  const marker = wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' })
  marker.getCell('A1').value = layout.kind
  marker.getCell('A2').value = LAYOUT_VERSION

  return xlsxBuffer(wb)
}

function writeBasicSheet<T>(wb: ExcelJS.Workbook, layout: ListLayout<T>, ctx: ListContext, data?: T) {
  const ws = wb.addWorksheet(BASIC_SHEET, { pageSetup: printSetup('portrait') })
  const places = basicPlaces(layout)
  const cell = cellWriter(ctx)
  ws.columns = [{ width: 20 }, { width: 30 }, { width: 56 }]

  ws.mergeCells('A1:C1')
  ws.getCell('A1').value = layout.title
  ws.getCell('A1').font = { bold: true, size: 16 }
  ws.getCell('A1').alignment = { horizontal: 'center' }
  ws.getRow(1).height = 28

  const name = data === undefined ? undefined : getPath(data, layout.unitNamePath)
  ws.getCell(`A${places.unitRow}`).value = UNIT_LABEL
  ws.mergeCells(`B${places.unitRow}:C${places.unitRow}`)
  // Mirrors 院校名称/企业名称 below, so the unit is typed once; the parser never reads this cell.
  ws.getCell(`B${places.unitRow}`).value = { formula: `C${places.nameRow}`, result: typeof name === 'string' ? name : '' }

  for (const p of places.header) ws.mergeCells(`B${p.row}:C${p.row}`)
  TABLE_HEADERS.forEach((h, i) => {
    const c = ws.getRow(places.tableRow).getCell(i + 1)
    c.value = h
    c.font = { bold: true }
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }
    c.alignment = { horizontal: 'center' }
  })

  let groupStart = 0
  places.items.forEach(({ item, row }, i) => {
    const previous = places.items[i - 1]
    if (!previous || previous.item.category !== item.category) groupStart = row
    ws.getCell(`A${row}`).value = item.category
    ws.getCell(`A${row}`).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    const next = places.items[i + 1]
    if ((!next || next.item.category !== item.category) && row > groupStart) ws.mergeCells(`A${groupStart}:A${row}`)
    ws.getCell(`B${row}`).value = item.label
    if ('sheets' in item) {
      const target = item.sheets[0]!
      ws.getCell(`C${row}`).value = { text: `见「${item.sheets.join('」「')}」工作表`, hyperlink: `#'${target}'!A1` }
      if (item.note) ws.getCell(`B${row}`).note = item.note
    }
  })

  for (const p of places.fields) {
    const label = ws.getCell(`${p.labelCol}${p.row}`)
    if (p.labelCol === 'A') label.value = p.field.header
    label.note = noteFor(p.field)
    const value = ws.getCell(`${p.valueCol}${p.row}`)
    const style = styleFor(p.field)
    if (style.numFmt) value.numFmt = style.numFmt
    if (data !== undefined) value.value = cell(p.field, getPath(data, p.field.key))
    const v = validationFor(p.field, ctx, ctx.majors.length, 0)
    if (v) value.dataValidation = v
  }

  ws.getCell(`A${places.remarkRow}`).value = `备注：${layout.remark}`
  ws.mergeCells(`A${places.remarkRow}:C${places.remarkRow}`)
  // The official form prints its footnotes under the table; hover notes alone do not print.
  layout.footnotes.forEach((f, i) => {
    const row = places.remarkRow + 1 + i
    ws.getCell(`A${row}`).value = `${f.mark} ${f.text}`
    ws.getCell(`A${row}`).alignment = { wrapText: true, vertical: 'top' }
    ws.getCell(`A${row}`).font = { size: 9 }
    ws.mergeCells(`A${row}:C${row}`)
  })
}

/** One cell of a filled form: what it shows and its number format, as the written workbook has them. */
export interface FormCell {
  value: ExcelJS.CellValue
  numFmt?: string
}

/**
 * What a filled form's cells hold, without building a workbook: the 基本信息 values in basicPlaces order
 * and each sheet's data rows. The per-chain export stacks these directly (decision 032) instead of
 * writing every organisation's workbook and reading it back.
 */
export function formCells<T>(layout: ListLayout<T>, ctx: ListContext, data: T): { basic: FormCell[]; sheets: Record<string, FormCell[][]> } {
  const cell = cellWriter(ctx)
  const at = (c: Column, v: unknown): FormCell => {
    const numFmt = styleFor(c).numFmt
    return numFmt ? { value: cell(c, v), numFmt } : { value: cell(c, v) }
  }
  const rows = layout.disassemble(data)
  return {
    basic: basicPlaces(layout).fields.map((p) => at(p.field, getPath(data, p.field.key))),
    sheets: Object.fromEntries(layout.sheets.map((spec) => [spec.name, (rows[spec.name] ?? []).map((r) => spec.columns.map((c) => at(c, r[c.key])))])),
  }
}

/** A4, as wide as one page, as many pages down as the rows need. */
function printSetup(orientation: 'portrait' | 'landscape'): Partial<ExcelJS.PageSetup> {
  return { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true }
}

/** A header's hover note; 必填 is said once, however the note is worded. */
function noteFor(c: Column): string {
  if (!c.required || c.note.includes('必填')) return c.note
  return c.note ? `${c.note}（必填）` : '必填'
}

function styleFor(c: Column): Partial<ExcelJS.Style> {
  if (c.kind === 'percent') return { numFmt: '0.0%' }
  if (c.kind === 'date') return { numFmt: 'yyyy-mm-dd' }
  if (c.kind === 'text') return { numFmt: '@' }
  return {}
}

function validationFor(c: Column, ctx: ListContext, majorsRows: number, lastRow: number): ExcelJS.DataValidation | undefined {
  const list = (items: readonly string[]): ExcelJS.DataValidation => ({
    type: 'list', allowBlank: true, formulae: [`"${items.join(',')}"`],
    showErrorMessage: true, errorTitle: '输入有误', error: '请从下拉列表中选择',
  })
  const range = (min: number, max: number | undefined, type: 'whole' | 'decimal'): ExcelJS.DataValidation => {
    const what = type === 'whole' ? '整数' : '数字'
    const base = { type, allowBlank: true, showErrorMessage: true, errorTitle: '输入有误' } as const
    return max === undefined
      ? { ...base, operator: 'greaterThanOrEqual', formulae: [min], error: `请输入不小于${min}的${what}` }
      : { ...base, operator: 'between', formulae: [min, max], error: `请输入${min}–${max}之间的${what}` }
  }
  if (c.listFrom) {
    return {
      type: 'list', allowBlank: true, formulae: [`'${c.listFrom.sheet}'!$${c.listFrom.column}$2:$${c.listFrom.column}$${Math.max(lastRow, 2)}`],
      showErrorMessage: true, errorStyle: 'warning', errorTitle: '请核对', error: '应与「岗位需求」表中的岗位名称一致',
    }
  }
  switch (c.kind) {
    case 'enum':
      return list(Object.values(c.labels ?? {}))
    case 'bool':
      return list(c.yesNo ?? ['是', '否'])
    case 'city':
      return list(ctx.cities.map((x) => x.name))
    case 'major':
      // A warning, not a stop: typing the bare 6-digit code is allowed too.
      return {
        type: 'list', allowBlank: true, formulae: [`'${MAJORS_SHEET}'!$C$2:$C$${majorsRows + 1}`],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: '请核对', error: '该专业不在专业目录中',
      }
    case 'int':
    case 'year':
      return range(c.min ?? 0, c.max, 'whole')
    case 'decimal':
    case 'percent':
      return range(c.min ?? 0, c.max, 'decimal')
    default:
      return undefined
  }
}

/** Contract value → what the cell shows. */
function cellWriter(ctx: ListContext) {
  const majorNames = new Map(ctx.majors.map((m) => [m.code, m.name]))
  const cityNames = new Map(ctx.cities.map((c) => [c.adcode, c.name]))
  const labelNames = new Map(ctx.labels.map((l) => [l.id, l.name]))
  const chainNames = new Map(ctx.chains.map((c) => [c.id, c.name]))
  return (c: Column, v: unknown): ExcelJS.CellValue => {
    if (v === undefined || v === null) return null
    switch (c.kind) {
      case 'date':
        return typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : null
      case 'bool':
        return v ? (c.yesNo?.[0] ?? '是') : (c.yesNo?.[1] ?? '否')
      case 'enum':
        return c.labels?.[String(v)] ?? String(v)
      case 'major': {
        const name = majorNames.get(String(v))
        return name ? `${String(v)} ${name}` : String(v)
      }
      case 'majors':
      case 'list':
        return (v as string[]).join('、') || null
      case 'labels':
        return (v as string[]).map((id) => labelNames.get(id) ?? id).join('、') || null
      case 'chains':
        return (v as string[]).map((id) => chainNames.get(id) ?? id).join('、') || null
      case 'city':
        return cityNames.get(String(v)) ?? String(v)
      default:
        return v as ExcelJS.CellValue
    }
  }
}

/** exceljs keeps range validations on the sheet but leaves the property out of its typings. */
function validations(ws: ExcelJS.Worksheet): { add(address: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations
}

function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj)
}
