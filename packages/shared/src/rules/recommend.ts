import { DeliveryMode, Education, JobType } from '../contracts/enums'
import { RELEVANCE_LABELS, relevanceOf, type ChainMajorMap } from './chain-majors'
import { cityDistanceKm, type CityIndex } from './geo'
import { byScoreThenIds, clamp, listNames, round1 } from './rank'
import type { TextFit } from './match'
import { matchSkills, skillCredit, type SkillItem } from './skill-match'
import { EDUCATION_RANK, type DeliveryModeKey, type EducationKey, type JobTypeKey } from './vocab-keys'

/**
 * Student → job (and → training course) fit. Every point comes with a sentence saying why, because
 * PIPL art. 24 requires automated recommendations to be explainable and switchable off
 * (`nonPersonalised` is the switched-off ordering). Weights: docs/decisions/005-explainable-scoring.md.
 */
export const RECOMMEND_WEIGHTS = {
  major: 35,
  skills: 30,
  location: 20,
  education: 15,
  /** Subtracted per education level the student is short; the job stays in the list. */
  educationGapPenalty: 10,
  typeMismatchPenalty: 5,
  salaryBelowPenalty: 5,
} as const

/**
 * Share of the major weight by how the student's major relates to the job. `text` is the most a
 * major earns from the job's own words (rules/match-text): the best-fitting major gets it in full,
 * one scoring half as well half of it.
 */
const MAJOR_CREDIT = { listed: 1, text: 0.9, core: 0.85, core_secondary_vocational: 0.85, supporting: 0.55, unrestricted: 0.5 } as const

export interface StudentForScoring {
  majorCode?: string
  majorName?: string
  education: EducationKey
  skills: readonly (string | SkillItem)[]
  expectedCities: readonly string[]
  cityCode?: string
  expectedJobTypes?: readonly JobTypeKey[]
  /** yuan per month */
  expectedSalaryMin?: number
}

export interface JobForScoring {
  id: string
  chainId?: string
  chainName?: string
  majorCodes: readonly string[]
  skills: readonly SkillItem[]
  education: EducationKey
  cityCode: string
  type: JobTypeKey
  /** yuan per month */
  salary?: { min?: number; max?: number }
  publishedAt?: string | number | Date
  /** Places still open (head-count − hired); read only to break ties (`RecommendTies`). */
  openings?: number
  /** The majors the job's text fits (rules/match-text `toTextFit`); absent = read the chain only. */
  majorFit?: ReadonlyMap<string, TextFit>
}

/**
 * What breaks ties between jobs of equal score (decision 018, "student ties"): the province's supply of the
 * student's own major per city (graduates of the latest cohort + students of every grade, analytics/major-supply).
 */
export interface RecommendTies {
  peersByCity?: ReadonlyMap<string, number>
}

/** A ranked job's tie keys, lower first: peers of the student's major in the job's city per open place, then km from the student. */
export interface TieKeys { competition: number; km: number | null }

export interface CourseForScoring {
  id: string
  chainId?: string
  chainName?: string
  majorCodes: readonly string[]
  skills: readonly SkillItem[]
  education?: EducationKey
  cityCode?: string
  mode: DeliveryModeKey
}

export interface RecommendContext {
  chainMajors: ChainMajorMap
  cities: CityIndex
  chainNames?: Readonly<Record<string, string>>
  majorNames?: Readonly<Record<string, string>>
}

export interface FitScore {
  score: number
  reasons: string[]
  parts: { major: number; skills: number; location: number; education: number; adjustments: number }
}

interface Target {
  noun: '岗位' | '课程'
  chainId?: string
  chainName?: string
  majorCodes: readonly string[]
  skills: readonly SkillItem[]
  education: EducationKey
  cityCode?: string
  remote: boolean
  majorFit?: ReadonlyMap<string, TextFit>
}

function majorPart(s: StudentForScoring, t: Target, ctx: RecommendContext, reasons: string[] | undefined): number {
  const name = s.majorName || (s.majorCode && ctx.majorNames?.[s.majorCode]) || '您的专业'
  const chain = t.chainName || (t.chainId && ctx.chainNames?.[t.chainId]) || '相关'
  if (s.majorCode && t.majorCodes.includes(s.majorCode)) {
    reasons?.push(`专业对口：${t.noun}面向${name}专业`)
    return MAJOR_CREDIT.listed
  }
  // The job's words and the chain are two readings of the same question; the stronger one speaks.
  const fit = s.majorCode ? t.majorFit?.get(s.majorCode) : undefined
  const rel = relevanceOf(ctx.chainMajors, t.chainId, s.majorCode)
  const textCredit = fit ? MAJOR_CREDIT.text * fit.credit : 0
  const otherwise = rel ? MAJOR_CREDIT[rel] : t.majorCodes.length === 0 && !t.chainId ? MAJOR_CREDIT.unrestricted : 0
  if (fit && textCredit >= otherwise) {
    reasons?.push(`${fit.credit >= 0.8 ? '专业对口' : '专业相关'}：${t.noun}内容与${name === '您的专业' ? name : `${name}专业`}相符${fit.reasons[0] ? `（${fit.reasons[0]}）` : ''}`)
    return textCredit
  }
  if (rel) {
    reasons?.push(`${rel === 'supporting' ? '专业相关' : '专业对口'}：${name}属于${chain}产业链${RELEVANCE_LABELS[rel]}`)
    return MAJOR_CREDIT[rel]
  }
  if (t.majorCodes.length === 0 && !t.chainId) {
    reasons?.push(`专业不限：该${t.noun}未限定专业`)
    return MAJOR_CREDIT.unrestricted
  }
  reasons?.push(`专业不完全对口：${name}不在该${t.noun}的面向专业内`)
  return 0
}

function skillsPart(s: StudentForScoring, t: Target, reasons: string[] | undefined): number {
  if (t.skills.length === 0) {
    reasons?.push(`该${t.noun}未列出具体技能要求`)
    return 0.5
  }
  // Ranking reads the credit alone; the names are listed only for the answer's reasons.
  if (!reasons) return skillCredit(s.skills, t.skills)
  const m = matchSkills(s.skills, t.skills)
  let text = `技能匹配 ${m.matched.length + m.belowLevel.length}/${t.skills.length}`
  if (m.matched.length) text += `：${listNames(m.matched)}`
  if (m.belowLevel.length) text += `（等级待提升：${listNames(m.belowLevel)}）`
  reasons.push(text)
  return m.credit
}

const cityNameOf = (ctx: RecommendContext, code: string) => ctx.cities[code]?.name ?? code

function locationPart(s: StudentForScoring, t: Target, ctx: RecommendContext, reasons: string[] | undefined): number {
  if (t.remote) {
    reasons?.push('线上课程，不受地点限制')
    return 1
  }
  const expected = s.expectedCities.length > 0
  const refs = expected ? s.expectedCities : s.cityCode ? [s.cityCode] : []
  if (!t.cityCode || refs.length === 0) return 0.5
  if (refs.includes(t.cityCode)) {
    reasons?.push(`${expected ? '意向城市' : '所在城市'}：${cityNameOf(ctx, t.cityCode)}`)
    return 1
  }
  if (t.cityCode === s.cityCode) {
    reasons?.push(`位于您所在的${cityNameOf(ctx, t.cityCode)}`)
    return 0.6
  }
  const d = nearestKm(ctx.cities, refs, t.cityCode)
  if (d === undefined) return 0.3
  reasons?.push(`工作地点${cityNameOf(ctx, t.cityCode)}，距${expected ? '意向城市' : '所在城市'}约 ${Math.round(d)} 公里`)
  // Halves at 100 km; a far city lowers the score but never zeroes it.
  return 0.6 / (1 + d / 100)
}

/** The shortest known distance from any of `from` to `to`; undefined when none is known. A loop, not map/filter/spread: it runs for every candidate job. */
function nearestKm(cities: CityIndex, from: readonly string[], to: string): number | undefined {
  let nearest: number | undefined
  for (const c of from) {
    const d = cityDistanceKm(cities, c, to)
    if (d !== undefined && (nearest === undefined || d < nearest)) nearest = d
  }
  return nearest
}

function educationPart(s: StudentForScoring, t: Target, reasons: string[] | undefined): { credit: number; penalty: number } {
  if (t.education === 'none') {
    reasons?.push('学历不限')
    return { credit: 1, penalty: 0 }
  }
  const gap = EDUCATION_RANK[t.education] - EDUCATION_RANK[s.education]
  if (gap <= 0) {
    reasons?.push(`学历符合：${Education.labels[t.education]}`)
    return { credit: 1, penalty: 0 }
  }
  reasons?.push(`学历要求${Education.labels[t.education]}，高于您的${Education.labels[s.education]}，排序已降低（仍可投递）`)
  return { credit: 0, penalty: gap * RECOMMEND_WEIGHTS.educationGapPenalty }
}

/**
 * With `withReasons` false the sentences are left unwritten (`reasons` is empty) and only the numbers are worked out:
 * ranking a few hundred candidates needs their scores, the answer the reasons of its twenty. `reasons?.push(…)`
 * skips building the sentence when there is no list.
 */
function score(s: StudentForScoring, t: Target, ctx: RecommendContext, extra: (reasons: string[] | undefined) => number, withReasons = true): FitScore {
  const reasons: string[] | undefined = withReasons ? [] : undefined
  const W = RECOMMEND_WEIGHTS
  const major = W.major * majorPart(s, t, ctx, reasons)
  const skills = W.skills * skillsPart(s, t, reasons)
  const location = W.location * locationPart(s, t, ctx, reasons)
  const edu = educationPart(s, t, reasons)
  const adjustments = extra(reasons) - edu.penalty
  const parts = { major: round1(major), skills: round1(skills), location: round1(location), education: round1(W.education * edu.credit), adjustments }
  const total = parts.major + parts.skills + parts.location + parts.education + parts.adjustments
  return { score: clamp(round1(total), 0, 100), reasons: reasons ?? [], parts }
}

export function scoreJobForStudent(student: StudentForScoring, job: JobForScoring, ctx: RecommendContext): FitScore {
  return scoreJob(student, job, ctx, true)
}

/** `words: false` leaves the job's text fit unread (it may be costly to work out): the bound below. */
function scoreJob(student: StudentForScoring, job: JobForScoring, ctx: RecommendContext, words: boolean, withReasons = true): FitScore {
  const target: Target = {
    noun: '岗位', chainId: job.chainId, chainName: job.chainName, majorCodes: job.majorCodes, skills: job.skills, education: job.education,
    cityCode: job.cityCode, remote: false, majorFit: words ? job.majorFit : undefined,
  }
  return score(student, target, ctx, (reasons) => {
    let adj = 0
    if (student.expectedJobTypes?.length && !student.expectedJobTypes.includes(job.type)) {
      reasons?.push(`岗位类型为${JobType.labels[job.type]}，不是您的意向类型`)
      adj -= RECOMMEND_WEIGHTS.typeMismatchPenalty
    }
    const top = job.salary?.max ?? job.salary?.min
    if (student.expectedSalaryMin !== undefined && top !== undefined && top < student.expectedSalaryMin) {
      reasons?.push(`薪资最高 ${top} 元/月，低于您的期望 ${student.expectedSalaryMin} 元/月`)
      adj -= RECOMMEND_WEIGHTS.salaryBelowPenalty
    }
    return adj
  }, withReasons)
}

export function scoreCourseForStudent(student: StudentForScoring, course: CourseForScoring, ctx: RecommendContext): FitScore {
  const target: Target = {
    ...course, noun: '课程', education: course.education ?? 'none', remote: course.mode === 'online',
  }
  return score(student, target, ctx, (reasons) => {
    if (course.mode !== 'online') reasons?.push(`授课方式：${DeliveryMode.labels[course.mode]}`)
    return 0
  })
}

/** The most the job's text can add to a score: the major part at its text ceiling. */
const TEXT_CEILING = RECOMMEND_WEIGHTS.major * MAJOR_CREDIT.text

/**
 * Equal scores are common (a rounded sum of a few discrete parts), and the job id says nothing to a student.
 * So a tie goes to the job where fewer people of the student's own major compete for each open place — peers in
 * the job's city (+1, so a city with none still counts the places) ÷ the places still open — then to the job
 * nearer to where the student is (their college's city, else the nearest city they named: two jobs in wanted
 * cities earn the same location part however far apart), then the id.
 */
export function tieKeys(student: StudentForScoring, job: JobForScoring, ctx: RecommendContext, ties: RecommendTies = {}): TieKeys {
  const peers = ties.peersByCity?.get(job.cityCode) ?? 0
  const places = Math.max(1, job.openings ?? 1)
  const from = student.cityCode ? [student.cityCode] : student.expectedCities
  const km = nearestKm(ctx.cities, from, job.cityCode)
  return { competition: (peers + 1) / places, km: km === undefined ? null : Math.round(km * 10) / 10 }
}

/** Score first, then the tie keys (unknown distance last), then the id: the order of every student job list. */
export function compareRecommended(a: { score: number; tie: TieKeys; id: string }, b: { score: number; tie: TieKeys; id: string }): number {
  return b.score - a.score
    || a.tie.competition - b.tie.competition
    || (a.tie.km ?? Infinity) - (b.tie.km ?? Infinity)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Every job, best fit first (none are dropped: a poor fit is shown lower, with its reasons), ties by `tieKeys`.
 * With `limit`, only the best `limit`, and a job's text fit (`majorFit`, a getter the caller may make lazy) is
 * read only for jobs that could still make it: each job is first scored without it, which with TEXT_CEILING
 * bounds its score from above, and jobs are taken by that bound until the next bound is below the limit-th exact
 * score. Same list as sorting all and cutting.
 */
export function recommendJobs<J extends JobForScoring>(student: StudentForScoring, jobs: readonly J[], ctx: RecommendContext, limit?: number, ties?: RecommendTies) {
  // The id rides along so compareRecommended orders the results as they are, without an object per comparison.
  const exactOf = (job: J, withReasons = true) => ({ job, id: job.id, ...scoreJob(student, job, ctx, true, withReasons), tie: tieKeys(student, job, ctx, ties) })
  if (limit === undefined) return jobs.map((job) => exactOf(job)).sort(compareRecommended)
  const bounded = jobs.map((job) => {
    const plain = scoreJob(student, job, ctx, false, false)
    return { job, bound: Math.min(100, plain.score + Math.max(0, TEXT_CEILING - plain.parts.major)) }
  }).sort((a, b) => b.bound - a.bound)
  const exact: ReturnType<typeof exactOf>[] = []
  // The best `limit` exact scores so far, highest first, kept by insertion: the cut is the last of them (sorting every
  // exact score again after each job was most of ranking's garbage, decision 081).
  const best: number[] = []
  let cut = -Infinity
  for (const { job, bound } of bounded) {
    // A bound equal to the cut may still win its tie, so only a lower one stops.
    if (exact.length >= limit && bound < cut - 1e-9) break
    const r = exactOf(job, false)
    exact.push(r)
    let at = best.push(r.score) - 1
    for (; at > 0 && best[at - 1]! < r.score; at--) best[at] = best[at - 1]!
    best[at] = r.score
    if (best.length > limit) best.length = limit
    if (exact.length >= limit) cut = best[limit - 1]!
  }
  // Scored again with their reasons: the same function on the same inputs, so the same numbers.
  return exact.sort(compareRecommended).slice(0, limit).map((r) => exactOf(r.job))
}

export function recommendCourses<C extends CourseForScoring>(student: StudentForScoring, courses: readonly C[], ctx: RecommendContext) {
  return courses
    .map((course) => ({ course, ...scoreCourseForStudent(student, course, ctx) }))
    .sort(byScoreThenIds((r) => [r.course.id]))
}

const time = (t: string | number | Date | undefined) => {
  const ms = t instanceof Date ? t.getTime() : typeof t === 'string' ? Date.parse(t) : t
  return ms === undefined || Number.isNaN(ms) ? -Infinity : ms
}

/** The ordering when the student has switched personalised recommendation off: newest first. */
export function nonPersonalised<J extends { id: string; publishedAt?: string | number | Date }>(jobs: readonly J[]): J[] {
  return [...jobs].sort((a, b) => time(b.publishedAt) - time(a.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
