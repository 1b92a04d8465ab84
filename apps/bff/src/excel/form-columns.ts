import { isRequired, marked, noteOf, type AnyField, type Fields, type FormDefinition } from '@zhilian/shared/forms/field'
import type { CellKind, Column, ItemLine } from './layout'

/**
 * Excel columns and 基本信息 lines read off a form's one definition (packages/shared/src/forms): a
 * layout only chooses which fields go on which sheet, in what order and how wide.
 */

const CELL: Record<Exclude<AnyField['kind'], 'rows' | 'group'>, CellKind> = {
  text: 'text', uscc: 'text', int: 'int', year: 'year', decimal: 'decimal', percent: 'percent', date: 'date', bool: 'bool',
  enum: 'enum', enums: 'enum', major: 'major', majors: 'majors', list: 'list', city: 'city', labels: 'labels', chains: 'chains',
}

const DEFAULT_WIDTH: Partial<Record<CellKind, number>> = { chains: 26, major: 30, int: 14, year: 12, date: 14, bool: 10, enum: 16, decimal: 14, percent: 14 }

/** One field as a column; `over` sets what only the sheet knows (another key, width, a required flag the sheet implies). */
export function columnOf(form: FormDefinition, key: string, f: AnyField, over: Partial<Column> = {}, fallbackFootnote?: number): Column {
  if (f.kind === 'rows' || f.kind === 'group') throw new Error(`${key} is a ${f.kind}, not a cell`)
  const kind = CELL[f.kind]
  const note = noteOf(form, { ...f, footnote: f.footnote ?? fallbackFootnote }) || (isRequired(f) ? '' : '可不填')
  const column: Column = { key, header: f.label, note, kind, required: isRequired(f), width: DEFAULT_WIDTH[kind] ?? (f.long ? 36 : 24) }
  if (f.options) column.labels = f.options.labels
  if (f.synonyms) column.synonyms = f.synonyms
  if (f.yesNo) column.yesNo = f.yesNo
  if (f.min !== undefined) column.min = f.min
  if (f.max !== undefined) column.max = f.max
  return { ...column, ...over }
}

/** A picker over one rows (or group) field's own fields: `col('grade')`. */
export function columnsOf(form: FormDefinition, parent: { fields: Fields; footnote?: number }) {
  return (key: string, over: Partial<Column> = {}): Column => {
    const f = parent.fields[key]
    if (!f) throw new Error(`no field ${key} in the form definition`)
    return columnOf(form, key, f, over, parent.footnote)
  }
}

/** A 基本信息 line holding one value; `path` is the contract's dotted path ("college.name"). */
export function fieldLine(form: FormDefinition, category: string, path: string, f: AnyField): ItemLine {
  const field = columnOf(form, path, f)
  return { category, label: marked(f), field: { ...field, width: undefined } }
}

/** A 基本信息 line standing for a section: the form's indicator, pointing at the sheets that hold it. */
export function sectionLine(form: FormDefinition, label: string, sheets: string[]): ItemLine {
  const indicator = form.indicators.find((i) => i.label === label)
  if (!indicator) throw new Error(`${label} is not an indicator of ${form.title}`)
  const note = indicator.footnote === undefined ? undefined : form.footnotes[indicator.footnote]
  return { category: indicator.category, label: marked(indicator), sheets, ...(note ? { note } : {}) }
}

/** The form's footnotes as printed under the table. */
export const footnotesOf = (form: FormDefinition) =>
  Object.entries(form.footnotes).map(([mark, text]) => ({ mark, text: String(text) }))
