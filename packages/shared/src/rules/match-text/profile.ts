/**
 * A major's text profile: what the catalogue says it trains for (major_profiles.csv, decision 017),
 * split into the fields the scorer weighs separately. Pure: the caller passes the parsed rows.
 */
import type { MajorProfileRef } from '../../reference/profiles'
import type { MajorLevel } from '../../reference/vocab'
import { type KeySpan, normalise, terms, type TermOptions } from './segment'

export const FIELDS = ['name', 'occupations', 'posts', 'competences', 'courses'] as const
export type Field = (typeof FIELDS)[number]

/**
 * The fields the index weighs. A phrase most majors of the same 专业类 and level also name (the
 * class's posts, occupations and courses) goes to the `class*` twin of its field: it says the job
 * belongs to the class, not which sibling fits, so it weighs less (decision 018, "siblings").
 */
export const INDEX_FIELDS = [...FIELDS, 'classOccupations', 'classPosts', 'classCourses', 'occupationFamily'] as const
export type IndexField = (typeof INDEX_FIELDS)[number]
const CLASS_FIELD: Partial<Record<Field, IndexField>> = { occupations: 'classOccupations', posts: 'classPosts', courses: 'classCourses' }

/** How the explanation names each field ("专业职业面向「…」"). */
export const FIELD_LABELS: Record<Field, string> = {
  name: '专业名称', occupations: '专业职业面向', posts: '专业典型岗位', competences: '专业核心能力', courses: '专业核心课程',
}

/** One catalogue phrase of a major (an occupation, a post …), kept whole for evidence and phrase hits. */
export interface Phrase { field: Field; text: string; key: string; occupationCode?: string; shared?: boolean }

export interface MajorTextProfile {
  code: string
  name: string
  level: MajorLevel
  occupationCodes: string[]
  /** Index terms per field, repeats kept. */
  fields: Record<IndexField, string[]>
  phrases: Phrase[]
}

/** Phrase lookup key: normalised, no spaces or punctuation, so 「电梯安装维修工」 matches in any text. */
export const phraseKey = (s: string) => normalise(s).replace(/[^\u3400-\u9fffa-z0-9+#]/g, '')

/**
 * A stretch of `s`'s phrase key, quoted as `s` has it: matching compares keys (NFKC, lower case, no spaces), but a
 * reason shows the words as the job or the college wrote them (「PLC 编程」, not 「plc编程」; decision 064). Each
 * character's key is taken alone; where that differs from the whole key (a combining mark that NFKC joins to the
 * character before it), the key itself is quoted. `whole` is `phraseKey(s)`, which every caller has already worked out.
 */
export function writtenSpan(s: string, whole: string): (span: KeySpan) => string {
  const from: number[] = []
  const to: number[] = []
  let key = ''
  for (let i = 0; i < s.length;) {
    const c = s.codePointAt(i)!
    const n = c > 0xffff ? 2 : 1
    // A Han character is its own key (no NFKC form, no case): most of a Chinese text skips the per-character fold.
    const k = c >= 0x3400 && c <= 0x9fff ? s[i]! : phraseKey(s.slice(i, i + n))
    for (let u = 0; u < k.length; u++) { from.push(i); to.push(i + n) }
    key += k
    i += n
  }
  if (key !== whole) return ([a, b]) => whole.slice(a, b)
  return ([a, b]) => (a < b ? s.slice(from[a], to[b - 1]) : '')
}

/** The 专业类 of a code (its first four digits) with the level, which siblings share. */
export const classOf = (p: Pick<MajorProfileRef, 'code' | 'level'>) => `${p.level}:${p.code.slice(0, 4)}`

/** A phrase named by at least this share of a class's majors (and by two or more) is the class's, not the major's. */
const CLASS_SHARE = 0.5

/** Per class, the phrase keys (field:key) most of its majors name. */
export function classPhrases(profiles: readonly MajorProfileRef[]): Map<string, Set<string>> {
  const counts = new Map<string, { majors: number; keys: Map<string, number> }>()
  for (const p of profiles) {
    const c = counts.get(classOf(p)) ?? counts.set(classOf(p), { majors: 0, keys: new Map() }).get(classOf(p))!
    c.majors++
    const own = new Set(FIELDS.flatMap((f) => listsOf(p)[f].map((t) => `${f}:${phraseKey(t)}`)))
    for (const k of own) c.keys.set(k, (c.keys.get(k) ?? 0) + 1)
  }
  return new Map([...counts].map(([cls, c]) => [cls, new Set([...c.keys].filter(([, n]) => n >= 2 && n >= CLASS_SHARE * c.majors).map(([k]) => k))]))
}

function listsOf(p: MajorProfileRef): Record<Field, string[]> {
  return { name: [p.name], occupations: p.occupations.map((o) => o.name), posts: p.posts, competences: p.competences, courses: p.courses }
}

/**
 * The 大典 小类 of an occupation code (6-18-01-04 → 6-18-01): occupations in one 小类 are the same trade
 * at another machine or stage (车工, 铣工, 磨工), which a major facing one of them trains for too.
 */
const occupationFamilyOf = (code: string) => code.split('-').slice(0, 3).join('-')

/**
 * Per major, the names of the other occupations in the 小类 of each occupation it faces
 * (`occupations`: the 大典 list), so a post worded as a sibling occupation still reaches the major.
 */
export function occupationFamilies(profiles: readonly MajorProfileRef[], occupations: readonly { code: string; name: string }[]): Map<string, string[]> {
  const byFamily = new Map<string, string[]>()
  for (const o of occupations) byFamily.set(occupationFamilyOf(o.code), [...(byFamily.get(occupationFamilyOf(o.code)) ?? []), o.name])
  return new Map(profiles.map((p) => {
    const own = new Set(p.occupations.map((o) => o.name))
    const names = new Set(p.occupations.flatMap((o) => byFamily.get(occupationFamilyOf(o.code)) ?? []).filter((n) => !own.has(n)))
    return [p.code, [...names]]
  }))
}

export function buildProfile(p: MajorProfileRef, opts?: TermOptions, shared: ReadonlySet<string> = new Set(), family: readonly string[] = []): MajorTextProfile {
  const lists = listsOf(p)
  const fields = Object.fromEntries(INDEX_FIELDS.map((f) => [f, [] as string[]])) as Record<IndexField, string[]>
  // Index terms only: a sibling occupation is no phrase of the major, so it never counts as a phrase hit or evidence.
  for (const name of family) fields.occupationFamily.push(...terms(name, opts))
  const phrases: Phrase[] = []
  for (const field of FIELDS) {
    lists[field].forEach((text, i) => {
      const key = phraseKey(text)
      const isShared = shared.has(`${field}:${key}`)
      fields[(isShared && CLASS_FIELD[field]) || field].push(...terms(text, opts))
      if (key.length < 2) return
      phrases.push({ field, text, key, ...(field === 'occupations' ? { occupationCode: p.occupations[i]!.code } : {}), ...(isShared ? { shared: true } : {}) })
    })
  }
  return { code: p.code, name: p.name, level: p.level, occupationCodes: p.occupations.map((o) => o.code), fields, phrases }
}
