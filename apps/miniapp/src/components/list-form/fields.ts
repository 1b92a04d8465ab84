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
