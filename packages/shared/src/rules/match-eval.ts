import { z } from 'zod'
import { buildChainMajorMap } from './chain-majors'
import type { CityIndex } from './geo'
import type { DemandForMatch, MatchContext, SupplyRow } from './match'

/**
 * The labelled evaluation set for demand → supply matching (data/eval/match-eval.json) and its
 * metric. Used by scripts/eval-supply.ts and match-eval.test.ts; not part of the client bundle.
 */
const Num = z.number().nonnegative()
const SupplySchema = z.object({
  id: z.string(), collegeId: z.string(), collegeName: z.string(), majorCode: z.string(), majorName: z.string(), cityCode: z.string(),
  graduates: z.array(z.object({ year: z.number().int(), count: Num })),
  enrolment: z.array(z.object({ entryYear: z.number().int(), count: Num })),
  destinations: z.object({
    total: Num,
    byType: z.partialRecord(z.enum(['state_owned', 'private', 'foreign', 'public_institution', 'further_study', 'self_employed', 'other']), Num),
    byChain: z.record(z.string(), Num),
  }).optional(),
})
const DemandSchema = z.object({
  id: z.string(), title: z.string(), chainId: z.string(), majorCodes: z.array(z.string()), cityCode: z.string(), headcount: Num,
  enterpriseNature: z.enum(['state_owned', 'private', 'foreign', 'joint_venture', 'collective', 'other']),
  education: z.string(), jobType: z.string(), relevant: z.array(z.string()).min(1), why: z.string(),
})
export const MatchEvalSetSchema = z.object({
  cities: z.record(z.string(), z.object({ name: z.string(), lon: z.number(), lat: z.number() })),
  chainNames: z.record(z.string(), z.string()),
  chainMajors: z.array(z.object({ chainId: z.string(), majorCode: z.string(), relevance: z.enum(['core', 'supporting', 'core_secondary_vocational']) })),
  supply: z.array(SupplySchema),
  demands: z.array(DemandSchema),
})
export type MatchEvalSet = z.infer<typeof MatchEvalSetSchema>

/** A ranker under evaluation: returns supply ids, best first. */
export type Ranker = (demand: DemandForMatch, rows: readonly (SupplyRow & { id: string })[], ctx: MatchContext) => string[]

/** Share of the top k that is relevant, k = min(10, |relevant|) (R-precision below 10). */
export function precisionAt10(ranked: readonly string[], relevant: readonly string[]): number {
  const k = Math.min(10, relevant.length)
  const rel = new Set(relevant)
  return ranked.slice(0, k).filter((id) => rel.has(id)).length / k
}

export function evaluate(set: MatchEvalSet, rank: Ranker) {
  const ctx: MatchContext = { cities: set.cities as CityIndex, chainMajors: buildChainMajorMap(set.chainMajors), chainNames: set.chainNames }
  const perDemand = set.demands.map((d) => {
    const ranked = rank(d, set.supply, ctx)
    return { id: d.id, title: d.title, precision: precisionAt10(ranked, d.relevant), k: Math.min(10, d.relevant.length), ranked, relevant: d.relevant }
  })
  const mean = perDemand.reduce((s, r) => s + r.precision, 0) / perDemand.length
  return { mean, perDemand }
}
