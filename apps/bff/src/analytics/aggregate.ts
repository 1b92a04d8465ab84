/**
 * Sums over the fact tables (facts.ts), pure. The report, chain and map figures themselves come from
 * balance.ts; these are the helpers it and the fit pages share.
 */
import { deriveDemandByMajor, type ChainMajorMap } from '@zhilian/shared'
import type { DemandSet } from './demand'
import type { SupplyFact } from './facts'

export function groupSum<T, K extends string>(rows: readonly T[], key: (r: T) => K, fields: (r: T) => Record<string, number>) {
  const out = new Map<K, Record<string, number>>()
  for (const r of rows) {
    const k = key(r)
    const acc = out.get(k) ?? {}
    for (const [f, v] of Object.entries(fields(r))) acc[f] = (acc[f] ?? 0) + v
    out.set(k, acc)
  }
  return out
}

/** Demand spread over majors: named majors equally, else the chain's majors (fit-index.ts). */
export function demandByMajor(demand: DemandSet, chainMajors: ChainMajorMap) {
  return deriveDemandByMajor(
    [
      ...demand.majors.map((m) => ({ chainId: m.chainId ?? '', headcount: m.headcount, majorCodes: [m.majorCode] })),
      ...demand.cells.flatMap((d) => (d.unnamed > 0 && d.chainId ? [{ chainId: d.chainId, headcount: d.unnamed }] : [])),
    ],
    chainMajors,
  )
}

/** Graduates by cohort year over the given lists (each list reports up to 3 cohorts). */
export function graduatesByYear(supply: readonly SupplyFact[]) {
  const by = new Map<number, number>()
  for (const r of supply) for (const c of r.cohorts) by.set(c.year, (by.get(c.year) ?? 0) + c.count)
  return [...by].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year)
}
