import type { ChainMajorMap } from '@zhilian/shared/rules/chain-majors'

/** A step of an official list as data, so 附件1 and 附件2 share one form renderer. */
export type Vocab = { labels: Record<string, string> }

/** The active chains (id → name) and the chain–major map the defaults come from. */
export type ChainOptions = Vocab & { map: ChainMajorMap }

export type FieldSpec =
  | { kind: 'text'; key: string; label: string; placeholder?: string; long?: boolean }
  | { kind: 'number'; key: string; label: string; placeholder?: string }
  | { kind: 'uscc'; key: string; label: string; enterprise?: boolean }
  | { kind: 'bool'; key: string; label: string }
  | { kind: 'choice'; key: string; label: string; vocab: Vocab }
  | { kind: 'multi'; key: string; label: string; vocab: Vocab }
  | { kind: 'tags'; key: string; label: string; placeholder?: string }
  | { kind: 'major'; key: string; label: string }
  | { kind: 'majors'; key: string; label: string }
  /** 服务产业链 of a list row: chips, showing the chain–major map's default until the user changes them. */
  | { kind: 'chains'; key: string; label: string; chains: ChainOptions }
  | { kind: 'rows'; key: string; label: string; item: string; fields: FieldSpec[] }

export interface StepSpec {
  /** The server's section name (PUT …/sections/:section). */
  section: string
  title: string
  fields: FieldSpec[]
}

/**
 * Fields holding a list of picks: left untouched they mean "none", as a blank Excel cell does, not 必填. A row's own
 * rows (a job's 技能要求) stay absent: the form asks for them (footnote 12), and 必填 is what says so.
 */
const LISTS = new Set<FieldSpec['kind']>(['majors', 'tags', 'multi'])

/**
 * A row as 添加… adds it: its lists empty. Absent, a list read 必填 beside 相关专业代码 though the form says 可不填, and
 * the step would not save until a major was picked and taken off again (decision 113).
 */
export const newRow = (fields: readonly FieldSpec[]): Record<string, unknown> =>
  Object.fromEntries(fields.filter((f) => LISTS.has(f.kind)).map((f) => [f.key, []]))
