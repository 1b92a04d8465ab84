/**
 * Supply facts: one row per (college, major) from the chosen supply lists — each verified
 * college's latest approved list, or its approved list of a given year. Graduates = the list's most
 * recent cohort of the major (a yearly flow, comparable with yearly demand); enrolment = all grades.
 * Bounded by the number of colleges × majors (thousands, not the hundreds of thousands of jobs),
 * so they are loaded and summed in memory. Demand lives in demand.ts.
 */
import type { DestinationTypeKey } from '@zhilian/shared'
import type { Db } from '../lib/types'
import { COUNTED, LATEST_COUNTED_SUPPLY_LISTS } from './counted'

export interface SupplyFact {
  listId: string
  listYear: number
  collegeId: string
  collegeName: string
  cityCode: string
  majorCode: string
  majorName: string
  /** Chains the college ties this major to on its list. */
  chainIds: string[]
  enrolment: number
  graduates: number
  graduatesYear: number | null
  cohorts: { year: number; count: number }[]
  grades: { entryYear: number; count: number }[]
  destinations: { total: number; byType: Partial<Record<DestinationTypeKey, number>> }
}

export interface SupplyFilter {
  year?: number
  chainId?: string
  cityCodes?: readonly string[]
  majorCodes?: readonly string[]
  collegeIds?: readonly string[]
}

/** Ids of the supply lists in play (counted.ts): per college, its list of `year`, else its latest one. */
export async function supplyListIds(db: Db, year?: number): Promise<string[]> {
  if (year !== undefined) {
    const rows = await db.supplyList.findMany({ where: { ...COUNTED, year }, select: { id: true } })
    return rows.map((r) => r.id)
  }
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(LATEST_COUNTED_SUPPLY_LISTS)
  return rows.map((r) => r.id)
}

const key = (listId: string, majorCode: string) => `${listId}\u0000${majorCode}`

export async function loadSupplyFacts(db: Db, f: SupplyFilter = {}): Promise<SupplyFact[]> {
  const listIds = await supplyListIds(db, f.year)
  if (!listIds.length || f.majorCodes?.length === 0) return []
  const offerings = await db.majorOffering.findMany({
    where: {
      listId: { in: listIds },
      ...(f.majorCodes ? { majorCode: { in: [...f.majorCodes] } } : {}),
      ...(f.chainId ? { chains: { some: { chainId: f.chainId } } } : {}),
      list: {
        college: { verification: 'verified', ...(f.cityCodes ? { cityCode: { in: [...f.cityCodes] } } : {}) },
        ...(f.collegeIds ? { collegeId: { in: [...f.collegeIds] } } : {}),
      },
    },
    select: {
      listId: true,
      majorCode: true,
      major: { select: { name: true } },
      chains: { select: { chainId: true } },
      list: { select: { year: true, collegeId: true, college: { select: { name: true, cityCode: true } } } },
    },
  })
  if (!offerings.length) return []
  const ids = [...new Set(offerings.map((o) => o.listId))]
  const codes = [...new Set(offerings.map((o) => o.majorCode))]
  const [enrolments, cohorts] = await Promise.all([
    db.enrolment.findMany({ where: { listId: { in: ids }, majorCode: { in: codes } }, select: { listId: true, majorCode: true, grade: true, count: true } }),
    db.graduateCohort.findMany({
      where: { listId: { in: ids }, majorCode: { in: codes } },
      select: { listId: true, majorCode: true, year: true, count: true, destinations: { select: { type: true, count: true } } },
    }),
  ])
  const enrolBy = new Map<string, typeof enrolments>()
  for (const e of enrolments) enrolBy.set(key(e.listId, e.majorCode), [...(enrolBy.get(key(e.listId, e.majorCode)) ?? []), e])
  const cohortBy = new Map<string, typeof cohorts>()
  for (const g of cohorts) cohortBy.set(key(g.listId, g.majorCode), [...(cohortBy.get(key(g.listId, g.majorCode)) ?? []), g])

  return offerings.map((o) => {
    const k = key(o.listId, o.majorCode)
    const grades = (enrolBy.get(k) ?? []).map((e) => ({ entryYear: o.list.year - e.grade + 1, count: e.count }))
    const cs = [...(cohortBy.get(k) ?? [])].sort((a, b) => b.year - a.year)
    const latest = cs[0]
    const byType: Partial<Record<DestinationTypeKey, number>> = {}
    for (const d of latest?.destinations ?? []) byType[d.type] = (byType[d.type] ?? 0) + d.count
    return {
      listId: o.listId,
      listYear: o.list.year,
      collegeId: o.list.collegeId,
      collegeName: o.list.college.name,
      cityCode: o.list.college.cityCode,
      majorCode: o.majorCode,
      majorName: o.major.name,
      chainIds: o.chains.map((ch) => ch.chainId),
      enrolment: grades.reduce((s, g) => s + g.count, 0),
      graduates: latest?.count ?? 0,
      graduatesYear: latest?.year ?? null,
      cohorts: cs.map((g) => ({ year: g.year, count: g.count })),
      grades,
      destinations: { total: latest?.count ?? 0, byType },
    }
  })
}
