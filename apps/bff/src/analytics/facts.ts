/**
 * The two fact tables every analysis, map, report and match reads, loaded with bounded queries
 * (indexed filters on list ids, major codes, chain and city) and aggregated in memory:
 *
 * - supply facts: one row per (college, major) from the chosen supply lists — each college's
 *   latest approved list, or its approved list of a given year. Graduates = the list's most recent
 *   cohort of the major (a yearly flow, comparable with yearly demand); enrolment = all grades.
 * - demand facts: one row per job of a verified enterprise. Without a year: jobs open now, counting
 *   the places still to fill. With a year: jobs published that year (whatever their status now),
 *   counting their whole head-count — what was asked for that year.
 */
import { Prisma } from '@zhilian/db'
import type { DestinationTypeKey } from '@zhilian/shared'
import type { Db } from '../lib/types'

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

export interface DemandFact {
  jobId: string
  title: string
  orgId: string
  orgName: string
  nature: 'state_owned' | 'private' | 'foreign' | 'joint_venture' | 'collective' | 'other' | null
  cityCode: string
  chainId: string | null
  type: 'full_time' | 'internship' | 'apprenticeship'
  /** Places: still open (no year) or asked for that year (with a year). */
  headcount: number
  publishedYear: number | null
  majorCodes: string[]
  skills: { name: string; level: string }[]
}

export interface SupplyFilter {
  year?: number
  chainId?: string
  cityCodes?: readonly string[]
  majorCodes?: readonly string[]
  collegeIds?: readonly string[]
}

/** Ids of the supply lists in play: per college, the approved list of `year`, else the latest approved one. */
export async function supplyListIds(db: Db, year?: number): Promise<string[]> {
  if (year !== undefined) {
    const rows = await db.supplyList.findMany({ where: { status: 'approved', year }, select: { id: true } })
    return rows.map((r) => r.id)
  }
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT ON ("collegeId") id FROM "SupplyList" WHERE status = 'approved' ORDER BY "collegeId", year DESC`
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

export interface DemandFilter {
  year?: number
  chainId?: string
  cityCodes?: readonly string[]
  chainIds?: readonly string[]
  orgIds?: readonly string[]
  /** Jobs on any of these chains or naming any of these majors (the college view). */
  anyOf?: { chainIds: readonly string[]; majorCodes: readonly string[] }
}

const PUBLISHED = ['open', 'paused', 'closed', 'filled'] as const

export async function loadDemandFacts(db: Db, f: DemandFilter = {}): Promise<DemandFact[]> {
  const chainWhere = f.chainId ? { chainId: f.chainId } : f.chainIds ? { chainId: { in: [...f.chainIds] } } : {}
  const jobs = await db.job.findMany({
    where: {
      org: { verification: 'verified' },
      ...(f.year !== undefined
        ? { status: { in: [...PUBLISHED] }, publishedAt: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } }
        : { status: 'open' }),
      ...chainWhere,
      ...(f.cityCodes ? { cityCode: { in: [...f.cityCodes] } } : {}),
      ...(f.orgIds ? { orgId: { in: [...f.orgIds] } } : {}),
      ...(f.anyOf ? { OR: [{ chainId: { in: [...f.anyOf.chainIds] } }, { majors: { some: { majorCode: { in: [...f.anyOf.majorCodes] } } } }] } : {}),
    },
    select: {
      id: true, title: true, orgId: true, cityCode: true, chainId: true, type: true, headcount: true, hiredCount: true, publishedAt: true,
      org: { select: { name: true, nature: true } },
      majors: { select: { majorCode: true } },
      skills: { select: { name: true, level: true } },
    },
    orderBy: { id: 'asc' },
  })
  return jobs.map((j) => ({
    jobId: j.id,
    title: j.title,
    orgId: j.orgId,
    orgName: j.org.name,
    nature: j.org.nature,
    cityCode: j.cityCode,
    chainId: j.chainId,
    type: j.type,
    headcount: f.year !== undefined ? j.headcount : Math.max(0, j.headcount - j.hiredCount),
    publishedYear: j.publishedAt ? j.publishedAt.getUTCFullYear() : null,
    majorCodes: j.majors.map((m) => m.majorCode),
    skills: j.skills,
  }))
}

/** Head-count per publication year, for trends and forecasts (every published job of a verified enterprise), grouped in SQL. */
export async function demandByYear(db: Db, f: { chainId?: string; cityCodes?: readonly string[] }): Promise<{ year: number; value: number }[]> {
  const chain = f.chainId ? Prisma.sql`AND j."chainId" = ${f.chainId}` : Prisma.empty
  const city = f.cityCodes ? (f.cityCodes.length ? Prisma.sql`AND j."cityCode" IN (${Prisma.join([...f.cityCodes])})` : Prisma.sql`AND false`) : Prisma.empty
  const rows = await db.$queryRaw<{ year: number; value: number }[]>`
    SELECT extract(year FROM j."publishedAt")::int AS year, sum(j.headcount)::int AS value
    FROM "Job" j JOIN "Organization" o ON o.id = j."orgId"
    WHERE o.verification = 'verified' AND j.status IN ('open', 'paused', 'closed', 'filled') AND j."publishedAt" IS NOT NULL ${chain} ${city}
    GROUP BY 1 ORDER BY 1`
  return rows.map((r) => ({ year: Number(r.year), value: Number(r.value) }))
}
