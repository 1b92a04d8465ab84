import { DestinationType, EnterpriseNature } from '../contracts/enums'
import { RELEVANCE_LABELS, relevanceOf, type ChainMajorMap } from './chain-majors'
import { cityDistanceKm, type CityIndex } from './geo'
import { byScoreThenIds, round1 } from './rank'
import type { DestinationTypeKey, EnterpriseNatureKey } from './vocab-keys'

/**
 * Demand → supply: which (college, major) rows can staff a job or an enterprise's demand line.
 * A row is a candidate when its major fits the demand: by the job's text when the caller read it
 * (`majorFit`, from rules/match-text, decision 018), otherwise by the enterprise's named majors and
 * the demand's chain. Distance lowers a score and never removes a row; a row with no graduates and
 * no students is listed after every row that has some; equal scores fall to more supply, then the
 * nearer row. Weights: docs/decisions/005-explainable-scoring.md.
 */
export const MATCH_WEIGHTS = { relevance: 40, graduates: 15, enrolment: 10, distance: 20, destinations: 15 } as const

const RELEVANCE_CREDIT = { listed: 1, core: 0.9, core_secondary_vocational: 0.75, supporting: 0.55 } as const
/** When the enterprise names majors, the chain's other majors still count, at this share. */
const UNNAMED_SHARE = 0.6
/** Graduates per opening that count as "enough" (not every graduate applies or accepts). */
const GRADUATES_PER_OPENING = 3
const STUDENTS_PER_OPENING = 6
/** Distance at which the distance credit halves. */
const HALF_KM = 100
/** A destination share at or above this earns the full destination credit. */
const FULL_SHARE = 0.5
const EMPTY_ROW_CAP = 10

/** How well a major fits a demand, read from the job's text: credit 0..1 and the evidence in words. */
export interface TextFit { credit: number; reasons: readonly string[] }

export interface DemandForMatch {
  id: string
  /** Majors that fit the job's text (rules/match-text); when present it alone decides relevance. */
  majorFit?: ReadonlyMap<string, TextFit>
  chainId: string
  chainName?: string
  /** Majors the enterprise named; empty when it named none. */
  majorCodes?: readonly string[]
  cityCode: string
  headcount?: number
  enterpriseNature?: EnterpriseNatureKey
}

export interface SupplyRow {
  collegeId: string
  collegeName: string
  majorCode: string
  majorName: string
  cityCode: string
  /** Graduates by cohort (the form asks for three years); the latest year is used. */
  graduates?: readonly { year: number; count: number }[]
  /** Students now enrolled, by entry year: future supply. */
  enrolment?: readonly { entryYear: number; count: number }[]
  /** Where past graduates went, as head counts out of `total`. */
  destinations?: { total: number; byType?: Partial<Record<DestinationTypeKey, number>>; byChain?: Readonly<Record<string, number>> }
}

export interface MatchContext {
  chainMajors: ChainMajorMap
  cities: CityIndex
  chainNames?: Readonly<Record<string, string>>
}

export interface SupplyMatch<R extends SupplyRow = SupplyRow> {
  row: R
  score: number
  reasons: string[]
  distanceKm?: number
  hasSupply: boolean
  /** Latest graduates plus students enrolled: the first tie-break. */
  supply: number
  parts: { relevance: number; graduates: number; enrolment: number; distance: number; destinations: number }
}

const NATURE_TO_DESTINATION: Record<EnterpriseNatureKey, DestinationTypeKey> = {
  state_owned: 'state_owned', private: 'private', foreign: 'foreign', joint_venture: 'foreign', collective: 'other', other: 'other',
}

const pct = (x: number) => `${Math.round(x * 100)}%`

function relevanceCredit(d: DemandForMatch, row: SupplyRow, ctx: MatchContext, chain: string): { credit: number; reasons: readonly string[] } | undefined {
  if (d.majorFit) return d.majorFit.get(row.majorCode)
  const named = d.majorCodes ?? []
  if (named.includes(row.majorCode)) return { credit: RELEVANCE_CREDIT.listed, reasons: ['企业需求点名的专业'] }
  const rel = relevanceOf(ctx.chainMajors, d.chainId, row.majorCode)
  if (!rel) return undefined
  const credit = RELEVANCE_CREDIT[rel] * (named.length ? UNNAMED_SHARE : 1)
  return { credit, reasons: [`属于${chain}产业链${RELEVANCE_LABELS[rel]}`] }
}

export function scoreSupplyRow<R extends SupplyRow>(d: DemandForMatch, row: R, ctx: MatchContext): SupplyMatch<R> | null {
  const W = MATCH_WEIGHTS
  const chain = d.chainName ?? ctx.chainNames?.[d.chainId] ?? '该'
  const rel = relevanceCredit(d, row, ctx, chain)
  if (!rel) return null

  const need = Math.max(1, d.headcount ?? 10)
  const latest = [...(row.graduates ?? [])].sort((a, b) => b.year - a.year)[0]
  const grads = latest?.count ?? 0
  const grades = [...(row.enrolment ?? [])].sort((a, b) => a.entryYear - b.entryYear)
  const enrolled = grades.reduce((s, g) => s + g.count, 0)
  const distanceKm = cityDistanceKm(ctx.cities, d.cityCode, row.cityCode)

  const dest = row.destinations
  const typeKey = d.enterpriseNature && NATURE_TO_DESTINATION[d.enterpriseNature]
  const typeShare = dest && dest.total > 0 && typeKey ? (dest.byType?.[typeKey] ?? 0) / dest.total : 0
  const chainShare = dest && dest.total > 0 ? (dest.byChain?.[d.chainId] ?? 0) / dest.total : 0

  const parts = {
    relevance: round1(W.relevance * rel.credit),
    graduates: round1(W.graduates * Math.min(1, grads / (GRADUATES_PER_OPENING * need))),
    enrolment: round1(W.enrolment * Math.min(1, enrolled / (STUDENTS_PER_OPENING * need))),
    distance: round1(W.distance * (distanceKm === undefined ? 0.5 : 1 / (1 + distanceKm / HALF_KM))),
    destinations: round1((W.destinations / 2) * (Math.min(1, typeShare / FULL_SHARE) + Math.min(1, chainShare / FULL_SHARE))),
  }

  const hasSupply = grads > 0 || enrolled > 0
  let score = round1(Object.values(parts).reduce((s, x) => s + x, 0))
  if (!hasSupply) score = Math.min(score, EMPTY_ROW_CAP)
  // The sentences are written on first read: a job's candidates are hundreds of rows, its answer ten.
  let reasons: string[] | undefined
  const say = (): string[] => {
    const where = distanceKm === 0 ? '同城' : distanceKm === undefined ? '距离未知' : `相距约 ${Math.round(distanceKm)} 公里`
    const head = latest && grads > 0 ? `${latest.year}届毕业生 ${grads} 人` : '暂无毕业生'
    const out = [`${row.collegeName} ${row.majorName}：${head}，${where}`, ...rel.reasons.map((r) => `专业匹配：${r}`)]
    if (enrolled > 0) out.push(`在校生 ${enrolled} 人（${grades.map((g) => `${g.entryYear}级 ${g.count} 人`).join('，')}）`)
    if (typeShare > 0 && typeKey) {
      out.push(`往届毕业生 ${pct(typeShare)} 去往${DestinationType.labels[typeKey]}（与${EnterpriseNature.labels[d.enterpriseNature!]}同类）`)
    }
    if (chainShare > 0) out.push(`往届毕业生 ${pct(chainShare)} 进入${chain}产业链企业`)
    if (!hasSupply) out.push('该专业暂无毕业生和在校生，暂不能供给，排在有生源的院校之后')
    return out
  }
  const match = { row, score, reasons: [] as string[], distanceKm, hasSupply, supply: grads + enrolled, parts }
  return Object.defineProperty(match, 'reasons', { enumerable: true, get: () => (reasons ??= say()) })
}

/**
 * Candidate rows for a demand, best first; rows unrelated to the demand are left out. Equal scores:
 * more graduates and students first, then the nearer college; ids only make equal rows stable.
 */
export function matchSupply<R extends SupplyRow>(d: DemandForMatch, rows: readonly R[], ctx: MatchContext): SupplyMatch<R>[] {
  const byIds = byScoreThenIds<SupplyMatch<R>>((m) => [m.row.collegeId, m.row.majorCode])
  return rows
    .map((r) => scoreSupplyRow(d, r, ctx))
    .filter((m): m is SupplyMatch<R> => m !== null)
    .sort((a, b) => Number(b.hasSupply) - Number(a.hasSupply) || b.score - a.score || b.supply - a.supply
      || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || byIds(a, b))
}
