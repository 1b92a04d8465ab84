import type { FieldIssue } from '@zhilian/shared'
import type { z } from 'zod'

/**
 * The declarative description of one official form's workbook. The template writer, the parser and
 * the exporter all walk the same description, so the three cannot drift apart.
 */

/** Bump when sheets or columns change: a file from an older layout is refused, not misread. */
export const LAYOUT_VERSION = '1'
/** A very hidden sheet whose A1/A2 name the layout; users never see it, uploads must carry it. */
export const MARKER_SHEET = '_zhilian_layout'
/** The hidden catalogue the major-code drop-downs point at. */
export const MAJORS_SHEET = '专业目录'
/** Rows of drop-downs and number checks a fresh template carries below the header. */
export const TEMPLATE_ROWS = 1000

export type CellKind =
  | 'text' | 'int' | 'year' | 'decimal' | 'percent' | 'date' | 'bool' | 'enum'
  | 'major' | 'majors' | 'list' | 'city' | 'labels' | 'chains'

export interface Column {
  /** Field name in the contract (a Prisma column). */
  key: string
  /** Chinese header, worded as the form words it. */
  header: string
  /** The form's footnote or a filling hint, shown as the header cell's note. */
  note: string
  kind: CellKind
  required?: boolean
  width?: number
  /** enum: key → Chinese label (a vocabulary's `.labels`). */
  labels?: Readonly<Record<string, string>>
  /** enum: other words read as a key on import (never written), e.g. 四级/中级工 for 中级. */
  synonyms?: Readonly<Record<string, string>>
  /** bool: the words written for true and false. */
  yesNo?: readonly [string, string]
  /** int/decimal/year: bounds Excel's own data validation enforces while typing. */
  min?: number
  max?: number
  /** list validation from another sheet's column, e.g. skills keyed by the job titles. */
  listFrom?: { sheet: string; column: string }
}

export interface SheetSpec {
  name: string
  columns: Column[]
}

/** A value on the 基本信息 sheet; `key` is a dotted contract path such as "college.name". */
export type BasicField = Column

/** One line of the form's 类别 / 具体指标 / 内容说明 table. */
export type ItemLine =
  | { category: string; label: string; field: BasicField }
  | { category: string; label: string; sheets: string[]; note?: string }

export interface ListContext {
  majors: readonly { code: string; name: string }[]
  cities: readonly { adcode: string; name: string }[]
  labels: readonly { id: string; name: string }[]
  /** Chains a row may name (附件1 ¹): active chains, by id and name. */
  chains: readonly { id: string; name: string }[]
}

export interface ParseLimits {
  /** Refuse a file larger than this many bytes (default 10 MB). */
  maxBytes?: number
  /** Refuse a file whose zip declares more uncompressed bytes than this (default 20 × maxBytes). */
  maxUnpackedBytes?: number
  /** Refuse a sheet with more data rows than this (default 20,000). */
  maxRowsPerSheet?: number
}

/** A data row as read: converted values by contract key, and where each came from. */
export interface ReadRow {
  sheet: string
  row: number
  values: Record<string, unknown>
  letters: Readonly<Record<string, string>>
}

/** Where every assembled value came from, so a zod path can be named as sheet/row/column. */
export interface Assembly {
  /** Everything under `path` comes from this row. */
  place(path: string, row: ReadRow): void
  /** A contract path whose problems belong on a particular cell. */
  alias(path: string, row: ReadRow, key: string): void
  issue(row: ReadRow, key: string, message: string): void
  /** Whether the cell already carries a problem (so a derived one is not piled on top). */
  hasIssue(row: ReadRow, key: string): boolean
}

export interface ListLayout<T> {
  kind: 'supply-list' | 'demand-list'
  title: string
  /** The form's 备注 line, printed under the table. */
  remark: string
  /** The form's numbered footnotes (¹ …), printed as cells under the 基本信息 table. */
  footnotes: readonly { mark: string; text: string }[]
  /** The other list's name, for a helpful refusal when someone picks the wrong upload. */
  otherTitle: string
  /** 填报时间 / 填报人 / 联系电话 above the table; 填报单位 mirrors the unit's name. */
  header: BasicField[]
  unitNamePath: string
  items: ItemLine[]
  sheets: SheetSpec[]
  schema: z.ZodType<T>
  assemble(basic: Record<string, unknown>, sheets: Record<string, ReadRow[]>, out: Assembly): unknown
  /** The rows each sheet shows for `data`; basic fields are read from `data` by their paths. */
  disassemble(data: T): Record<string, Record<string, unknown>[]>
}

export type ParseResult<T> =
  | { ok: true; data: T; rows: Record<string, number>; hash: string }
  | { ok: false; issues: FieldIssue[] }
