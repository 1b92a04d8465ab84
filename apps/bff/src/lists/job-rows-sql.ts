import { randomUUID } from 'node:crypto'
import type { Prisma } from '@zhilian/db'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'

type Tx = Prisma.TransactionClient

/**
 * A demand list's jobs written in set statements (decision 032): the rows travel as one jsonb parameter
 * and `jsonb_to_recordset` turns them into a table, so 10,000 jobs cost one statement and one parameter
 * rather than Prisma compiling a 10,000-row `createManyAndReturn` (9 s before its first INSERT). The
 * same SQL runs on PGlite and PostgreSQL. Ids are made here, like `@default(cuid())` would on the client.
 */

/** The job columns a list row sets, as `jsonb_to_recordset` reads them. */
const ROW_COLUMNS = `id text, title text, type text, headcount int, education text, "minYearsExperience" int, "cityCode" text,
  "salaryMin" int, "salaryMax" int, description text, "publishedAt" text`

const rowOf = (id: string, j: JobInput, publishedAt: string | null) => ({
  id, title: j.title, type: j.type, headcount: j.headcount, education: j.education, minYearsExperience: j.minYearsExperience,
  cityCode: j.cityCode, salaryMin: j.salaryMin, salaryMax: j.salaryMax, description: j.description, publishedAt,
})

/** Timestamps are stored as UTC without a zone, as Prisma writes them. */
const utc = (iso: string) => `(${iso})::text::timestamptz AT TIME ZONE 'UTC'`

/**
 * New jobs carry their search pairs (decision 030) computed here by `zl_search_grams` from the row's title,
 * description, skill names and the enterprise's name, the same function the job trigger uses: the trigger keeps
 * pairs an INSERT supplies, and the skills inserted next find their pairs already there, so each new job's pairs
 * are computed and written once (decision 032, update).
 */
export async function insertJobs(tx: Tx, orgId: string, listId: string, chainId: string | null, rows: readonly JobInput[], now: Date): Promise<Map<string, string>> {
  if (!rows.length) return new Map()
  const ids = rows.map(() => randomUUID())
  const json = JSON.stringify(rows.map((j, i) => ({ ...rowOf(ids[i]!, j, null), skills: j.skills.map((s) => s.name).join('\n') })))
  const at = now.toISOString()
  await tx.$executeRawUnsafe(
    `INSERT INTO "Job" (id, "orgId", "fromListId", "chainId", status, title, type, headcount, education, "minYearsExperience", "cityCode",
       "salaryMin", "salaryMax", description, "publishedAt", "createdAt", "updatedAt", "searchGrams")
     SELECT r.id, $2::text, $3::text, $4::text, 'open'::"JobStatus", r.title, r.type::"JobType", r.headcount, r.education::"Education", r."minYearsExperience", r."cityCode",
       r."salaryMin", r."salaryMax", r.description, ${utc('$5')}, ${utc('$5')}, ${utc('$5')},
       "zl_search_grams"(r.title, r.description, (SELECT o.name FROM "Organization" o WHERE o.id = $2::text), r.skills)
     FROM jsonb_to_recordset($1::jsonb) AS r(${ROW_COLUMNS}, skills text)`,
    json, orgId, listId, chainId, at,
  )
  return new Map(rows.map((j, i) => [j.title, ids[i]!]))
}

/** Changed rows update their job and (re)publish it; a job already open keeps its publishedAt (null in the row). */
export async function updateJobs(tx: Tx, chainId: string | null, rows: readonly { id: string; row: JobInput; republish: boolean }[], now: Date): Promise<void> {
  if (!rows.length) return
  const at = now.toISOString()
  const json = JSON.stringify(rows.map((r) => rowOf(r.id, r.row, r.republish ? at : null)))
  await tx.$executeRawUnsafe(
    `UPDATE "Job" AS j SET title = r.title, type = r.type::"JobType", headcount = r.headcount, education = r.education::"Education",
       "minYearsExperience" = r."minYearsExperience", "cityCode" = r."cityCode", "salaryMin" = r."salaryMin", "salaryMax" = r."salaryMax",
       description = r.description, "chainId" = $2::text, status = 'open'::"JobStatus", "removedFromListAt" = NULL,
       "publishedAt" = COALESCE(${utc('r."publishedAt"')}, j."publishedAt"), "updatedAt" = ${utc('$3')}
     FROM jsonb_to_recordset($1::jsonb) AS r(${ROW_COLUMNS})
     WHERE j.id = r.id`,
    json, chainId, at,
  )
}

/** Replaces the skills and majors of the given jobs (new jobs have none yet). */
export async function replaceJobChildren(tx: Tx, replaced: readonly string[], written: readonly { jobId: string; row: JobInput }[]): Promise<void> {
  if (replaced.length) {
    const ids = JSON.stringify(replaced)
    await tx.$executeRawUnsafe(`DELETE FROM "JobSkill" WHERE "jobId" IN (SELECT jsonb_array_elements_text($1::jsonb))`, ids)
    await tx.$executeRawUnsafe(`DELETE FROM "JobMajor" WHERE "jobId" IN (SELECT jsonb_array_elements_text($1::jsonb))`, ids)
  }
  const skills = written.flatMap(({ jobId, row }) => row.skills.map((s) => ({ id: randomUUID(), jobId, name: s.name, level: s.level })))
  if (skills.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "JobSkill" (id, "jobId", name, level)
       SELECT r.id, r."jobId", r.name, r.level::"SkillLevel" FROM jsonb_to_recordset($1::jsonb) AS r(id text, "jobId" text, name text, level text)`,
      JSON.stringify(skills),
    )
  }
  const majors = written.flatMap(({ jobId, row }) => row.majorCodes.map((majorCode) => ({ jobId, majorCode })))
  if (majors.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "JobMajor" ("jobId", "majorCode") SELECT r."jobId", r."majorCode" FROM jsonb_to_recordset($1::jsonb) AS r("jobId" text, "majorCode" text)`,
      JSON.stringify(majors),
    )
  }
}

/** Rows the enterprise removed close their job; only jobs of this list are ever closed. */
export async function closeJobs(tx: Tx, listId: string, ids: readonly string[], now: Date): Promise<void> {
  if (!ids.length) return
  await tx.$executeRawUnsafe(
    `UPDATE "Job" SET status = 'closed'::"JobStatus", "updatedAt" = ${utc('$3')} WHERE "fromListId" = $2::text AND id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    JSON.stringify(ids), listId, now.toISOString(),
  )
}

/**
 * Every job of this list that the approved version no longer lists — live ones just closed, and ones already closed or
 * filled — is marked removed, so the year's figures count what the approved list asks for (decision 076).
 */
export async function markUnlisted(tx: Tx, listId: string, titles: readonly string[], now: Date): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE "Job" SET "removedFromListAt" = ${utc('$3')}
     WHERE "fromListId" = $1::text AND "removedFromListAt" IS NULL AND title NOT IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    listId, JSON.stringify(titles), now.toISOString(),
  )
}
