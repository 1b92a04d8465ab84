import type { FieldIssue } from '@zhilian/shared'
import ExcelJS from 'exceljs'
import { BASIC_SHEET, basicPlaces, TABLE_HEADERS, UNIT_LABEL } from './basic-sheet'
import { clean, convert, isBlank, readRaw, type Lookup } from './cells'
import { contentHash } from './content-hash'
import { findSheet, visibleCopyOf, visibleSheetNames } from './sheet-names'
import { normalizePackage } from './normalize-package'
import { notXlsxMessage, otherZipMessage } from './file-kind'
import { declaredUncompressedSize, inflatedSizeWithin } from './zip-size'
import {
  LAYOUT_VERSION, MARKER_SHEET, type Assembly, type ListContext, type ListLayout, type ParseLimits, type ParseResult, type ReadRow,
} from './layout'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
export const DEFAULT_MAX_ROWS = 20_000
/** xlsx XML compresses roughly 10:1; by default a file may inflate to 20 times the byte limit. */
const UNPACK_RATIO = 20

type Loc = { sheet: string; row: number; column: string }

/** A problem that stops the whole file before any row is read. */
class Refusal extends Error {
  constructor(readonly issue: FieldIssue) {
    super(issue.message)
  }
}
const refuse = (message: string, where: Partial<Loc> = {}) => new Refusal({ path: '', message, ...where })

/**
 * Reads an uploaded workbook against a layout. Refusals (not an xlsx, someone else's layout, changed
 * headers, too big) answer one issue; otherwise every problem in every cell is listed at once.
 */
export async function readWorkbook<T>(
  layout: ListLayout<T>, input: Uint8Array | ArrayBuffer, ctx: ListContext, limits: ParseLimits = {},
): Promise<ParseResult<T>> {
  const buffer = input instanceof Uint8Array ? input : new Uint8Array(input)
  try {
    const wb = await open(layout, buffer, limits)
    return read(layout, wb, ctx)
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, issues: [error.issue] }
    throw error
  }
}

async function open<T>(layout: ListLayout<T>, buffer: Uint8Array, limits: ParseLimits): Promise<ExcelJS.Workbook> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES
  if (buffer.byteLength > maxBytes) {
    throw refuse(`文件过大（${(buffer.byteLength / 1048576).toFixed(1)} MB），请不超过${(maxBytes / 1048576).toFixed(0)} MB`)
  }
  const notXlsx = notXlsxMessage(buffer)
  if (notXlsx) throw refuse(notXlsx)
  // What the zip declares is a cheap first look; what it really inflates to (capped while inflating) decides.
  const budget = limits.maxUnpackedBytes ?? maxBytes * UNPACK_RATIO
  const broken = () => refuse('文件已损坏或不是 Excel（.xlsx）格式，请用 Excel 打开确认后重新保存上传')
  const tooLarge = () => refuse('文件内容过大，请删除多余的行、图片或格式后重新上传')
  const declared = declaredUncompressedSize(buffer)
  if (declared === undefined) throw broken()
  if (declared > budget) throw tooLarge()
  const inflated = inflatedSizeWithin(buffer, budget)
  if (inflated === undefined) throw broken()
  if (inflated > budget) throw tooLarge()
  const otherZip = otherZipMessage(buffer)
  if (otherZip) throw refuse(otherZip)
  const wb = new ExcelJS.Workbook()
  try {
    // Other programs' habits (namespace prefixes, cells without addresses, ISO dates …) rewritten the way exceljs reads.
    const normal = await normalizePackage(buffer)
    // Drop-downs and conditional formats are ours to write, not to read: skipping them keeps a file with
    // whole-column validations (which exceljs would expand cell by cell) from eating memory.
    await wb.xlsx.load(Buffer.from(normal.buffer, normal.byteOffset, normal.byteLength) as never, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting'],
    })
  } catch {
    throw refuse('文件已损坏或不是 Excel（.xlsx）格式，请用 Excel 打开确认后重新保存上传')
  }
  const marker = wb.getWorksheet(MARKER_SHEET)
  const kind = marker ? clean(String(readRaw(marker.getCell('A1')) ?? '')) : ''
  const version = marker ? clean(String(readRaw(marker.getCell('A2')) ?? '')) : ''
  if (!marker || (kind !== 'supply-list' && kind !== 'demand-list')) {
    throw refuse(`这不是本平台的「${layout.title}」模板，请下载模板填写后上传`)
  }
  if (kind !== layout.kind) throw refuse(`这是「${layout.otherTitle}」，请在对应的入口上传，或下载「${layout.title}」模板`)
  if (version !== LAYOUT_VERSION) throw refuse('模板版本已更新，请下载最新模板，把内容复制过去后重新上传')
  checkLayout(layout, wb, limits)
  return wb
}

/** Headers must be the template's, cell for cell: a moved column would otherwise be misread silently. */
function checkLayout<T>(layout: ListLayout<T>, wb: ExcelJS.Workbook, limits: ParseLimits): void {
  const templateNames = [BASIC_SHEET, ...layout.sheets.map((s) => s.name)]
  // A sheet renamed by a space, full-width letters or Numbers' export is read under the template's name from here on.
  const sheetOf = (name: string, missing: string) => {
    const ws = findSheet(wb, name)
    if (!ws) {
      const seen = visibleSheetNames(wb)
      throw refuse(`${missing}（文件中的工作表：${seen.join('、') || '无'}）。如果改过工作表名称，请改回「${name}」`, { sheet: name })
    }
    const copy = visibleCopyOf(wb, ws, templateNames)
    if (copy) {
      throw refuse(`工作表「${name}」是隐藏的，而您看到的「${copy.name}」是它的副本：平台只读取「${name}」，副本中的内容不会导入。请把要提交的内容放回「${name}」并取消隐藏，删除副本后重新上传`, { sheet: name })
    }
    ws.name = name
    return ws
  }
  const basic = sheetOf(BASIC_SHEET, `缺少工作表「${BASIC_SHEET}」，请使用本平台模板`)
  const places = basicPlaces(layout)
  // Spaces and line breaks do not count: WPS and Excel users wrap long headers (Alt+Enter) or pad them.
  const same = (text: string, wanted: string) => clean(text).replace(/\s+/g, '') === clean(wanted).replace(/\s+/g, '')
  const expect = (ws: ExcelJS.Worksheet, address: string, wanted: string, where: string) => {
    if (!same(String(readRaw(ws.getCell(address)) ?? ''), wanted)) {
      const cell = ws.getCell(address)
      // A header merged for looks (common in every program) reads as the first cell's text; say what to undo.
      const merged = cell.isMerged ? '（这里合并了单元格：请取消合并，按模板填回各列表头，或重新下载模板）' : ''
      throw refuse(`表头与模板不一致：${where}应为「${wanted}」${merged}`, { sheet: ws.name, row: Number(cell.row), column: cell.address.replace(/\d+/g, '') })
    }
  }
  expect(basic, `A${places.unitRow}`, UNIT_LABEL, `第${places.unitRow}行`)
  for (const p of places.header) expect(basic, `A${p.row}`, p.field.header, `第${p.row}行`)
  TABLE_HEADERS.forEach((h, i) => expect(basic, `${'ABC'[i]}${places.tableRow}`, h, `第${places.tableRow}行第${i + 1}列`))
  for (const { item, row } of places.items) expect(basic, `B${row}`, item.label, `第${row}行`)

  const maxRows = limits.maxRowsPerSheet ?? DEFAULT_MAX_ROWS
  for (const spec of layout.sheets) {
    const ws = sheetOf(spec.name, `缺少工作表「${spec.name}」，请使用最新模板`)
    spec.columns.forEach((c, i) => expect(ws, `${ws.getColumn(i + 1).letter}1`, c.header, `第${i + 1}列`))
    const dataRows = ws.actualRowCount - 1
    if (dataRows > maxRows) {
      throw refuse(`「${spec.name}」有${dataRows}行数据，超过每张表${maxRows}行的上限，请分批上传`, { sheet: spec.name })
    }
  }
}

function read<T>(layout: ListLayout<T>, wb: ExcelJS.Workbook, ctx: ListContext): ParseResult<T> {
  const lookup: Lookup = {
    majorCodes: new Set(ctx.majors.map((m) => m.code)), cities: ctx.cities, labels: ctx.labels, chains: ctx.chains,
    date1904: wb.properties.date1904 === true,
  }
  const issues: (FieldIssue & { order: number })[] = []
  const order = new Map([BASIC_SHEET, ...layout.sheets.map((s) => s.name)].map((name, i) => [name, i]))
  const locByPath = new Map<string, Loc>()
  const pathByRow = new Map<string, string>()
  const rowByPath = new Map<string, ReadRow>()
  const sheetOfSection = new Map<string, string>()
  const flaggedCells = new Set<string>()
  const flaggedRows = new Set<string>()
  const pending: { row: ReadRow; key: string; message: string }[] = []
  const pendingCells = new Set<string>()
  const addPending = (row: ReadRow, key: string, message: string) => {
    pending.push({ row, key, message })
    pendingCells.add(`${row.sheet}!${row.row}!${key}`)
  }
  const at = (loc: Loc) => `${loc.sheet}!${loc.column}${loc.row}`
  const push = (path: string, message: string, loc: Loc) => {
    flaggedCells.add(at(loc))
    issues.push({ path, message, ...loc, order: order.get(loc.sheet) ?? 99 })
  }

  // 基本信息: nested values by dotted path.
  const basicWs = wb.getWorksheet(BASIC_SHEET)!
  const basic: Record<string, unknown> = {}
  for (const p of basicPlaces(layout).fields) {
    const loc = { sheet: BASIC_SHEET, row: p.row, column: p.valueCol }
    locByPath.set(p.field.key, loc)
    // An all-blank group (e.g. every college.* cell) should read as blank fields, not a missing object.
    if (p.field.key.includes('.')) basic[p.field.key.split('.')[0]!] ??= {}
    const raw = readRaw(basicWs.getCell(`${p.valueCol}${p.row}`))
    if (isBlank(raw)) continue
    const converted = convert(p.field, raw, lookup)
    if (converted.ok) setPath(basic, p.field.key, converted.value)
    else push(p.field.key, converted.message, loc)
  }

  // One sheet per repeating section.
  const sheets: Record<string, ReadRow[]> = {}
  for (const spec of layout.sheets) {
    const ws = wb.getWorksheet(spec.name)!
    const letters = Object.fromEntries(spec.columns.map((c, i) => [c.key, ws.getColumn(i + 1).letter]))
    const seen = new Map<string, number>()
    const rows: ReadRow[] = []
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n === 1) return
      const raws = spec.columns.map((_, i) => readRaw(row.getCell(i + 1)))
      if (raws.every(isBlank)) return
      const r: ReadRow = { sheet: spec.name, row: n, values: {}, letters }
      spec.columns.forEach((c, i) => {
        const raw = raws[i]
        if (isBlank(raw)) return
        const converted = convert(c, raw, lookup)
        if (converted.ok) r.values[c.key] = converted.value
        else addPending(r, c.key, converted.message)
      })
      const fingerprint = JSON.stringify(raws.map((x) => (isBlank(x) ? '' : x instanceof Date ? x.toISOString() : clean(String(x)))))
      const first = seen.get(fingerprint)
      if (first !== undefined) {
        flaggedRows.add(`${spec.name}!${n}`)
        push(spec.name, `与第${first}行完全相同，请删除重复行`, { sheet: spec.name, row: n, column: 'A' })
        return
      }
      seen.set(fingerprint, n)
      rows.push(r)
    })
    sheets[spec.name] = rows
  }

  const out: Assembly = {
    place(path, row) {
      pathByRow.set(`${row.sheet}!${row.row}`, path)
      rowByPath.set(path, row)
      const section = path.slice(0, path.indexOf('.'))
      if (!sheetOfSection.has(section)) sheetOfSection.set(section, row.sheet)
    },
    alias(path, row, key) {
      locByPath.set(path, { sheet: row.sheet, row: row.row, column: row.letters[key] ?? 'A' })
    },
    issue: addPending,
    hasIssue(row, key) {
      return pendingCells.has(`${row.sheet}!${row.row}!${key}`)
    },
  }
  const assembled = layout.assemble(basic, sheets, out)

  for (const p of pending) {
    const prefix = pathByRow.get(`${p.row.sheet}!${p.row.row}`)
    push(prefix ? `${prefix}.${p.key}` : p.key, p.message, { sheet: p.row.sheet, row: p.row.row, column: p.row.letters[p.key] ?? 'A' })
  }

  const parsed = layout.schema.safeParse(assembled)
  if (!parsed.success) {
    const reported = new Set<string>()
    for (const zi of parsed.error.issues) {
      const path = zi.path.map(String).join('.')
      const loc = locate(path, locByPath, rowByPath) ?? sectionLoc(path, sheetOfSection, layout)
      if (flaggedCells.has(at(loc)) || flaggedRows.has(`${loc.sheet}!${loc.row}`)) continue
      // One message per cell: the first is the one to fix first (e.g. 不能为负数 before 至少为1).
      const key = at(loc)
      if (reported.has(key)) continue
      reported.add(key)
      issues.push({ path, message: zi.message, ...loc, order: order.get(loc.sheet) ?? 99 })
    }
  }

  if (issues.length > 0 || !parsed.success) {
    issues.sort((a, b) => a.order - b.order || (a.row ?? 0) - (b.row ?? 0) || columnIndex(a.column) - columnIndex(b.column))
    return { ok: false, issues: issues.map(({ order: _o, ...issue }) => issue) }
  }
  const rowCounts = Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, rows.length]))
  return { ok: true, data: parsed.data, rows: rowCounts, hash: contentHash(parsed.data) }
}

/**
 * The nearest recorded location of a path or of one of its parents: an exact cell (basic fields,
 * aliases), else the row the path's element came from and the column of the key just below it.
 */
function locate(path: string, locByPath: ReadonlyMap<string, Loc>, rowByPath: ReadonlyMap<string, ReadRow>): Loc | undefined {
  const parts = path.split('.')
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.')
    const loc = locByPath.get(prefix)
    if (loc) return loc
    const row = rowByPath.get(prefix)
    if (row) {
      const column = row.letters[parts[n] ?? ''] ?? Object.values(row.letters)[0] ?? 'A'
      return { sheet: row.sheet, row: row.row, column }
    }
  }
  return undefined
}

function sectionLoc<T>(path: string, sheetOfSection: ReadonlyMap<string, string>, layout: ListLayout<T>): Loc {
  const sheet = sheetOfSection.get(path.split('.')[0]!) ?? layout.sheets.find((s) => s.columns.some((c) => c.key === path))?.name ?? BASIC_SHEET
  return { sheet, row: 1, column: 'A' }
}

function columnIndex(letters: string | undefined): number {
  return (letters ?? '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = obj
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>
  node[keys.at(-1)!] = value
}
