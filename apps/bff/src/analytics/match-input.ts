/** Fact rows → the shapes the shared scorers (packages/shared/src/rules/match.ts) read. */
import type { ChainMajorMap, DemandForMatch, SupplyMatch, SupplyRow, TextFit } from '@zhilian/shared'
import { matchTextIndex, rankMajors, toTextFit, type JobForText } from '@zhilian/shared/rules/match-text/index'
import type { SupplyMatchItem } from '@zhilian/shared/contracts/matching'
import type { AnalysisContext, MatchingContext } from './context'
import type { DemandFact } from './demand'
import type { SupplyFact } from './facts'
import { nearestKmFrom, type MajorSupply } from './major-supply'

export type FactRow = SupplyRow & { fact: SupplyFact }

export function supplyRowOf(f: SupplyFact): FactRow {
  return {
    collegeId: f.collegeId,
    collegeName: f.collegeName,
    majorCode: f.majorCode,
    majorName: f.majorName,
    cityCode: f.cityCode,
    graduates: f.cohorts,
    enrolment: f.grades,
    destinations: f.destinations,
    fact: f,
  }
}

type DemandText = Pick<DemandFact, 'title' | 'chainId' | 'majorCodes'> & Partial<Pick<DemandFact, 'skills' | 'description' | 'education' | 'cityCode'>>

/** Text fits per chain map (one per request) and job text: a page scores the same job many times. */
const fitCache = new WeakMap<ChainMajorMap, Map<string, ReadonlyMap<string, TextFit>>>()
const MAX_FITS = 5000
/** How many of a job's best-fitting majors compete for it. */
export const TEXT_CANDIDATES = 30

/**
 * With `majorSupply` (analytics/major-supply, cached for the process), text-equal majors are ordered by the
 * province's supply, then by the distance from the job's city to the nearest college offering them.
 */
type TextContext = Pick<AnalysisContext, 'chainMajors' | 'chainNames'> & Partial<Pick<AnalysisContext, 'cities'>> & { majorSupply?: MajorSupply }

/** rankMajors' tie-break inputs for a job in `cityCode`, when the context carries supply. */
export function tieBreaks(ctx: TextContext, cityCode: string | undefined) {
  const s = ctx.majorSupply
  if (!s) return {}
  return { supplyByMajor: s.supplyByMajor, ...(cityCode && ctx.cities ? { nearestKmByMajor: nearestKmFrom(s, ctx.cities, cityCode) } : {}) }
}

export function jobText(d: DemandText, ctx: TextContext): JobForText {
  return {
    title: d.title, skills: (d.skills ?? []).map((s) => s.name), description: d.description ?? '', education: d.education ?? null,
    chainId: d.chainId, chainName: d.chainId ? ctx.chainNames[d.chainId] : undefined, majorCodes: d.majorCodes,
  }
}

/** The majors a job's text fits, best first (rules/match-text, decision 018), as matchSupply's `majorFit`. */
export function textFitOf(d: DemandText, ctx: TextContext): ReadonlyMap<string, TextFit> {
  const job = jobText(d, ctx)
  let cache = fitCache.get(ctx.chainMajors)
  if (!cache) fitCache.set(ctx.chainMajors, (cache = new Map()))
  // Ties depend on the supply's version and the job's city too.
  const key = JSON.stringify(job) + (ctx.majorSupply ? `\u0000${ctx.majorSupply.version}\u0000${d.cityCode ?? ''}` : '')
  let fit = cache.get(key)
  if (!fit) {
    if (cache.size >= MAX_FITS) cache.clear()
    fit = toTextFit(rankMajors(job, matchTextIndex(), { chainMajors: ctx.chainMajors, limit: TEXT_CANDIDATES, ...tieBreaks(ctx, d.cityCode) }), TEXT_CANDIDATES)
    cache.set(key, fit)
  }
  return fit
}

/**
 * The text fit alone, without the chain signal, cached for the process: student recommendations
 * read the chain through their own rule (rules/recommend.ts) and score the same few hundred jobs
 * for every student, so the fit must outlive one request's chain map.
 */
const WORDS_ONLY: TextContext = { chainMajors: {}, chainNames: {} }
export const wordsFitOf = (d: DemandText) => textFitOf(d, WORDS_ONLY)

const sameList = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined, eq: (x: T, y: T) => boolean) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => eq(x, b![i]!))
const sameText = (a: DemandText, b: DemandText) => a.title === b.title && a.description === b.description && a.education === b.education
  && a.chainId === b.chainId && sameList(a.majorCodes, b.majorCodes, (x, y) => x === y) && sameList(a.skills, b.skills, (x, y) => x.name === y.name)

/** wordsFitOfJob's answers by job id, each with the text it was read from. */
const wordsById = new Map<string, { d: DemandText; fit: ReadonlyMap<string, TextFit> }>()

/**
 * wordsFitOf for a job with an id: the cache is looked up by id and the text compared field by field, where
 * wordsFitOf builds a key of the whole text (a JSON string of the description and skills) per lookup — on the
 * recommendations hot path that key was most of the lookups' cost and garbage, for a few hundred jobs a request.
 * An edited job's text differs from the one kept, so its fit is worked out again.
 */
export function wordsFitOfJob(id: string, d: DemandText): ReadonlyMap<string, TextFit> {
  const hit = wordsById.get(id)
  if (hit && sameText(hit.d, d)) return hit.fit
  if (wordsById.size >= MAX_FITS) wordsById.clear()
  const fit = wordsFitOf(d)
  wordsById.set(id, { d, fit })
  return fit
}

export function demandForMatch(d: Pick<DemandFact, 'jobId' | 'chainId' | 'majorCodes' | 'cityCode' | 'headcount' | 'nature'> & DemandText, ctx: MatchingContext): DemandForMatch {
  return {
    id: d.jobId,
    majorFit: textFitOf(d, ctx),
    chainId: d.chainId ?? '',
    chainName: d.chainId ? ctx.chainNames[d.chainId] : undefined,
    majorCodes: d.majorCodes,
    cityCode: d.cityCode,
    headcount: Math.max(1, d.headcount),
    enterpriseNature: d.nature ?? undefined,
  }
}

/** Majors worth loading supply for: the ones each demand's text fits (which include its named majors). */
export function candidateMajors(demands: readonly DemandText[], ctx: MatchingContext): string[] {
  return [...new Set(demands.flatMap((d) => [...d.majorCodes, ...textFitOf(d, ctx).keys()]))]
}

export function supplyMatchItem(m: SupplyMatch<FactRow>, ctx: AnalysisContext): SupplyMatchItem {
  const f = m.row.fact
  return {
    collegeId: f.collegeId,
    collegeName: f.collegeName,
    cityCode: f.cityCode,
    cityName: ctx.cities[f.cityCode]?.name ?? f.cityCode,
    majorCode: f.majorCode,
    majorName: f.majorName,
    score: m.score,
    hasSupply: m.hasSupply,
    distanceKm: m.distanceKm === undefined ? null : Math.round(m.distanceKm),
    graduates: f.graduates,
    graduatesYear: f.graduatesYear,
    enrolment: f.enrolment,
    reasons: m.reasons,
    parts: m.parts,
  }
}
