/**
 * The rows of the approved lists beyond majors and jobs, for the second and third pairs of the report
 * (policy 000 三(二)): 附件1's training courses, open equipment and research projects against 附件2's
 * training needs, technical challenges and resource requests. Only approved lists of verified units
 * count; this module is the one place that decides which list rows a year holds and which chains a
 * row serves, so a change to how lists store them changes only here.
 *
 * A year's supply rows come from the colleges' lists of that year. Demand lists are one per enterprise
 * (their current approved version), so their rows count in the year that version was approved.
 */
import type { Db } from '../lib/types'
import { COUNTED, jobCountedInYearSql } from './counted'
import { supplyListIds } from './facts'
import { challengeSolved } from '@zhilian/shared/rules/projects'

interface Located { cityCode: string; chainIds: string[] }
interface SupplyRow extends Located { collegeId: string }
interface DemandRow extends Located { orgId: string }

export interface ListFacts {
  courses: (SupplyRow & { seats: number })[]
  /** Open (shared) equipment only: what an enterprise can actually use. */
  equipment: SupplyRow[]
  projects: SupplyRow[]
  needs: (DemandRow & { people: number })[]
  challenges: (DemandRow & { answered: boolean; solved: boolean })[]
  requests: DemandRow[]
  /** Approved supply lists of the year (verified colleges). */
  supplyLists: number
}

const chains = (chainId: string | null) => (chainId ? [chainId] : [])
/** 附件1's rows name the chains they serve (EquipmentChain, ResearchProjectChain, TrainingCourseChain). */
const rowChains = { select: { chainId: true } } as const
const idsOf = (rows: readonly { chainId: string }[]) => rows.map((r) => r.chainId)
const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) })

/** Demand lists of verified enterprises whose counted version (counted.ts) was approved in `year`. */
const demandListsOfYear = (year: number) => ({ ...COUNTED, approvedAt: yearRange(year), org: { verification: 'verified' as const } })

export async function loadListFacts(db: Db, year: number): Promise<ListFacts> {
  const listIds = await supplyListIds(db, year)
  const supplyWhere = { listId: { in: listIds }, list: { college: { verification: 'verified' as const } } }
  const college = { select: { collegeId: true, college: { select: { cityCode: true } } } } as const
  const [courses, equipment, projects, demandLists, lists] = await Promise.all([
    db.trainingCourse.findMany({ where: supplyWhere, select: { chains: rowChains, yearlyCapacity: true, cityCode: true, list: college } }),
    db.equipment.findMany({ where: { ...supplyWhere, open: true }, select: { chains: rowChains, list: college } }),
    db.researchProject.findMany({ where: supplyWhere, select: { chains: rowChains, list: college } }),
    db.demandList.findMany({
      where: demandListsOfYear(year),
      select: {
        orgId: true,
        org: { select: { cityCode: true, chains: { select: { chainId: true } } } },
        trainingNeeds: { select: { chainId: true, perYear: true } },
        challenges: { select: { chainId: true, status: true, validatedAt: true, inProduction: true, _count: { select: { takers: true } } } },
        resourceRequests: { select: { id: true } },
      },
    }),
    db.supplyList.count({ where: { id: { in: listIds }, college: { verification: 'verified' } } }),
  ])
  const at = (l: { collegeId: string; college: { cityCode: string } }) => ({ collegeId: l.collegeId, cityCode: l.college.cityCode })
  return {
    courses: courses.map((c) => ({ ...at(c.list), cityCode: c.cityCode ?? c.list.college.cityCode, chainIds: idsOf(c.chains), seats: c.yearlyCapacity })),
    equipment: equipment.map((e) => ({ ...at(e.list), chainIds: idsOf(e.chains) })),
    projects: projects.map((p) => ({ ...at(p.list), chainIds: idsOf(p.chains) })),
    needs: demandLists.flatMap((l) => l.trainingNeeds.map((n) => ({ orgId: l.orgId, cityCode: l.org.cityCode, chainIds: chains(n.chainId), people: n.perYear }))),
    challenges: demandLists.flatMap((l) => l.challenges.map((ch) => ({ orgId: l.orgId, cityCode: l.org.cityCode, chainIds: chains(ch.chainId), answered: ch._count.takers > 0, solved: challengeSolved(ch) }))),
    // A resource request names no chain: it serves the chains the enterprise registered for.
    requests: demandLists.flatMap((l) => l.resourceRequests.map(() => ({ orgId: l.orgId, cityCode: l.org.cityCode, chainIds: l.org.chains.map((c) => c.chainId) }))),
    supplyLists: lists,
  }
}

/** Years with anything filed: approved supply lists per year, and enterprises with jobs published or a list version approved that year. */
export async function yearsWithData(db: Db): Promise<{ year: number; supplyLists: number; enterprises: number }[]> {
  const [supply, demand] = await Promise.all([
    db.$queryRaw<{ year: number; n: number }[]>`
      SELECT s.year, count(*)::int AS n FROM "SupplyList" s JOIN "Organization" o ON o.id = s."collegeId"
      WHERE s."approvedVersion" IS NOT NULL AND o.verification = 'verified' GROUP BY 1`,
    db.$queryRaw<{ year: number; n: number }[]>`
      SELECT year, count(DISTINCT "orgId")::int AS n FROM (
        SELECT extract(year FROM j."publishedAt")::int AS year, j."orgId" FROM "Job" j
        WHERE ${jobCountedInYearSql()}
        UNION ALL
        SELECT extract(year FROM d."approvedAt")::int, d."orgId" FROM "DemandList" d
        WHERE d."approvedVersion" IS NOT NULL AND d."approvedAt" IS NOT NULL
      ) x JOIN "Organization" o ON o.id = x."orgId" WHERE o.verification = 'verified' GROUP BY 1`,
  ])
  const by = new Map<number, { year: number; supplyLists: number; enterprises: number }>()
  const row = (year: number) => by.get(year) ?? by.set(year, { year, supplyLists: 0, enterprises: 0 }).get(year)!
  for (const r of supply) row(Number(r.year)).supplyLists = Number(r.n)
  for (const r of demand) row(Number(r.year)).enterprises = Number(r.n)
  return [...by.values()].sort((a, b) => b.year - a.year)
}

/** The year asked for, else the latest year with data, else this year (Beijing time). */
export async function resolveYear(db: Db, year?: number): Promise<number> {
  if (year !== undefined) return year
  const [latest] = await yearsWithData(db)
  return latest?.year ?? new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()
}
