/**
 * Sums over the fact tables (facts.ts), pure. The report, chain and map figures themselves come from
 * balance.ts; these are the helpers it and the fit pages share.
 */
import { attributeByText, deriveDemandByMajor, type ChainMajorMap } from '@zhilian/shared'
import { splitCell } from '@zhilian/shared/reference/profiles'
import { wordsFitOf } from './match-input'
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

const cellKey = (d: { chainId: string | null; cityCode: string }) => `${d.chainId ?? ''}|${d.cityCode}`

/** Each unnamed job text with the majors its words fit (wordsFitOf: cached for the process by text). */
export function unnamedByText(demand: DemandSet) {
  return demand.texts.map((t) => ({
    ...t,
    textFit: wordsFitOf({ title: t.title, skills: splitCell(t.skills).map((name) => ({ name, level: '' })), description: t.description, education: t.education, chainId: null, majorCodes: [] }),
  }))
}

/**
 * Demand over majors (fit-index.ts): named majors equally; jobs naming none by their text
 * (attributeByText over the texts loaded, decision 019); what the texts do not cover (beyond
 * UNNAMED_TEXTS, or words that fit no major) over the chain's majors as before.
 */
export function demandByMajor(demand: DemandSet, chainMajors: ChainMajorMap) {
  const texts = unnamedByText(demand).map((t) => ({ chainId: t.chainId ?? '', headcount: t.headcount, textFit: t.textFit, key: cellKey(t), fits: attributeByText(t.textFit, 1).length > 0 }))
  const read = groupSum(texts.filter((t) => t.fits), (t) => t.key, (t) => ({ n: t.headcount }))
  const rest = groupSum(demand.cells.filter((d) => d.unnamed > 0 && d.chainId), cellKey, (d) => ({ n: d.unnamed }))
  return deriveDemandByMajor(
    [
      ...demand.majors.map((m) => ({ chainId: m.chainId ?? '', headcount: m.headcount, majorCodes: [m.majorCode] })),
      ...texts.filter((t) => t.fits),
      ...[...rest].flatMap(([key, { n = 0 }]) => {
        const left = n - (read.get(key)?.n ?? 0)
        return left > 0 ? [{ chainId: key.split('|')[0]!, headcount: left }] : []
      }),
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
