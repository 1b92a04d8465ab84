import { Prisma } from '@zhilian/db'
import { Education, JobType, SkillLevel, type StudentForScoring } from '@zhilian/shared'
import { z } from 'zod'
import type { HotSql } from '../../lib/types'
import { JobCardSqlRowSchema, jobCardColumns, jobCardJoins } from '../../jobs/job-card-sql'

/** Candidates come from indexed queries (chain, city, major, newest); only these few hundred are scored. */
export const TARGETED = 200
export const NEWEST = 50

const open = Prisma.sql`j."status" = 'open' AND j."publishedAt" IS NOT NULL`
const newestFirst = Prisma.sql`ORDER BY j."publishedAt" DESC, j."id" DESC`

/** What the scorer reads of a job (rules/recommend `JobForScoring`, via scoring.ts `jobForScoring`) — no card. */
const ScoredRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  chainId: z.string().nullable(),
  cityCode: z.string(),
  type: JobType.schema,
  education: Education.schema,
  salaryMin: z.number().int(),
  salaryMax: z.number().int(),
  headcount: z.number().int(),
  hiredCount: z.number().int(),
  publishedAt: z.date().nullable(),
  skills: z.array(z.object({ name: z.string(), level: SkillLevel.schema })),
  majors: z.array(z.object({ majorCode: z.string() })),
})
export type ScoredRow = z.infer<typeof ScoredRowSchema>

/**
 * The jobs worth scoring for a student, in one statement: the newest 200 open jobs on a chain they are after, in a
 * city they want or naming their major, and the newest 50 open jobs whatever they are. The "near" jobs are one walk
 * down the (status, publishedAt DESC, id DESC) index that stops at 200 hits, as the Prisma query it replaces did
 * (LIMITed branches, one per signal, each walk until their own 200: ≈ 4,000 rows for one chain at province scale,
 * against ≈ 1,200 for the single walk). Skills by name, as `scoredJobSelect` orders them.
 */
export async function candidatePool(sql: HotSql, s: StudentForScoring, chains: readonly string[]): Promise<ScoredRow[]> {
  const signals = [
    ...(chains.length ? [Prisma.sql`j."chainId" = ANY(${[...chains]}::text[])`] : []),
    ...(s.expectedCities.length ? [Prisma.sql`j."cityCode" = ANY(${[...s.expectedCities]}::text[])`] : []),
    ...(s.majorCode ? [Prisma.sql`EXISTS (SELECT 1 FROM "JobMajor" m WHERE m."jobId" = j."id" AND m."majorCode" = ${s.majorCode})`] : []),
  ]
  const nearIds = signals.length
    ? Prisma.sql`(SELECT j."id" FROM "Job" j WHERE ${open} AND (${Prisma.join(signals, ' OR ')}) ${newestFirst} LIMIT ${TARGETED})`
    : Prisma.sql`(SELECT NULL::text AS "id" WHERE FALSE)`
  const raw = await sql(Prisma.sql`
    WITH "near" AS ${nearIds},
      "latest" AS (SELECT j."id" FROM "Job" j WHERE ${open} ${newestFirst} LIMIT ${NEWEST}),
      "pool" AS (SELECT "id" FROM "near" UNION SELECT "id" FROM "latest")
    SELECT j."id", j."title", j."description", j."chainId", j."cityCode", j."type"::text AS "type", j."education"::text AS "education",
      j."salaryMin", j."salaryMax", j."headcount", j."hiredCount", j."publishedAt",
      coalesce((SELECT json_agg(json_build_object('name', s."name", 'level', s."level") ORDER BY s."name", s."id") FROM "JobSkill" s WHERE s."jobId" = j."id"), '[]') AS "skills",
      coalesce((SELECT json_agg(json_build_object('majorCode', m."majorCode") ORDER BY m."majorCode") FROM "JobMajor" m WHERE m."jobId" = j."id"), '[]') AS "majors"
    FROM "pool" p JOIN "Job" j ON j."id" = p."id"`)
  return raw.map((r) => ScoredRowSchema.parse(r))
}

/** Cards for the jobs that made the list only, in one statement, by id. */
export async function cardsFor(sql: HotSql, ids: readonly string[]) {
  const raw = ids.length ? await sql(Prisma.sql`SELECT ${jobCardColumns} FROM "Job" j ${jobCardJoins} WHERE j."id" = ANY(${[...ids]}::text[])`) : []
  return new Map(raw.map((r) => JobCardSqlRowSchema.parse(r)).map((row) => [row.id, row]))
}

/** Personalisation off or no profile yet: the newest open jobs, as cards, in one statement. */
export async function newestCards(sql: HotSql, limit: number) {
  const raw = await sql(Prisma.sql`SELECT ${jobCardColumns} FROM "Job" j ${jobCardJoins} WHERE ${open} ${newestFirst} LIMIT ${limit}`)
  return raw.map((r) => JobCardSqlRowSchema.parse(r))
}
