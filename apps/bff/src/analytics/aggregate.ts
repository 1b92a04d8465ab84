/**
 * Sums over the fact tables (facts.ts). Pure: the handlers load once and call these as often as
 * the response needs, so a chain page, a city tile and the yearly report add the same way.
 */
import { deriveDemandByMajor, FIT_THRESHOLDS, type ChainMajorMap } from '@zhilian/shared'
import type { MajorGap } from '@zhilian/shared/contracts/analytics'
import type { DemandCell, DemandSet } from './demand'
import type { SupplyFact } from './facts'

export const round1 = (x: number) => Math.round(x * 10) / 10
export const round2 = (x: number) => Math.round(x * 100) / 100

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

export const supplyTotals = (rows: readonly SupplyFact[]) => ({
  enrolment: rows.reduce((s, r) => s + r.enrolment, 0),
  graduates: rows.reduce((s, r) => s + r.graduates, 0),
  colleges: new Set(rows.map((r) => r.collegeId)).size,
})

export const demandTotals = (rows: readonly DemandCell[]) => ({
  headcount: rows.reduce((s, r) => s + r.headcount, 0),
  jobs: rows.reduce((s, r) => s + r.jobs, 0),
  enterprises: new Set(rows.map((r) => r.orgId)).size,
})

/** supply ÷ demand, 2 decimals; null without demand. */
export const ratioOf = (supply: number, demand: number) => (demand > 0 ? round2(supply / demand) : null)

export function gapStatus(supply: number, demand: number): MajorGap['status'] {
  if (demand <= 0) return 'no_demand'
  if (supply <= 0) return 'no_supply'
  const r = supply / demand
  return r > FIT_THRESHOLDS.oversupplied ? 'oversupplied' : r < FIT_THRESHOLDS.undersupplied ? 'undersupplied' : 'balanced'
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

/**
 * Graduates against spread demand, per major. Absolute people, not shares: the chain page's
 * question is "how many are we short", while the fit index (shares of enrolment) asks whether the
 * mix of majors is right.
 */
export function gapByMajor(supply: readonly SupplyFact[], demand: DemandSet, chainMajors: ChainMajorMap, names: Readonly<Record<string, string>>): MajorGap[] {
  const s = groupSum(supply, (r) => r.majorCode, (r) => ({ graduates: r.graduates, enrolment: r.enrolment }))
  const supplyNames = Object.fromEntries(supply.map((r) => [r.majorCode, r.majorName]))
  const d = new Map(demandByMajor(demand, chainMajors).map((x) => [x.majorCode, x.headcount]))
  const codes = [...new Set([...s.keys(), ...d.keys()])]
  return codes
    .map((majorCode) => {
      const graduates = s.get(majorCode)?.graduates ?? 0
      const dem = d.get(majorCode) ?? 0
      return {
        majorCode,
        majorName: supplyNames[majorCode] ?? names[majorCode] ?? majorCode,
        graduates,
        enrolment: s.get(majorCode)?.enrolment ?? 0,
        demand: round1(dem),
        gap: round1(graduates - dem),
        ratio: ratioOf(graduates, dem),
        status: gapStatus(graduates, dem),
      }
    })
    .sort((a, b) => a.gap - b.gap || (a.majorCode < b.majorCode ? -1 : 1))
}

export function colourOf(supply: number, demand: number) {
  if (supply <= 0 && demand <= 0) return 'no_data' as const
  const st = gapStatus(supply, demand)
  return st === 'oversupplied' ? ('surplus' as const) : st === 'undersupplied' ? ('shortage' as const) : st
}

/** Graduates by cohort year over the given lists (each list reports up to 3 cohorts). */
export function graduatesByYear(supply: readonly SupplyFact[]) {
  const by = new Map<number, number>()
  for (const r of supply) for (const c of r.cohorts) by.set(c.year, (by.get(c.year) ?? 0) + c.count)
  return [...by].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year)
}
