import type { z } from 'zod'
import { listOf, section } from '../contracts/list-fields'
import { visibleName } from '../contracts/text'

/**
 * The vocabulary of an official form's one definition (附件1, 附件2): what a field is, in words a
 * form-filler reads, and its zod schema. The contract, the phone steps, the Excel layout and the
 * version-diff labels are all read off these objects, so a field is added in one place.
 */

export type FieldKind =
  | 'text' | 'int' | 'year' | 'decimal' | 'percent' | 'date' | 'bool' | 'enum' | 'enums'
  | 'major' | 'majors' | 'list' | 'city' | 'labels' | 'uscc' | 'chains' | 'rows' | 'group'

/** A closed vocabulary's Chinese labels by key (enums.ts). */
export type Options = { labels: Readonly<Record<string, string>> }

export interface FieldBase<S extends z.ZodType = z.ZodType> {
  kind: FieldKind
  /** The official form's wording where the form names the thing; otherwise the plainest Chinese. */
  label: string
  /** How to fill it in: the Excel header's note and the phone's placeholder. */
  hint?: string
  /** The form's numbered footnote (附件1 ¹–⁹, 附件2 ¹⁰–¹⁹) this field answers. */
  footnote?: number
  schema: S
  /** enum, enums: the vocabulary. */
  options?: Options
  /** enum: other words an import reads as a key (never written), e.g. 四级/中级工 for 中级. */
  synonyms?: Readonly<Record<string, string>>
  /** Numbers: bounds Excel's own data validation and the phone's hint state. */
  min?: number
  max?: number
  /** bool: the words written for true and false. */
  yesNo?: readonly [string, string]
  /** text: a paragraph rather than a line. */
  long?: boolean
  /** uscc: an enterprise's code (starts 91/92/93). */
  enterprise?: boolean
  /**
   * An optional field another answer makes required (the row's refinement refuses it empty then): said in its label and
   * its Excel note instead of 选填/可不填, e.g. 开放共享时必填 (decision 113).
   */
  requiredWhen?: string
}

export type Fields = { readonly [key: string]: AnyField }
export type ScalarField<S extends z.ZodType = z.ZodType> = FieldBase<S> & { kind: Exclude<FieldKind, 'rows' | 'group'> }
export type RowsField<F extends Fields = Fields, S extends z.ZodType = z.ZodType> = FieldBase<S> & {
  kind: 'rows'
  /** What one row is called ("添加专业"). */
  item: string
  fields: F
}
export type GroupField<F extends Fields = Fields, S extends z.ZodType = z.ZodType> = FieldBase<S> & { kind: 'group'; fields: F }
export type AnyField = ScalarField | RowsField | GroupField

/** The zod shape of a set of fields, keeping each field's schema type. */
export type ShapeOf<F extends Fields> = { -readonly [K in keyof F]: F[K]['schema'] }
export const shapeOf = <F extends Fields>(fields: F): ShapeOf<F> =>
  Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema])) as ShapeOf<F>

type Extra = Omit<FieldBase, 'kind' | 'label' | 'schema'>

/** A single value. */
export const field = <S extends z.ZodType>(kind: ScalarField['kind'], label: string, schema: S, extra: Extra = {}) =>
  ({ kind, label, schema, ...extra }) as ScalarField<S>

/** A nested block of single values (the unit's 基本信息). */
export const group = <F extends Fields>(label: string, fields: F, extra: Extra = {}) => {
  const schema = section(shapeOf(fields))
  return { kind: 'group' as const, label, fields, schema, ...extra } as GroupField<F, typeof schema>
}

/** A name that identifies the unit or the row (院校名称, 企业名称, 岗位名称): no invisible characters (decision 060). */
export const nameField = <S extends z.ZodType<string>>(label: string, schema: S, extra: Extra = {}) =>
  field('text', label, visibleName(schema, label), extra)

type RowObject<F extends Fields> = z.ZodObject<ShapeOf<F>>

/** A repeating section; `refine` adds the row's cross-field rules. */
export const rows = <F extends Fields, R extends z.ZodType = RowObject<F>>(
  label: string,
  item: string,
  fields: F,
  extra: Extra & { refine?: (row: RowObject<F>) => R; max?: number; what?: string } = {},
) => {
  const { refine, max = 20_000, what = '行', ...rest } = extra
  const row = section(shapeOf(fields)) as unknown as RowObject<F>
  const schema = listOf((refine ? refine(row) : row) as R, max, what)
  return { kind: 'rows' as const, label, item, fields, schema, ...rest } as RowsField<F, typeof schema>
}

/** Whether the form insists on a value: the schema refuses a blank. */
export const isRequired = (f: AnyField): boolean => !f.schema.safeParse(undefined).success

/** One line of the form's 类别 / 具体指标 / 内容说明 table. */
export interface Indicator {
  category: string
  label: string
  footnote?: number
}

export interface FormStep<F extends Fields = Fields> {
  title: string
  fields: F
}

export interface FormDefinition<Steps extends Record<string, FormStep> = Record<string, FormStep>> {
  title: string
  /** The form's 备注 line. */
  remark: string
  /** The numbered footnotes, quoted from the form. */
  footnotes: Readonly<Record<number, string>>
  /** The 类别 / 具体指标 table, in the form's order. */
  indicators: readonly Indicator[]
  /** The phone's steps, in order; their keys are the server's section names. */
  steps: Steps
  /** The key of the unit's 基本信息 group, whose `uscc` must be the organisation's own. */
  unitKey: string
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** ¹⁰ for 10: how the printed form marks a footnote. */
export const sup = (n: number | undefined): string =>
  n === undefined ? '' : String(n).split('').map((d) => SUPERSCRIPT[Number(d)]).join('')

/** "相关专业设置¹": a label as the printed form shows it. */
export const marked = (x: { label: string; footnote?: number }) => `${x.label}${sup(x.footnote)}`

/** Every top-level field of a form, in step order. */
export const topFields = (form: FormDefinition): [string, AnyField][] =>
  Object.values(form.steps).flatMap((s) => Object.entries(s.fields))

/** A field by dotted path ("college.name", "cohorts.destinations.type"). */
export function fieldAt(form: FormDefinition, path: string): AnyField | undefined {
  let fields: Fields | undefined = Object.fromEntries(topFields(form))
  let found: AnyField | undefined
  for (const part of path.split('.')) {
    found = fields?.[part]
    if (!found) return undefined
    fields = found.kind === 'rows' || found.kind === 'group' ? found.fields : undefined
  }
  return found
}

/** The text of a field's footnote and hint, as one note. */
export const noteOf = (form: FormDefinition, f: FieldBase) =>
  [f.requiredWhen, f.footnote === undefined ? undefined : form.footnotes[f.footnote], f.hint].filter(Boolean).join('。')
