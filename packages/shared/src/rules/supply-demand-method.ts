/**
 * How the yearly report (and every page that shows its figures) sets supply against demand:
 * docs/decisions/019-report-method.md. Pure, so the BFF, the pages and the tests apply the same rules.
 */
import type { DestinationTypeKey } from './vocab-keys'
import { FIT_THRESHOLDS, type FitStatus } from './fit-index'

/**
 * Coverage = enterprises that filed demand ÷ the chain's enterprises by an outside count. At or above
 * `publish` the ratio stands; from `flag` up it is shown marked 仅供参考; below `flag`, or with no outside
 * count, it is withheld.
 */
export const COVERAGE_THRESHOLDS = { publish: 0.5, flag: 0.2 } as const

export type CoverageLevel = 'sufficient' | 'low' | 'insufficient' | 'unknown'
export type Verdict = 'published' | 'flagged' | 'withheld'

export const COVERAGE_LEVEL_LABELS: Record<CoverageLevel, string> = {
  sufficient: '覆盖充分', low: '覆盖偏低', insufficient: '覆盖不足', unknown: '覆盖面未知',
}
export const VERDICT_LABELS: Record<Verdict, string> = { published: '发布', flagged: '仅供参考', withheld: '暂不发布' }

export function coverageOf(filed: number, known: number | null): { share: number | null; level: CoverageLevel } {
  if (known === null || known <= 0) return { share: null, level: 'unknown' }
  const share = Math.min(1, filed / known)
  const level = share >= COVERAGE_THRESHOLDS.publish ? 'sufficient' : share >= COVERAGE_THRESHOLDS.flag ? 'low' : 'insufficient'
  return { share: Math.round(share * 1000) / 1000, level }
}

export const verdictOf = (level: CoverageLevel): Verdict => (level === 'sufficient' ? 'published' : level === 'low' ? 'flagged' : 'withheld')

export interface Balance {
  supply: number
  demand: number
  /** supply ÷ demand, 2 decimals; null when withheld or without demand. */
  ratio: number | null
  verdict: Verdict
  /** The reading of the ratio; null when withheld. */
  status: FitStatus | null
}

const round2 = (x: number) => Math.round(x * 100) / 100

export function statusOf(supply: number, demand: number): FitStatus {
  if (demand <= 0) return 'no_demand'
  if (supply <= 0) return 'no_supply'
  const r = supply / demand
  return r > FIT_THRESHOLDS.oversupplied ? 'oversupplied' : r < FIT_THRESHOLDS.undersupplied ? 'undersupplied' : 'balanced'
}

/** Supply against demand under the coverage rule: the figures always, the ratio only where coverage allows. */
export function balance(supply: number, demand: number, level: CoverageLevel): Balance {
  const verdict = verdictOf(level)
  if (verdict === 'withheld') return { supply, demand, ratio: null, verdict, status: null }
  return { supply, demand, ratio: demand > 0 ? round2(supply / demand) : null, verdict, status: statusOf(supply, demand) }
}

/** Destinations that do not take up an enterprise's job: further study, own business, public bodies. */
export const NOT_ENTERPRISE_BOUND: readonly DestinationTypeKey[] = ['further_study', 'self_employed', 'public_institution']

/** Share of a cohort that went to enterprises (every destination but NOT_ENTERPRISE_BOUND); null without destinations. */
export function enterpriseShare(byType: Partial<Record<DestinationTypeKey, number>>): number | null {
  const total = Object.values(byType).reduce((s, n) => s + (n ?? 0), 0)
  if (total <= 0) return null
  const away = NOT_ENTERPRISE_BOUND.reduce((s, t) => s + (byType[t] ?? 0), 0)
  return (total - away) / total
}

/**
 * Expected graduates of a major in the list's year: the students of its final grade (the highest grade
 * the list reports for it). Without enrolment the list's latest cohort stands in.
 */
export function expectedGraduates(grades: readonly { grade: number; count: number }[], latestCohort: number): number {
  if (!grades.length) return latestCohort
  const top = Math.max(...grades.map((g) => g.grade))
  return grades.filter((g) => g.grade === top).reduce((s, g) => s + g.count, 0)
}

/**
 * Whole numbers for parts that must add up to their whole as printed (decision 076): the 16 cities' rows to the
 * province's, the chains' rows to the province's. Rounding each part on its own can miss the rounded whole by a
 * few (a reader adding the column finds 40,530 against 40,531), so each part takes its floor and the units still
 * missing go to the largest fractions (ties to the earlier part). Parts already whole are left as they are.
 */
export function roundToTotal(parts: readonly number[], total = Math.round(parts.reduce((s, x) => s + x, 0))): number[] {
  const floors = parts.map((x) => Math.floor(x + 1e-9))
  let missing = total - floors.reduce((s, x) => s + x, 0)
  const order = parts.map((x, i) => ({ i, frac: x - floors[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i)
  const out = [...floors]
  for (const { i } of order) {
    if (missing <= 0) break
    out[i]! += 1
    missing -= 1
  }
  return out
}
