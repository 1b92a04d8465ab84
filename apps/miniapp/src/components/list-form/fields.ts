/** A step of an official list as data, so 附件1 and 附件2 share one form renderer. */
export type Vocab = { labels: Record<string, string> }

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
  | { kind: 'rows'; key: string; label: string; item: string; fields: FieldSpec[] }

export interface StepSpec {
  /** The server's section name (PUT …/sections/:section). */
  section: string
  title: string
  fields: FieldSpec[]
}
