import { toHalfWidth } from '@zhilian/shared'
import type ExcelJS from 'exceljs'
import type { Column, ListContext } from './layout'

/**
 * Reading what people actually put in cells: formulas (their cached result), rich text, hyperlinks,
 * merged areas (exceljs answers the master's value), full-width digits, numbers typed as text,
 * dates typed as text or left as serial numbers.
 */

/** `uncalculated`: a formula saved without its result (openpyxl and other generators write none), decision 050. */
export type Raw = string | number | boolean | Date | { error: string } | { uncalculated: string } | undefined

export function readRaw(cell: ExcelJS.Cell): Raw {
  const raw = unwrap(cell.value)
  return typeof raw === 'string' ? unescapeFormulaText(raw) : raw
}

function unwrap(value: unknown): Raw {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if (typeof value !== 'object') return undefined
  const v = value as Record<string, unknown>
  if ('formula' in v || 'sharedFormula' in v) {
    if (v.result === undefined || v.result === null) return { uncalculated: String(v.formula ?? v.sharedFormula ?? '') }
    return unwrap(v.result)
  }
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('')
  if (typeof v.text === 'string') return v.text
  if (typeof v.error === 'string') return { error: v.error }
  return undefined
}

/** For codes, numbers, dates and choices: every full-width character becomes its ASCII twin. */
const UNUSUAL = /[\uFF01-\uFF5E\u3000\u00a0\u200b\ufeff]/

export function clean(s: string): string {
  // Most cells are plain ASCII or CJK; skip the rewriting (hot on 10,000-row sheets) when nothing needs it.
  const out = UNUSUAL.test(s) ? toHalfWidth(s).replace(/[\u00a0\u200b\ufeff]/g, ' ').trim() : s.trim()
  // Excel's "text, not a number" apostrophe, kept as a character by files that came through CSV or another system.
  return out.startsWith("'") ? out.slice(1).trim() : out
}

/** For free text: full-width letters, digits and address punctuation only; Chinese punctuation stays. */
function cleanText(raw: string): string {
  // A line break pasted from Windows (CR LF, which Excel stores as _x000D_ before the LF) is one line break.
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw
  if (!UNUSUAL.test(s)) return s.trim()
  return s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF20\uFF0E\uFF0D\uFF3F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00a0\u200b\ufeff\u3000]/g, ' ')
    .trim()
}

export function isBlank(raw: Raw): boolean {
  return raw === undefined || (typeof raw === 'string' && clean(raw) === '')
}

export type Converted = { ok: true; value: unknown } | { ok: false; message: string }

const ok = (value: unknown): Converted => ({ ok: true, value })
const bad = (message: string): Converted => ({ ok: false, message })

/** Converts one non-blank cell to the contract's value for its column. */
export function convert(column: Column, raw: Raw, ctx: Lookup): Converted {
  if (typeof raw === 'object' && !(raw instanceof Date)) {
    if ('uncalculated' in raw) {
      return bad(`公式「=${raw.uncalculated}」没有保存计算结果（程序生成的文件常见），请在 Excel 或 WPS 中打开后保存再上传，或把公式改为数值`)
    }
    return bad(`单元格是错误值${raw.error}，请检查公式`)
  }
  switch (column.kind) {
    case 'text':
      return toText(raw)
    case 'int':
    case 'year':
    case 'decimal': {
      const n = toNumber(raw)
      return n === undefined ? bad('应为数字') : ok(n)
    }
    case 'percent': {
      const text = typeof raw === 'string' ? clean(raw) : undefined
      const n = toNumber(text?.endsWith('%') ? text.slice(0, -1) : raw)
      if (n === undefined) return bad('应为百分比，如37.5%')
      // A fraction (0.375, what a %-formatted cell holds) or a plain percentage (37.5) are both common.
      const share = text?.endsWith('%') || n > 1 ? n / 100 : n
      return ok(Math.round(share * 1000) / 1000)
    }
    case 'date': {
      const d = toIsoDate(raw, ctx.date1904)
      return d ? ok(d) : bad('日期格式不正确，应为2026-09-01')
    }
    case 'bool': {
      const b = toBool(raw, column.yesNo)
      return b === undefined ? bad(`请填写「${column.yesNo?.[0] ?? '是'}」或「${column.yesNo?.[1] ?? '否'}」`) : ok(b)
    }
    case 'enum':
      return toEnum(raw, column.labels ?? {}, column.synonyms)
    case 'major':
      return toMajor(raw, ctx)
    case 'majors': {
      // Any separator people use between codes; names written beside the codes are ignored.
      const codes = (clean(String(raw)).match(/(?<!\d)\d{6}(?:[Kk](?![A-Za-z]))?(?![\dA-Za-z])/g) ?? []).map((c) => c.toUpperCase())
      if (codes.length === 0) return bad('专业代码应为6位数字，多个专业用顿号分隔')
      const unknown = codes.filter((c) => !ctx.majorCodes.has(c))
      return unknown.length ? bad(`专业代码「${unknown.join('、')}」不在专业目录中`) : ok(codes)
    }
    case 'list':
      return ok(splitList(String(raw)))
    case 'city': {
      const text = clean(String(raw))
      const city = ctx.cities.find((c) => c.adcode === text || c.name === text || c.name === `${text}市`)
      return city ? ok(city.adcode) : bad(`「${text}」不是山东省的地级市，请从下拉列表选择`)
    }
    case 'labels': {
      const ids: string[] = []
      for (const name of splitList(String(raw))) {
        const label = ctx.labels.find((l) => l.name === name || l.id === name)
        if (!label) return bad(`「${name}」不是可选的企业称号，可选：${ctx.labels.map((l) => l.name).join('、')}`)
        ids.push(label.id)
      }
      return ok(ids)
    }
    case 'chains': {
      const ids: string[] = []
      for (const name of splitList(String(raw))) {
        const chain = ctx.chains.find((c) => c.name === name || c.id === name || `${c.name}产业链` === name)
        if (!chain) return bad(`「${name}」不是可选的产业链，可选：${ctx.chains.map((c) => c.name).join('、')}`)
        if (!ids.includes(chain.id)) ids.push(chain.id)
      }
      return ok(ids)
    }
  }
}

/**
 * Free text. Codes and phone numbers typed without a text format reach us as numbers: more than 15 digits (an 18-digit
 * credit code or ID number) Excel has already rounded, and text showing scientific notation (1.38001E+10, a number
 * pasted from a CSV) has lost its digits; both are refused rather than stored wrong.
 */
function toText(raw: string | number | boolean | Date | undefined): Converted {
  if (raw instanceof Date) return ok(isoDay(raw))
  if (typeof raw === 'number' && Math.abs(raw) >= 1e15) {
    return bad('数字超过15位，Excel 已把末尾几位变成了0；请把单元格格式设为「文本」后重新输入完整号码')
  }
  const text = cleanText(String(raw))
  if (/^[-+]?\d(\.\d+)?E\+?\d+$/i.test(text)) {
    return bad(`「${text}」是科学计数法，原来的号码已丢失；请把单元格格式设为「文本」后重新输入完整号码`)
  }
  return ok(text)
}

export interface Lookup {
  majorCodes: ReadonlySet<string>
  cities: ListContext['cities']
  labels: ListContext['labels']
  chains: ListContext['chains']
  /** The workbook counts days from 1904 (Numbers, old Mac Excel): a bare serial number means another day. */
  date1904?: boolean
}

export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined
  if (typeof raw !== 'string') return undefined
  const text = clean(raw).replace(/[,，\s]/g, '').replace(/(人|名|台|套|个|元|万元|年|天|小时)$/, '')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined
  return Number(text)
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01, and 60 is the fictitious 1900-02-29. In the 1904 system
 * serial 0 is 1904-01-01 (24,107 days before 1970).
 */
function fromSerial(raw: number, date1904 = false): string | undefined {
  // To the second first: writers that compute dates in floating point (Google Sheets, Numbers) save midnight as
  // 46265.99999999, which counted down would be the day before.
  const serial = Math.round(raw * 86_400) / 86_400
  if (serial < (date1904 ? 0 : 1) || serial > 2_958_465) return undefined
  const days = date1904 ? Math.floor(serial) - 24_107 : Math.floor(serial) - (serial > 60 ? 25_569 : 25_568)
  return isoDay(new Date(days * 86_400_000))
}

export function toIsoDate(raw: unknown, date1904 = false): string | undefined {
  // exceljs builds dates from serials in UTC (minding the workbook's date system), so the UTC day is the one the sheet shows.
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : isoDay(new Date(Math.round(raw.getTime() / 1000) * 1000))
  if (typeof raw === 'number') return fromSerial(raw, date1904)
  if (typeof raw !== 'string') return undefined
  const text = clean(raw)
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (!m) return /^\d+(\.\d+)?$/.test(text) ? fromSerial(Number(text), date1904) : undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined
  return isoDay(date)
}

const TRUE_WORDS = new Set(['是', '有', '已结项', '结项', '已结题', '开放', 'Y', 'YES', 'TRUE', '1', '√'])
const FALSE_WORDS = new Set(['否', '无', '未结项', '在研', '未结题', '不开放', 'N', 'NO', 'FALSE', '0', '×'])

function toBool(raw: unknown, yesNo?: readonly [string, string]): boolean | undefined {
  if (typeof raw === 'boolean') return raw
  const text = clean(String(raw)).toUpperCase()
  if (text === yesNo?.[0] || TRUE_WORDS.has(text)) return true
  if (text === yesNo?.[1] || FALSE_WORDS.has(text)) return false
  return undefined
}

function toEnum(raw: unknown, labels: Readonly<Record<string, string>>, synonyms: Readonly<Record<string, string>> = {}): Converted {
  const text = clean(String(raw)).replace(/\s+/g, '')
  for (const [key, label] of Object.entries(labels)) {
    if (clean(label).replace(/\s+/g, '') === text || key.toLowerCase() === text.toLowerCase()) return ok(key)
  }
  // 四级（中级工）, 四级/中级工 and 四级、中级工 are one name written three ways.
  const synonym = synonyms[text.replace(/[（(]/g, '/').replace(/[）)]/g, '').replace(/[、，,／]/g, '/')]
  if (synonym !== undefined) return ok(synonym)
  return bad(`「${clean(String(raw))}」不在可选范围内，可选：${Object.values(labels).join('、')}`)
}

/** Accepts "460103", "460103 数控技术" (the drop-down's wording), the number 460103, or a 国控 code such as "570102K 学前教育". */
function toMajor(raw: unknown, ctx: Lookup): Converted {
  const text = clean(String(raw))
  const code = /^(\d{6}(?:[Kk](?![A-Za-z]))?)(?!\d)/.exec(text)?.[1]?.toUpperCase()
  if (!code) return bad('专业代码应为6位数字')
  return ctx.majorCodes.has(code) ? ok(code) : bad(`专业代码「${code}」不在专业目录中`)
}

function splitList(text: string): string[] {
  return cleanText(text)
    .split(/[、,，;；\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/**
 * Writing: text that a spreadsheet could take for a formula (OWASP "CSV injection": = + - @, and a
 * leading tab or carriage return) gets a leading apostrophe, which Excel and WPS show as text. The
 * readers above drop that apostrophe again (see `unescapeFormulaText`), so a list exported and re-imported
 * keeps its words. Every workbook the platform writes goes through `xlsxBuffer`; it writes no CSV.
 * Streamed workbooks (the per-chain export) escape each row with `safeRow` instead.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function escapeFormulaText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s
}

/** Undoes `escapeFormulaText` for text read back from a sheet. */
export function unescapeFormulaText(s: string): string {
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s
}

/** A cell value as it may be written: text (plain or the first rich-text run) escaped against formula injection. */
function safeValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof v === 'string') return escapeFormulaText(v)
  if (v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText) && v.richText[0]) {
    const first = v.richText[0]
    const safe = escapeFormulaText(first.text)
    return safe === first.text ? v : { richText: [{ ...first, text: safe }, ...v.richText.slice(1)] }
  }
  return v
}

/** A row's values escaped (safeValue), for writers that stream rows instead of going through xlsxBuffer. */
export const safeRow = (values: readonly ExcelJS.CellValue[]): ExcelJS.CellValue[] => values.map(safeValue)

/**
 * How an in-memory workbook leaves the BFF: every text cell escaped, then serialised. The per-chain
 * workbook streams its rows instead and escapes each one with safeRow.
 */
export async function xlsxBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value
        const safe = safeValue(v)
        if (safe !== v) cell.value = safe
      })
    })
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}
