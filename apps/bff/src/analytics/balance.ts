/**
 * The one computation behind the yearly report, the chain pages and the digital map: a year's supply
 * against its demand for the three pairs of lists, with the platform's coverage beside every ratio
 * (docs/decisions/019-report-method.md). Loaded once per year, then summed for any scope (the province,
 * a chain, a city, a chain within some cities), so every page that shows a figure shows the same figure.
 */
import { attributeByText, balance, coverageOf, enterpriseShare, expectedGraduates, figuresSentence, fitIndex, roundToTotal, statusOf, type DestinationTypeKey } from '@zhilian/shared'
import { majorByCode } from '@zhilian/shared/reference'
import type { MajorGap } from '@zhilian/shared/contracts/analytics'
import type { Coverage, Figures } from '@zhilian/shared/contracts/reports'
import { demandByMajor, unnamedByText } from './aggregate'
import { loadContext, type AnalysisContext } from './context'
import { filterDemand, loadDemand, type DemandCell, type DemandSet } from './demand'
import { loadSupplyFacts, type SupplyFact } from './facts'
import { loadListFacts, type ListFacts } from './list-facts'
import type { Db } from '../lib/types'

interface ChainBase { id: string; name: string; knownEnterprises: number | null; knownEnterprisesSource: string | null }
export interface Basis { inProvinceShare: number | null; inProvinceSource: string | null }

/** A supply fact with what the method derives from it. */
interface SupplyRowOut extends SupplyFact {
  /** Final-grade students: the year's expected graduates. */
  expected: number
  /** expected × enterprise share × in-province share: who will look for an enterprise job in Shandong. */
  entrants: number
}

export interface BalanceData {
  year: number
  ctx: AnalysisContext
  /** Active chains in display order. */
  chains: ChainBase[]
  supply: SupplyRowOut[]
  demand: DemandSet
  lists: ListFacts
  basis: Basis
  /** Enterprise share over every reported destination of the year, for majors whose list gives none. */
  fallbackShare: number | null
}

export interface Scope { chainId?: string; cityCodes?: readonly string[] }

export async function loadBasis(db: Db, year: number): Promise<Basis> {
  const row = await db.reportBasis.findUnique({ where: { year }, select: { inProvinceShare: true, source: true } })
  return { inProvinceShare: row ? Number(row.inProvinceShare) : null, inProvinceSource: row?.source ?? null }
}

export async function loadBalanceData(db: Db, year: number): Promise<BalanceData> {
  const [ctx, facts, demand, lists, chains, basis] = await Promise.all([
    loadContext(db),
    loadSupplyFacts(db, { year }),
    loadDemand(db, { year }),
    loadListFacts(db, year),
    db.industryChain.findMany({
      where: { active: true },
      select: { id: true, name: true, knownEnterprises: true, knownEnterprisesSource: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    }),
    loadBasis(db, year),
  ])
  // A row's 1/n share goes to the active chains it serves only, so the chain rows shown add up to the province
  // (decision 076): a share kept for a retired chain would be counted in the province and in no row.
  const active = new Set(chains.map((c) => c.id))
  const activeOnly = <T extends { chainIds: string[] }>(rows: readonly T[]): T[] => rows.map((r) => ({ ...r, chainIds: r.chainIds.filter((id) => active.has(id)) }))
  const listRows: ListFacts = {
    ...lists, courses: activeOnly(lists.courses), equipment: activeOnly(lists.equipment), projects: activeOnly(lists.projects),
    needs: activeOnly(lists.needs), challenges: activeOnly(lists.challenges), requests: activeOnly(lists.requests),
  }
  const pooled: Partial<Record<DestinationTypeKey, number>> = {}
  for (const f of facts) for (const [t, n] of Object.entries(f.destinations.byType)) pooled[t as DestinationTypeKey] = (pooled[t as DestinationTypeKey] ?? 0) + (n ?? 0)
  const fallbackShare = enterpriseShare(pooled)
  const inProvince = basis.inProvinceShare ?? 1
  const supply = activeOnly(facts).map((f) => {
    const expected = expectedGraduates(f.grades.map((g) => ({ grade: f.listYear - g.entryYear + 1, count: g.count })), f.graduates)
    return { ...f, expected, entrants: expected * (enterpriseShare(f.destinations.byType) ?? fallbackShare ?? 1) * inProvince }
  })
  return { year, ctx, chains, supply, demand, lists: listRows, basis, fallbackShare }
}

/** What a row counts for in a scope: a row serving n chains counts 1/n in each (decision 019). */
const weightIn = (chainIds: readonly string[], chainId?: string) => (chainId === undefined ? 1 : chainIds.includes(chainId) ? 1 / chainIds.length : 0)
const inCities = (cityCode: string, s: Scope) => !s.cityCodes || s.cityCodes.includes(cityCode)
const cellIn = (d: { chainId: string | null; cityCode: string }, s: Scope) => (s.chainId === undefined || d.chainId === s.chainId) && inCities(d.cityCode, s)

/** The scope's rows with their weights (zero-weight rows dropped). */
export function scoped<T extends { chainIds: readonly string[]; cityCode: string }>(rows: readonly T[], s: Scope): { row: T; w: number }[] {
  return rows.flatMap((row) => {
    const w = inCities(row.cityCode, s) ? weightIn(row.chainIds, s.chainId) : 0
    return w > 0 ? [{ row, w }] : []
  })
}

export const demandIn = (data: BalanceData, s: Scope): DemandSet => filterDemand(data.demand, (d) => cellIn(d, s))

const sumW = <T>(rows: readonly { row: T; w: number }[], value: (r: T) => number = () => 1) => rows.reduce((s, x) => s + x.w * value(x.row), 0)

/** Enterprises that filed any demand in the scope that year. */
function filedOrgs(data: BalanceData, s: Scope): Set<string> {
  const orgs = new Set<string>(demandIn(data, s).cells.map((c) => c.orgId))
  for (const rows of [data.lists.needs, data.lists.challenges, data.lists.requests]) for (const { row } of scoped(rows, s)) orgs.add(row.orgId)
  return orgs
}

/**
 * Coverage of a chain (its recorded enterprise count), or of every chain together (known only when
 * every active chain has a count). Province-wide: cities share the coverage of the chain(s) they show.
 */
export function coverageFor(data: BalanceData, chainId?: string): Coverage {
  const filed = filedOrgs(data, { chainId }).size
  // A retired chain is not among the active ones: its coverage is unknown.
  const counts = chainId === undefined ? data.chains : data.chains.filter((c) => c.id === chainId)
  const complete = counts.length > 0 && counts.every((c) => c.knownEnterprises !== null)
  const known = complete ? counts.reduce((s, c) => s + (c.knownEnterprises ?? 0), 0) : null
  const source = !complete ? null : chainId === undefined ? '各产业链登记的企业总数之和' : counts[0]!.knownEnterprisesSource
  return { filed, known, source, ...coverageOf(filed, known) }
}

const round = (x: number) => Math.round(x)

/** How figuresOf makes a summed figure whole, by its path ('talent.supply', 'enrolment' …): rounded on its own by default. */
type Rounding = (path: string, x: number) => number
const roundAlone: Rounding = (_, x) => round(x)

/** One row of the report for a scope: the three pairs, coverage, the fit index and its sentence. */
export const figuresOf = (data: BalanceData, s: Scope, coverage: Coverage, name: string): Figures => figuresMaker(data, s, coverage, name)(roundAlone)

/** A scope's sums worked out once; the row is then made with any rounding of them (partsOf makes it twice). */
function figuresMaker(data: BalanceData, s: Scope, coverage: Coverage, name: string): (r: Rounding) => Figures {
  const supply = scoped(data.supply, s)
  const demand = demandIn(data, s)
  const { courses, equipment, projects, needs, challenges, requests } = data.lists
  const [c, e, p, n, ch, rq] = [scoped(courses, s), scoped(equipment, s), scoped(projects, s), scoped(needs, s), scoped(challenges, s), scoped(requests, s)]
  const headcount = demand.cells.reduce((t, d) => t + d.headcount, 0)
  // A year without one approved 附件1 has no supply figures, only zeros meaning "not filed": no ratio is read off them.
  const supplyFiled = data.lists.supplyLists > 0
  const level = supplyFiled ? coverage.level : 'unknown'
  const talent = balance(sumW(supply, (f) => f.entrants), headcount, level)
  const training = balance(sumW(c, (x) => x.seats), sumW(n, (x) => x.people), level)
  const innovation = balance(sumW(e) + sumW(p), sumW(ch) + sumW(rq), level)
  const orgs = new Set([...demand.cells.map((d) => d.orgId), ...[...n, ...ch, ...rq].map((x) => x.row.orgId)])
  const colleges = new Set([...supply, ...c, ...e, ...p].map((x) => x.row.collegeId))
  const hasData = supply.length + demand.cells.length + c.length + e.length + p.length + n.length + ch.length + rq.length > 0
  const fit = fitIndex(supply.map(({ row, w }) => ({ majorCode: row.majorCode, count: row.enrolment * w })), demandByMajor(demand, data.ctx.chainMajors)).index
  const sums = {
    enrolment: sumW(supply, (f) => f.enrolment), graduates: sumW(supply, (f) => f.expected), courses: sumW(c), needs: sumW(n), equipment: sumW(e), projects: sumW(p),
    challenges: sumW(ch), requests: sumW(rq), answered: sumW(ch.filter((x) => x.row.answered)), solved: sumW(ch.filter((x) => x.row.solved)),
  }
  return (r) => {
    const out = (pair: string, b: typeof talent) => ({ ...b, supply: r(`${pair}.supply`, b.supply), demand: r(`${pair}.demand`, b.demand) })
    const figures: Omit<Figures, 'sentence'> = {
      colleges: colleges.size,
      enterprises: orgs.size,
      enrolment: r('enrolment', sums.enrolment),
      coverage,
      talent: { ...out('talent', talent), graduates: r('talent.graduates', sums.graduates), unnamedDemand: demand.cells.reduce((t, d) => t + d.unnamed, 0), jobs: demand.cells.reduce((t, d) => t + d.jobs, 0) },
      training: { ...out('training', training), courses: r('training.courses', sums.courses), needs: r('training.needs', sums.needs) },
      innovation: {
        ...out('innovation', innovation), equipment: r('innovation.equipment', sums.equipment), projects: r('innovation.projects', sums.projects),
        challenges: r('innovation.challenges', sums.challenges), requests: r('innovation.requests', sums.requests), answered: r('innovation.answered', sums.answered), solved: r('innovation.solved', sums.solved),
      },
      fitIndex: fit,
    }
    return { ...figures, sentence: figuresSentence({ name, scope: s.chainId ? 'chain' : 'all', hasData, supplyFiled, coverage, talent: figures.talent }) }
  }
}

/**
 * Rows that together make a whole (the 16 cities of the province or of a chain, the chains of the province), each
 * summed figure rounded so that the rows add up to their sum rounded once (roundToTotal, decision 076) — the whole's
 * own figure wherever the rows cover it: each row's sums are worked out once, shared out, then the rows are made
 * with the shared-out numbers.
 */
function partsOf<T>(data: BalanceData, parts: readonly T[], scopeOf: (p: T) => Scope, coverageIn: (p: T) => Coverage, nameOf: (p: T) => string): Figures[] {
  const makers = parts.map((p) => figuresMaker(data, scopeOf(p), coverageIn(p), nameOf(p)))
  const raw = new Map<string, number[]>()
  makers.forEach((make, i) => make((path, x) => {
    const xs = raw.get(path) ?? raw.set(path, []).get(path)!
    xs[i] = x
    return x
  }))
  const shared = new Map([...raw].map(([path, xs]) => [path, roundToTotal(xs)]))
  return makers.map((make, i) => make((path) => shared.get(path)![i]!))
}

/**
 * Per major in a scope: expected entrants against the head-count of jobs naming the major (split
 * equally over a job's majors). `textDemand` is, beside it and not in it, the head-count of jobs
 * naming no major that their text attributes to the major (attributeByText, decision 019): where the
 * graduates for that demand would come from.
 */
export function majorLines(data: BalanceData, s: Scope, opts: { textDemand?: boolean } = {}) {
  const by = new Map<string, { majorCode: string; majorName: string; enrolment: number; graduates: number; supply: number; demand: number; textDemand: number }>()
  const line = (code: string, name?: string) =>
    by.get(code) ?? by.set(code, { majorCode: code, majorName: name ?? data.ctx.majorNames[code] ?? code, enrolment: 0, graduates: 0, supply: 0, demand: 0, textDemand: 0 }).get(code)!
  for (const { row, w } of scoped(data.supply, s)) {
    const l = line(row.majorCode, row.majorName)
    l.enrolment += row.enrolment * w
    l.graduates += row.expected * w
    l.supply += row.entrants * w
  }
  const demand = demandIn(data, s)
  for (const m of demand.majors) line(m.majorCode).demand += m.headcount
  // The report lists named demand and its 专业未指定 line only; the map and chain pages add what the text says.
  if (opts.textDemand) for (const t of unnamedByText(demand)) for (const x of attributeByText(t.textFit, t.headcount)) line(x.majorCode, majorByCode(x.majorCode)?.name).textDemand += x.headcount
  // Rounded so that the lines add up to the scope's figures as printed (decision 076): enrolment, graduates and
  // supply to whole numbers, demand to tenths (a job naming n majors gives each 1/n).
  const lines = [...by.values()]
  const whole = (key: 'enrolment' | 'graduates' | 'supply') => roundToTotal(lines.map((l) => l[key]))
  const tenths = (key: 'demand' | 'textDemand') => roundToTotal(lines.map((l) => l[key] * 10)).map((x) => x / 10)
  const [enrolment, graduates, supply, named, text] = [whole('enrolment'), whole('graduates'), whole('supply'), tenths('demand'), tenths('textDemand')]
  return lines.map((l, i) => ({
    ...l, enrolment: enrolment[i]!, graduates: graduates[i]!, supply: supply[i]!, demand: named[i]!, textDemand: text[i]!,
    gap: Math.round((l.supply - l.demand) * 10) / 10,
  })).sort((a, b) => a.gap - b.gap || (a.majorCode < b.majorCode ? -1 : 1))
}

/** Head-count of jobs that name no major, in a scope: its own 专业未指定 line, never spread over majors. */
export const unnamedDemand = (data: BalanceData, s: Scope) => demandIn(data, s).cells.reduce((t, d: DemandCell) => t + d.unnamed, 0)

/** majorLines as the chain page and the map's city panel show them, shortage first. */
export function majorGaps(data: BalanceData, s: Scope): MajorGap[] {
  return majorLines(data, s, { textDemand: true }).map((l) => ({ ...l, ratio: l.demand > 0 ? Math.round((l.supply / l.demand) * 100) / 100 : null, status: statusOf(l.supply, l.demand) }))
}

/** Every active chain's row, in display order: the report's 分产业链 table and the chain summaries. */
export function chainRows(data: BalanceData) {
  const rows = partsOf(data, data.chains, (ch) => ({ chainId: ch.id }), (ch) => coverageFor(data, ch.id), (ch) => ch.name)
  return data.chains.map((ch, i) => ({ chainId: ch.id, name: ch.name, ...rows[i]! }))
}

/** Every city's row for a chain (or all chains): the report's 分城市 table and the map's tiles. */
export function cityRows(data: BalanceData, chainId?: string) {
  const coverage = coverageFor(data, chainId)
  const cities = data.ctx.cityRows
  const rows = partsOf(data, cities, (city) => ({ chainId, cityCodes: [city.adcode] }), () => coverage, (city) => city.name)
  return cities.map((city, i) => ({ cityCode: city.adcode, name: city.name, circle: city.circle, ...rows[i]! }))
}
