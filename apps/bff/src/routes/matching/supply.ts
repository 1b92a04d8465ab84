import { Prisma } from '@zhilian/db'
import { Education, EnterpriseNature, JobType, matchSupply, SkillLevel } from '@zhilian/shared'
import type { JobSupplyMatch } from '@zhilian/shared/contracts/matching'
import { z } from 'zod'
import type { MatchingContext } from '../../analytics/context'
import type { DemandFact } from '../../analytics/demand'
import { loadSupplyFacts } from '../../analytics/facts'
import { candidateMajors, demandForMatch, supplyMatchItem, supplyRowOf, type FactRow } from '../../analytics/match-input'
import { matchingReferenceVersion, supplyRowsVersion, type MatchingVersions } from '../../analytics/matching-cache'
import { majorSupplyVersion } from '../../analytics/major-supply'
import type { Db, HotSql } from '../../lib/types'

export type MatchableJob = Pick<DemandFact, 'jobId' | 'title' | 'type' | 'chainId' | 'majorCodes' | 'cityCode' | 'headcount' | 'nature' | 'skills' | 'description' | 'education'>

/**
 * What `matchableJob` reads; the matching bench (test/bench/matching.ts) loads jobs with it too. Skills by name and
 * majors by code, as `loadJobForMatching` orders them, so both paths read the same text in the same order.
 */
export const JOB_SELECT = {
  id: true, title: true, type: true, orgId: true, chainId: true, cityCode: true, headcount: true, hiredCount: true,
  majors: { select: { majorCode: true }, orderBy: { majorCode: 'asc' } }, org: { select: { nature: true } },
  description: true, education: true, skills: { select: { name: true, level: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.JobSelect

const MatchingJobSchema = z.object({
  id: z.string(),
  title: z.string(),
  type: JobType.schema,
  orgId: z.string(),
  chainId: z.string().nullable(),
  cityCode: z.string(),
  headcount: z.number().int(),
  hiredCount: z.number().int(),
  description: z.string(),
  education: Education.schema,
  majors: z.array(z.object({ majorCode: z.string() })),
  org: z.object({ nature: EnterpriseNature.schema.nullable() }),
  skills: z.array(z.object({ name: z.string(), level: SkillLevel.schema })),
})
const MatchingJobRowSchema = MatchingJobSchema.extend({
  referenceVersion: z.string(),
  supplyVersion: z.string(),
  rowsVersion: z.string(),
})

/**
 * The job as JOB_SELECT reads it, with the fingerprints of what matching keeps in memory (analytics/matching-cache),
 * in one statement on the driver (decision 038); undefined when there is no such job.
 */
export async function loadJobForMatching(sql: HotSql, id: string): Promise<(z.infer<typeof MatchingJobRowSchema> & { versions: MatchingVersions }) | undefined> {
  const [raw] = await sql(Prisma.sql`
    SELECT j."id", j."title", j."type"::text AS "type", j."orgId", j."chainId", j."cityCode", j."headcount", j."hiredCount",
      j."description", j."education"::text AS "education",
      coalesce((SELECT json_agg(json_build_object('majorCode', m."majorCode") ORDER BY m."majorCode") FROM "JobMajor" m WHERE m."jobId" = j."id"), '[]') AS "majors",
      json_build_object('nature', o."nature") AS "org",
      coalesce((SELECT json_agg(json_build_object('name', s."name", 'level', s."level") ORDER BY s."name", s."id") FROM "JobSkill" s WHERE s."jobId" = j."id"), '[]') AS "skills",
      ${matchingReferenceVersion} AS "referenceVersion", ${majorSupplyVersion} AS "supplyVersion", ${supplyRowsVersion} AS "rowsVersion"
    FROM "Job" j JOIN "Organization" o ON o."id" = j."orgId"
    WHERE j."id" = ${id}`)
  if (!raw) return undefined
  const row = MatchingJobRowSchema.parse(raw)
  return { ...row, versions: { referenceVersion: row.referenceVersion, supplyVersion: row.supplyVersion, rowsVersion: row.rowsVersion } }
}

export async function loadJob(db: Db, id: string) {
  return db.job.findUnique({ where: { id }, select: JOB_SELECT })
}

/** A job as JOB_SELECT reads it (through Prisma, or the statement of `loadJobForMatching`). */
export function matchableJob(j: z.infer<typeof MatchingJobSchema>): MatchableJob {
  return {
    jobId: j.id, title: j.title, type: j.type, chainId: j.chainId, cityCode: j.cityCode,
    headcount: Math.max(0, j.headcount - j.hiredCount), majorCodes: j.majors.map((m) => m.majorCode), nature: j.org.nature,
    skills: j.skills, description: j.description, education: j.education,
  }
}

/** Supply rows for a set of jobs: one bounded query on the majors they could use. */
export async function supplyRowsFor(db: Db, jobs: readonly MatchableJob[], ctx: MatchingContext): Promise<FactRow[]> {
  const facts = await loadSupplyFacts(db, { majorCodes: candidateMajors(jobs, ctx) })
  return facts.map(supplyRowOf)
}

/** The rows of the majors a job could use, from the process's supply by major (analytics/matching-cache). */
export function supplyRowsOf(job: MatchableJob, ctx: MatchingContext, rowsByMajor: ReadonlyMap<string, readonly FactRow[]>): FactRow[] {
  return candidateMajors([job], ctx).flatMap((code) => rowsByMajor.get(code) ?? [])
}

export function rankForJob(job: MatchableJob, rows: readonly FactRow[], ctx: MatchingContext, limit: number): JobSupplyMatch {
  const ranked = matchSupply(demandForMatch(job, ctx), rows, ctx)
  return {
    job: {
      id: job.jobId, title: job.title, type: job.type, headcount: job.headcount, cityCode: job.cityCode, chainId: job.chainId,
      chainName: job.chainId ? (ctx.chainNames[job.chainId] ?? null) : null, majorCodes: job.majorCodes,
    },
    candidates: ranked.length,
    items: ranked.slice(0, limit).map((m) => supplyMatchItem(m, ctx)),
  }
}
