import { DeliveryMode } from '../contracts/enums'
import { cityDistanceKm, type CityIndex } from './geo'
import { byScoreThenIds, listNames, round1 } from './rank'
import { buildTermIndex, cover, saturation, type TermIndex } from './text-bm25'
import type { DeliveryModeKey } from './vocab-keys'

/**
 * Enterprise training need (培训需求: content, trainees, period, online/offline) → college training
 * courses. Content coverage decides most: the idf-weighted share of the need's words a course's
 * name and description hold (BM25 over the candidate courses, text-bm25.ts), so words every course
 * says (培训, 实训) count little. Format, period and the year's capacity left refine it.
 * Courses sharing nothing with the need's content are left out. A full course stays listed, last-ish,
 * saying it is full. Weights: docs/decisions/005-explainable-scoring.md.
 */
export const TRAINING_WEIGHTS = { content: 50, format: 15, period: 15, capacity: 20 } as const

export interface DateRange { from: string; to: string }

export interface TrainingNeedForMatch {
  id: string
  content: string
  trainees: number
  mode?: DeliveryModeKey
  period?: DateRange
  cityCode?: string
}

export interface CourseOffer {
  id: string
  collegeId: string
  collegeName: string
  name: string
  content?: string
  mode: DeliveryModeKey
  /** When the course can run; absent = any time of the year. */
  period?: DateRange
  capacityPerYear: number
  usedThisYear?: number
  cityCode?: string
}

export interface TrainingMatch<C extends CourseOffer = CourseOffer> {
  course: C
  score: number
  reasons: string[]
  parts: { content: number; format: number; period: number; capacity: number }
}

const DAY = 86_400_000
/** 'YYYY-MM' means the whole month; 'YYYY-MM-DD' one day. Returns [start, end) in ms (UTC). */
function span(r: DateRange): [number, number] {
  const start = Date.parse(r.from.length === 7 ? `${r.from}-01` : r.from)
  const endDay = r.to.length === 7 ? Date.UTC(Number(r.to.slice(0, 4)), Number(r.to.slice(5, 7)), 1) : Date.parse(r.to) + DAY
  return [start, endDay]
}

function formatCredit(need: DeliveryModeKey | undefined, offer: DeliveryModeKey): number {
  if (!need || need === offer) return 1
  if (need === 'hybrid' || offer === 'hybrid') return 0.6
  return 0.2
}

const courseText = (c: CourseOffer) => `${c.name} ${c.content ?? ''}`

/**
 * One course against a need. `corpus` is the index over every candidate course with this course's
 * place in it (matchTrainingNeed passes it); alone, the course is its own corpus.
 */
export function scoreCourseForNeed<C extends CourseOffer>(need: TrainingNeedForMatch, c: C, cities?: CityIndex, corpus?: { index: TermIndex; doc: number }): TrainingMatch<C> | null {
  const { index, doc } = corpus ?? { index: buildTermIndex([courseText(c)]), doc: 0 }
  // How much of the need the course covers (the need is the short text here).
  const content = cover(index, need.content, (t) => saturation(index, doc, t), courseText(c))
  if (content.credit === 0) return null
  const W = TRAINING_WEIGHTS
  const reasons = [`${c.collegeName}《${c.name}》：覆盖培训需求 ${Math.round(content.credit * 100)}%（${listNames(content.words, 4)}）`]

  let format = formatCredit(need.mode, c.mode)
  const km = c.mode !== 'online' && cities ? cityDistanceKm(cities, need.cityCode, c.cityCode) : undefined
  const fits = format === 1 ? '符合需求' : need.mode ? `需求为${DeliveryMode.labels[need.mode]}` : ''
  reasons.push(`授课方式：${DeliveryMode.labels[c.mode]}${fits ? `（${fits}）` : ''}${km ? `，距企业约 ${Math.round(km)} 公里` : ''}`)
  // Travelling to offline sessions costs more the further away: same halving distance as matching.
  if (km) format *= c.mode === 'offline' ? 1 / (1 + km / 100) : 1 / (1 + km / 200)

  let period = 1
  if (need.period && c.period) {
    const [ns, ne] = span(need.period)
    const [cs, ce] = span(c.period)
    period = Math.max(0, Math.min(ne, ce) - Math.max(ns, cs)) / (ne - ns)
    reasons.push(period > 0 ? `开班时间与需求时段重合 ${Math.round(period * 100)}%` : '开班时间与需求时段不重合')
  } else if (!c.period) reasons.push('全年可开班')

  const left = Math.max(0, c.capacityPerYear - (c.usedThisYear ?? 0))
  const capacity = need.trainees <= 0 ? 1 : Math.min(1, left / need.trainees)
  reasons.push(left === 0 ? '本年度培训名额已满' : `本年度剩余名额 ${left} 人，需求 ${need.trainees} 人${left >= need.trainees ? '，可一次容纳' : '，需分批'}`)

  const parts = {
    content: round1(W.content * content.credit),
    format: round1(W.format * format),
    period: round1(W.period * period),
    capacity: round1(W.capacity * capacity),
  }
  return { course: c, score: round1(parts.content + parts.format + parts.period + parts.capacity), reasons, parts }
}

export function matchTrainingNeed<C extends CourseOffer>(need: TrainingNeedForMatch, courses: readonly C[], cities?: CityIndex): TrainingMatch<C>[] {
  const index = buildTermIndex(courses.map(courseText))
  return courses
    .map((c, doc) => scoreCourseForNeed(need, c, cities, { index, doc }))
    .filter((m): m is TrainingMatch<C> => m !== null)
    .sort(byScoreThenIds((m) => [m.course.collegeId, m.course.id]))
}
