import { Prisma } from '@zhilian/db'
import { EventKind, JobStatus, SkillLevel } from '@zhilian/shared'
import { z } from 'zod'
import { type SessionUser, sessionUserQuery } from '../../lib/auth/principal'
import { sessionColumnsWithDisabledBy, sessionUserFrom } from '../../lib/auth/session-columns'
import type { HotSql } from '../../lib/types'
import { offlineEventSql } from '../../events/event-access'
import { JobCardSqlRowSchema, jobCardColumns, jobCardJoins } from '../../jobs/job-card-sql'

/** PostgreSQL writes a `timestamp` (UTC by the schema's convention) into JSON without a zone. */
const jsonUtc = z.string().transform((s) => new Date(`${s}Z`))
const place = z.object({ adcode: z.string(), name: z.string() })

const JobDetailRowSchema = JobCardSqlRowSchema.extend({
  orgId: z.string(),
  status: JobStatus.schema,
  minYearsExperience: z.number().int(),
  description: z.string(),
  closesAt: z.date().nullable(),
  expiredAt: z.date().nullable(),
  orgIntro: z.string().nullable(),
  orgCity: place,
  skills: z.array(z.object({ name: z.string(), level: SkillLevel.schema })),
  majors: z.array(z.object({ code: z.string(), name: z.string() })),
  fairs: z.array(z.object({
    id: z.string(), title: z.string(), kind: EventKind.schema, startsAt: jsonUtc, endsAt: jsonUtc,
    venue: z.string().nullable(), city: place, booth: z.string().nullable(),
  })),
})
export type JobDetailRow = z.infer<typeof JobDetailRowSchema>

/**
 * The statements' prepared names (decision 053): one text for every job, looked up by its primary key; signed in, one
 * text with the caller's session beside it.
 */
const JOB_DETAIL = 'job-detail'
const JOB_DETAIL_SIGNED_IN = 'job-detail-signed-in'

/**
 * GET /api/jobs/:id's reading in ONE statement (decision 030): the card, the enterprise's intro and city, skill
 * points, majors, and the fairs still ahead or running (approved booths at published or ongoing events) that show
 * the job, soonest first. Whether the caller may see it is the handler's decision.
 */
export async function loadJobDetail(sql: HotSql, id: string): Promise<JobDetailRow | undefined> {
  const [row] = await sql(jobDetailSql(id), JOB_DETAIL)
  return row === undefined ? undefined : JobDetailRowSchema.parse(row)
}

/**
 * The same reading for a signed-in caller, with the caller's session row read in the same statement (decision 114),
 * where `requireAuth` had sent a statement of its own before it: `principalOf` judges `session` as it judges
 * `requireAuth`'s, before the handler looks at the job.
 */
export async function loadJobDetailSignedIn(sql: HotSql, id: string, userId: string): Promise<{ session: SessionUser | undefined; job: JobDetailRow | undefined }> {
  const [row] = await sql(Prisma.sql`
    WITH s AS (${sessionUserQuery(userId)})
    SELECT ${sessionColumnsWithDisabledBy}, d.* FROM (SELECT 1) one LEFT JOIN s ON true LEFT JOIN (${jobDetailSql(id)}) d ON true`, JOB_DETAIL_SIGNED_IN)
  return { session: sessionUserFrom(row), job: (row as { id: string | null }).id === null ? undefined : JobDetailRowSchema.parse(row) }
}

function jobDetailSql(id: string) {
  return Prisma.sql`
    SELECT ${jobCardColumns}, j."orgId", j."status"::text AS "status", j."minYearsExperience", j."description", j."closesAt", j."expiredAt",
      o."intro" AS "orgIntro",
      (SELECT json_build_object('adcode', oc."adcode", 'name', oc."name") FROM "City" oc WHERE oc."adcode" = o."cityCode") AS "orgCity",
      coalesce((SELECT json_agg(json_build_object('name', s."name", 'level', s."level") ORDER BY s."name")
        FROM "JobSkill" s WHERE s."jobId" = j."id"), '[]') AS "skills",
      coalesce((SELECT json_agg(json_build_object('code', m."code", 'name', m."name") ORDER BY m."code")
        FROM "JobMajor" jm JOIN "Major" m ON m."code" = jm."majorCode" WHERE jm."jobId" = j."id"), '[]') AS "majors",
      coalesce((SELECT json_agg(json_build_object('id', e."id", 'title', e."title", 'kind', e."kind", 'startsAt', e."startsAt",
          'endsAt', e."endsAt", 'venue', e."venue", 'city', json_build_object('adcode', ec."adcode", 'name', ec."name"), 'booth', b."number")
          ORDER BY e."startsAt", e."id")
        FROM "BoothJob" bj JOIN "Booth" b ON b."id" = bj."boothId" JOIN "Event" e ON e."id" = b."eventId" JOIN "City" ec ON ec."adcode" = e."cityCode"
        WHERE bj."jobId" = j."id" AND b."status" = 'approved' AND e."status" IN ('published', 'ongoing')
          AND e."endsAt" > ${new Date().toISOString()}::timestamp AND NOT ${offlineEventSql}), '[]') AS "fairs"
    FROM "Job" j ${jobCardJoins}
    WHERE j."id" = ${id}`
}
