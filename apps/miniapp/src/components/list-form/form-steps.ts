import { isRequired, type AnyField, type Fields, type FormDefinition } from '@zhilian/shared/forms/field'
import type { ChainOptions, FieldSpec, StepSpec, Vocab } from './fields'

/** The vocabularies the server supplies at run time (cities, enterprise labels). */
export interface RuntimeVocabs {
  city?: Vocab
  labels?: Vocab
  chains?: ChainOptions
}

/**
 * The phone's steps read off a form's one definition (packages/shared/src/forms): the same fields,
 * labels and hints as the Excel template, in the contract's shape.
 */
export function stepsOf(form: FormDefinition, vocabs: RuntimeVocabs = {}): StepSpec[] {
  return Object.entries(form.steps).map(([section, step]) => ({ section, title: step.title, fields: specsOf(step.fields, '', vocabs) }))
}

function specsOf(fields: Fields, prefix: string, vocabs: RuntimeVocabs): FieldSpec[] {
  return Object.entries(fields).flatMap(([key, f]) =>
    f.kind === 'group' ? specsOf(f.fields, `${prefix}${key}.`, vocabs) : [specOf(`${prefix}${key}`, f, vocabs)],
  )
}

const EMPTY: Vocab = { labels: {} }
const NO_CHAINS: ChainOptions = { labels: {}, map: {} }

function specOf(key: string, f: AnyField, vocabs: RuntimeVocabs): FieldSpec {
  // 选填 where the form lets a value be left out; lists and yes/no are answered by leaving them as they are; a field
  // another answer makes required says when instead.
  const label = isRequired(f) || f.kind === 'rows' || f.kind === 'bool' ? f.label : `${f.label}（${f.requiredWhen ?? '选填'}）`
  const placeholder = f.hint
  switch (f.kind) {
    case 'group':
      throw new Error('groups are flattened')
    case 'rows':
      return { kind: 'rows', key, label, item: f.item, fields: specsOf(f.fields, '', vocabs) }
    case 'text':
      return { kind: 'text', key, label, placeholder, long: f.long }
    case 'date':
      return { kind: 'text', key, label, placeholder: placeholder ?? '如2026-03-01' }
    case 'int':
    case 'year':
    case 'decimal':
      return { kind: 'number', key, label, placeholder }
    case 'percent':
      // The contract holds a share (0.375); Excel shows it as 37.5%.
      return { kind: 'number', key, label, placeholder: '0–1之间的小数，如0.375表示37.5%' }
    case 'uscc':
      return { kind: 'uscc', key, label, enterprise: f.enterprise }
    case 'bool':
      return { kind: 'bool', key, label }
    case 'enum':
      return { kind: 'choice', key, label, vocab: f.options ?? EMPTY }
    case 'enums':
      return { kind: 'multi', key, label: `${label}（可多选）`, vocab: f.options ?? EMPTY }
    case 'labels':
      return { kind: 'multi', key, label: `${f.label}（可多选，没有可不选）`, vocab: vocabs.labels ?? EMPTY }
    case 'city':
      return { kind: 'choice', key, label, vocab: vocabs.city ?? EMPTY }
    case 'major':
      return { kind: 'major', key, label }
    case 'majors':
      return { kind: 'majors', key, label }
    case 'list':
      return { kind: 'tags', key, label, placeholder }
    case 'chains':
      return { kind: 'chains', key, label: f.label, chains: vocabs.chains ?? NO_CHAINS }
  }
}
