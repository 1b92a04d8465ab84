/** Fact rows → the shapes the shared scorers (packages/shared/src/rules/match.ts) read. */
import type { DemandForMatch, SupplyMatch, SupplyRow } from '@zhilian/shared'
import type { SupplyMatchItem } from '@zhilian/shared/contracts/matching'
import type { AnalysisContext } from './context'
import type { DemandFact } from './demand'
import type { SupplyFact } from './facts'

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

export function demandForMatch(d: Pick<DemandFact, 'jobId' | 'chainId' | 'majorCodes' | 'cityCode' | 'headcount' | 'nature'>, ctx: AnalysisContext): DemandForMatch {
  return {
    id: d.jobId,
    chainId: d.chainId ?? '',
    chainName: d.chainId ? ctx.chainNames[d.chainId] : undefined,
    majorCodes: d.majorCodes,
    cityCode: d.cityCode,
    headcount: Math.max(1, d.headcount),
    enterpriseNature: d.nature ?? undefined,
  }
}

/** Majors worth loading supply for: the ones the demand names plus every major linked to its chain. */
export function candidateMajors(demands: readonly Pick<DemandFact, 'chainId' | 'majorCodes'>[], ctx: AnalysisContext): string[] {
  return [...new Set(demands.flatMap((d) => [...d.majorCodes, ...Object.keys(d.chainId ? ctx.chainMajors[d.chainId] ?? {} : {})]))]
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
