/**
 * Demand facts. Jobs are the big table (200 000 at province scale), so the province-wide figures
 * come from SQL already grouped into cells — one row per (chain, city, job type, enterprise) — and
 * only the matchers load single jobs, a bounded number at a time.
 *
 * Which jobs count: those of verified enterprises. Without a year: jobs open now, counting the
 * places still to fill. With a year: jobs published that year (whatever their status now),
 * counting their whole head-count — what was asked for that year.
 */
import { Prisma } from '@zhilian/db'
import type { Db } from '../lib/types'
import { jobCountedInYear, jobCountedInYearSql } from './counted'

type JobTypeKey = 'full_time' | 'internship' | 'apprenticeship'

/** A group of jobs (or one job) as the sums need it. */
export interface DemandCell {
  chainId: string | null
  cityCode: string
  type: JobTypeKey
  orgId: string
  orgName: string
  headcount: number
  jobs: number
  /** Head-count of jobs naming no major: spread over the chain's majors later (deriveDemandByMajor). */
  unnamed: number
}

/** Head-count the jobs of a chain and city tie to a named major, split equally over each job's majors. */
interface MajorShare { chainId: string | null; cityCode: string; majorCode: string; headcount: number }

/**
 * Jobs naming no major, grouped by their text (title, skill points, description, education) per
 * chain and city: the text matcher attributes their head-count to the majors the words fit
 * (aggregate.ts, decision 019). Postings repeat their wording, so distinct texts are far fewer
 * than jobs; the largest UNNAMED_TEXTS by head-count are read, the rest is spread by chain.
 */
export interface UnnamedText { chainId: string | null; cityCode: string; title: string; skills: string; description: string; education: DemandFact['education']; headcount: number }
const UNNAMED_TEXTS = 2000

/** What the province-wide sums read: grouped cells, the named-major shares and the texts of unnamed jobs, filterable alike. */
export interface DemandSet { cells: DemandCell[]; majors: MajorShare[]; texts: UnnamedText[] }

export function filterDemand(d: DemandSet, keep: (r: { chainId: string | null; cityCode: string }) => boolean): DemandSet {
  return { cells: d.cells.filter(keep), majors: d.majors.filter(keep), texts: d.texts.filter(keep) }
}

/** One job, for the matchers. */
export interface DemandFact extends DemandCell {
  jobId: string
  title: string
  nature: 'state_owned' | 'private' | 'foreign' | 'joint_venture' | 'collective' | 'other' | null
  publishedYear: number | null
  majorCodes: string[]
  skills: { name: string; level: string }[]
  /** The posting's text and education, read by the text matcher (rules/match-text). */
  description: string
  education: 'none' | 'secondary_vocational' | 'high_school' | 'associate' | 'bachelor' | 'master'
}

export interface DemandFilter {
  year?: number
  chainId?: string
  cityCodes?: readonly string[]
}

const yearRange = (year: number) => [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))] as const

/** The jobs in play as a CTE `jobs(id, chainId, cityCode, type, orgId, orgName, hc)`. */
function jobsCte(f: DemandFilter): Prisma.Sql {
  const status = f.year !== undefined
    ? jobCountedInYearSql(yearRange(f.year))
    : Prisma.sql`j.status = 'open'`
  const hc = f.year !== undefined ? Prisma.sql`j.headcount` : Prisma.sql`greatest(j.headcount - j."hiredCount", 0)`
  const chain = f.chainId ? Prisma.sql`AND j."chainId" = ${f.chainId}` : Prisma.empty
  const city = f.cityCodes ? (f.cityCodes.length ? Prisma.sql`AND j."cityCode" IN (${Prisma.join([...f.cityCodes])})` : Prisma.sql`AND false`) : Prisma.empty
  return Prisma.sql`jobs AS (
    SELECT j.id, j."chainId", j."cityCode", j.type::text AS type, j."orgId", o.name AS "orgName", ${hc} AS hc
    FROM "Job" j JOIN "Organization" o ON o.id = j."orgId"
    WHERE o.verification = 'verified' AND ${status} ${chain} ${city}
  ), nm AS (
    SELECT jm."jobId", count(*)::int AS n FROM "JobMajor" jm JOIN jobs ON jobs.id = jm."jobId" GROUP BY jm."jobId"
  )`
}

export async function loadDemand(db: Db, f: DemandFilter = {}): Promise<DemandSet> {
  const cte = jobsCte(f)
  const [cells, majors, texts] = await Promise.all([
    db.$queryRaw<{ chainId: string | null; cityCode: string; type: JobTypeKey; orgId: string; orgName: string; headcount: number; jobs: number; unnamed: number }[]>`
      WITH ${cte}
      SELECT jobs."chainId", jobs."cityCode", jobs.type, jobs."orgId", jobs."orgName",
             sum(jobs.hc)::int AS headcount, count(*)::int AS jobs, coalesce(sum(jobs.hc) FILTER (WHERE nm.n IS NULL), 0)::int AS unnamed
      FROM jobs LEFT JOIN nm ON nm."jobId" = jobs.id
      GROUP BY 1, 2, 3, 4, 5`,
    // A window count instead of joining nm again: the planner misjudges the CTE and nests loops.
    db.$queryRaw<MajorShare[]>`
      WITH ${cte}
      SELECT "chainId", "cityCode", "majorCode", sum(hc::float8 / n)::float8 AS headcount FROM (
        SELECT jobs."chainId", jobs."cityCode", jm."majorCode", jobs.hc, count(*) OVER (PARTITION BY jm."jobId") AS n
        FROM jobs JOIN "JobMajor" jm ON jm."jobId" = jobs.id
      ) x GROUP BY 1, 2, 3`,
    db.$queryRaw<UnnamedText[]>`
      WITH ${cte}
      SELECT "chainId", "cityCode", title, skills, description, education, sum(hc)::int AS headcount FROM (
        SELECT jobs."chainId", jobs."cityCode", j.title, j.description, j.education::text AS education, jobs.hc,
               coalesce((SELECT string_agg(s.name, '|' ORDER BY s.name) FROM "JobSkill" s WHERE s."jobId" = jobs.id), '') AS skills
        FROM jobs JOIN "Job" j ON j.id = jobs.id
        WHERE NOT EXISTS (SELECT 1 FROM "JobMajor" jm WHERE jm."jobId" = jobs.id)
      ) x GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(hc) > 0 ORDER BY 7 DESC, 3, 2, 1 LIMIT ${UNNAMED_TEXTS}`,
  ])
  return {
    cells: cells.map((c) => ({ ...c, headcount: Number(c.headcount), jobs: Number(c.jobs), unnamed: Number(c.unnamed) })),
    majors: majors.map((m) => ({ ...m, headcount: Number(m.headcount) })),
    texts: texts.map((t) => ({ ...t, headcount: Number(t.headcount) })),
  }
}

/** Head-count by skill point (a job asking for a skill twice counts once), largest first. */
export async function demandBySkill(db: Db, f: DemandFilter, limit = 50): Promise<{ skill: string; headcount: number; jobs: number }[]> {
  const rows = await db.$queryRaw<{ skill: string; headcount: number; jobs: number }[]>`
    WITH ${jobsCte(f)}
    SELECT s.name AS skill, sum(jobs.hc)::int AS headcount, count(*)::int AS jobs
    FROM jobs JOIN (SELECT DISTINCT "jobId", name FROM "JobSkill") s ON s."jobId" = jobs.id
    GROUP BY s.name ORDER BY 2 DESC, 1 LIMIT ${limit}`
  return rows.map((r) => ({ skill: r.skill, headcount: Number(r.headcount), jobs: Number(r.jobs) }))
}

/** Head-count per publication year, for trends and forecasts (every published job of a verified enterprise). */
export async function demandByYear(db: Db, f: { chainId?: string; cityCodes?: readonly string[] }): Promise<{ year: number; value: number }[]> {
  const chain = f.chainId ? Prisma.sql`AND j."chainId" = ${f.chainId}` : Prisma.empty
  const city = f.cityCodes ? (f.cityCodes.length ? Prisma.sql`AND j."cityCode" IN (${Prisma.join([...f.cityCodes])})` : Prisma.sql`AND false`) : Prisma.empty
  const rows = await db.$queryRaw<{ year: number; value: number }[]>`
    SELECT extract(year FROM j."publishedAt")::int AS year, sum(j.headcount)::int AS value
    FROM "Job" j JOIN "Organization" o ON o.id = j."orgId"
    WHERE o.verification = 'verified' AND ${jobCountedInYearSql()} ${chain} ${city}
    GROUP BY 1 ORDER BY 1`
  return rows.map((r) => ({ year: Number(r.year), value: Number(r.value) }))
}

export interface JobQuery extends DemandFilter {
  /** Jobs on any of these chains or naming any of these majors (the college view). */
  anyOf?: { chainIds: readonly string[]; majorCodes: readonly string[] }
  orderBy: 'recent' | 'headcount'
  take: number
}

/** Single open jobs for the matchers: bounded by `take`, newest or largest first (both indexed sorts). */
export async function loadDemandFacts(db: Db, q: JobQuery): Promise<DemandFact[]> {
  const jobs = await db.job.findMany({
    where: {
      org: { verification: 'verified' },
      ...(q.year !== undefined ? jobCountedInYear(yearRange(q.year)) : { status: 'open' }),
      ...(q.chainId ? { chainId: q.chainId } : {}),
      ...(q.cityCodes ? { cityCode: { in: [...q.cityCodes] } } : {}),
      ...(q.anyOf ? { OR: [{ chainId: { in: [...q.anyOf.chainIds] } }, { majors: { some: { majorCode: { in: [...q.anyOf.majorCodes] } } } }] } : {}),
    },
    select: {
      id: true, title: true, orgId: true, cityCode: true, chainId: true, type: true, headcount: true, hiredCount: true, publishedAt: true,
      description: true, education: true, org: { select: { name: true, nature: true } },
      majors: { select: { majorCode: true } },
      skills: { select: { name: true, level: true } },
    },
    orderBy: q.orderBy === 'recent' ? [{ publishedAt: 'desc' }, { id: 'asc' }] : [{ headcount: 'desc' }, { id: 'asc' }],
    take: q.take,
  })
  return jobs.map((j) => {
    const headcount = q.year !== undefined ? j.headcount : Math.max(0, j.headcount - j.hiredCount)
    const majorCodes = j.majors.map((m) => m.majorCode)
    return {
      jobId: j.id, title: j.title, orgId: j.orgId, orgName: j.org.name, nature: j.org.nature, cityCode: j.cityCode, chainId: j.chainId, type: j.type,
      headcount, jobs: 1, publishedYear: j.publishedAt ? j.publishedAt.getUTCFullYear() : null, majorCodes, skills: j.skills,
      description: j.description, education: j.education,
      unnamed: majorCodes.length ? 0 : headcount,
    }
  })
}
