import { majorsOfChain, type ChainMajorMap } from './chain-majors'

/**
 * 专业和产业匹配度: how well the enrolment of a city (or college) lines up with what its industry
 * chains demand. Enrolment spans several cohorts and demand is yearly head-count, so the two are
 * compared as shares, not as raw numbers:
 *
 *   index = 100 × Σ_major min(enrolment share, demand share)
 *
 * i.e. the overlap of the two distributions: 100 when students are spread over majors exactly as
 * demand is, 0 when no student studies a demanded major. `coverage` is the unweighted version
 * (share of students in majors with any demand).
 */
export const FIT_THRESHOLDS = { oversupplied: 1.5, undersupplied: 1 / 1.5 } as const

export type FitStatus = 'balanced' | 'oversupplied' | 'undersupplied' | 'no_demand' | 'no_supply'

export interface MajorFit {
  majorCode: string
  enrolment: number
  demand: number
  enrolmentShare: number
  demandShare: number
  /** enrolment share ÷ demand share; null when there is no demand for the major. */
  ratio: number | null
  status: FitStatus
}

export interface FitIndexResult {
  index: number
  coverage: number
  totalEnrolment: number
  totalDemand: number
  majors: MajorFit[]
  /** ratio above the threshold, most oversupplied first */
  oversupplied: MajorFit[]
  /** ratio below the threshold (including majors nobody studies), most undersupplied first */
  undersupplied: MajorFit[]
  /** students in majors no demand asks for */
  noDemand: MajorFit[]
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits

function sumBy<T>(rows: readonly T[], key: (r: T) => string, value: (r: T) => number): Map<string, number> {
  const m = new Map<string, number>()
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + value(r))
  return m
}

export function fitIndex(
  enrolment: readonly { majorCode: string; count: number }[],
  demand: readonly { majorCode: string; headcount: number }[],
  thresholds: { oversupplied: number; undersupplied: number } = FIT_THRESHOLDS,
): FitIndexResult {
  const e = sumBy(enrolment, (r) => r.majorCode, (r) => r.count)
  const d = sumBy(demand, (r) => r.majorCode, (r) => r.headcount)
  const totalE = [...e.values()].reduce((s, x) => s + x, 0)
  const totalD = [...d.values()].reduce((s, x) => s + x, 0)
  const codes = [...new Set([...e.keys(), ...d.keys()])].sort()

  let overlap = 0
  let covered = 0
  const majors: MajorFit[] = codes.map((majorCode) => {
    const en = e.get(majorCode) ?? 0
    const de = d.get(majorCode) ?? 0
    const es = totalE ? en / totalE : 0
    const ds = totalD ? de / totalD : 0
    overlap += Math.min(es, ds)
    if (de > 0) covered += en
    const ratio = ds > 0 ? es / ds : null
    const status: FitStatus =
      ratio === null ? 'no_demand'
      : en === 0 ? 'no_supply'
      : ratio > thresholds.oversupplied ? 'oversupplied'
      : ratio < thresholds.undersupplied ? 'undersupplied'
      : 'balanced'
    return { majorCode, enrolment: en, demand: de, enrolmentShare: round(es, 4), demandShare: round(ds, 4), ratio: ratio === null ? null : round(ratio, 2), status }
  })
  return {
    index: round(100 * overlap, 1),
    coverage: totalE ? round(covered / totalE, 4) : 0,
    totalEnrolment: totalE,
    totalDemand: totalD,
    majors,
    oversupplied: majors.filter((m) => m.status === 'oversupplied').sort((a, b) => b.ratio! - a.ratio!),
    undersupplied: majors.filter((m) => m.status === 'undersupplied' || m.status === 'no_supply').sort((a, b) => a.ratio! - b.ratio!),
    noDemand: majors.filter((m) => m.status === 'no_demand').sort((a, b) => b.enrolment - a.enrolment),
  }
}

/** Core majors carry twice the weight of supporting ones when a demand names no major. */
const SPLIT_WEIGHT = { core: 2, core_secondary_vocational: 2, supporting: 1 } as const

/**
 * Which majors a job naming none counts for, read from its text (rules/match-text, decision 019):
 * the majors scoring at least TEXT_ATTRIBUTION.share of the best (at most `max`), each by its score.
 * A job's acceptable majors are a handful (3.75 on the labelled set), so the head-count goes to the
 * few its words fit, not to every major of its chain.
 */
export const TEXT_ATTRIBUTION = { share: 0.8, max: 5 } as const

export function attributeByText(fit: ReadonlyMap<string, { credit: number }>, headcount: number): { majorCode: string; headcount: number }[] {
  const top = [...fit].filter(([, f]) => f.credit >= TEXT_ATTRIBUTION.share).slice(0, TEXT_ATTRIBUTION.max)
  const total = top.reduce((s, [, f]) => s + f.credit, 0)
  return total > 0 ? top.map(([majorCode, f]) => ({ majorCode, headcount: (headcount * f.credit) / total })) : []
}

/**
 * Spreads each demand's head-count over majors: equally over the majors the enterprise named,
 * else over the majors its text fits (`textFit`, attributeByText), else over its chain's majors by
 * SPLIT_WEIGHT. Demands with none of these are skipped.
 */
export function deriveDemandByMajor(
  demands: readonly { chainId: string; headcount: number; majorCodes?: readonly string[]; textFit?: ReadonlyMap<string, { credit: number }> }[],
  chainMajors: ChainMajorMap,
): { majorCode: string; headcount: number }[] {
  const out = new Map<string, number>()
  const add = (code: string, n: number) => out.set(code, (out.get(code) ?? 0) + n)
  for (const dm of demands) {
    if (dm.majorCodes?.length) {
      for (const code of dm.majorCodes) add(code, dm.headcount / dm.majorCodes.length)
      continue
    }
    const byText = dm.textFit ? attributeByText(dm.textFit, dm.headcount) : []
    if (byText.length) {
      for (const x of byText) add(x.majorCode, x.headcount)
      continue
    }
    const linked = majorsOfChain(chainMajors, dm.chainId)
    const total = linked.reduce((s, m) => s + SPLIT_WEIGHT[m.relevance], 0)
    for (const m of linked) add(m.majorCode, (dm.headcount * SPLIT_WEIGHT[m.relevance]) / total)
  }
  return [...out].map(([majorCode, headcount]) => ({ majorCode, headcount })).sort((a, b) => (a.majorCode < b.majorCode ? -1 : 1))
}
