/**
 * A major's text profile: what the catalogue says it trains for (major_profiles.csv, decision 017),
 * split into the fields the scorer weighs separately. Pure: the caller passes the parsed rows.
 */
import type { MajorProfileRef } from '../../reference/profiles'
import type { MajorLevel } from '../../reference/vocab'
import { normalise, terms, type TermOptions } from './segment'

export const FIELDS = ['name', 'occupations', 'posts', 'competences', 'courses'] as const
export type Field = (typeof FIELDS)[number]

/** How the explanation names each field ("专业职业面向「…」"). */
export const FIELD_LABELS: Record<Field, string> = {
  name: '专业名称', occupations: '专业职业面向', posts: '专业典型岗位', competences: '专业核心能力', courses: '专业核心课程',
}

/** One catalogue phrase of a major (an occupation, a post …), kept whole for evidence and phrase hits. */
export interface Phrase { field: Field; text: string; key: string; occupationCode?: string }

export interface MajorTextProfile {
  code: string
  name: string
  level: MajorLevel
  occupationCodes: string[]
  /** Index terms per field, repeats kept. */
  fields: Record<Field, string[]>
  phrases: Phrase[]
}

/** Phrase lookup key: normalised, no spaces or punctuation, so 「电梯安装维修工」 matches in any text. */
export const phraseKey = (s: string) => normalise(s).replace(/[^\u3400-\u9fffa-z0-9+#]/g, '')

export function buildProfile(p: MajorProfileRef, opts?: TermOptions): MajorTextProfile {
  const lists: Record<Field, string[]> = {
    name: [p.name], occupations: p.occupations.map((o) => o.name), posts: p.posts, competences: p.competences, courses: p.courses,
  }
  const fields = Object.fromEntries(FIELDS.map((f) => [f, lists[f].flatMap((s) => terms(s, opts))])) as Record<Field, string[]>
  const phrases: Phrase[] = FIELDS.flatMap((field) =>
    lists[field].map((text, i) => ({ field, text, key: phraseKey(text), ...(field === 'occupations' ? { occupationCode: p.occupations[i]!.code } : {}) })),
  ).filter((ph) => ph.key.length >= 2)
  return { code: p.code, name: p.name, level: p.level, occupationCodes: p.occupations.map((o) => o.code), fields, phrases }
}
