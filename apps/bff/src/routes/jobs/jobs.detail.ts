import { Prisma } from '@zhilian/db'
import { Education, EventKind, JobStatus, JobType, SkillLevel } from '@zhilian/shared'
import { z } from 'zod'
import type { HotSql } from '../../lib/types'
import { JobCardSqlRowSchema, jobCardColumns, jobCardJoins } from '../../jobs/job-card-sql'

/** PostgreSQL writes a `timestamp` (UTC by the schema's convention) into JSON without a zone. */
const jsonUtc = z.string().transform((s) => new Date(`${s}Z`))
const place = z.object({ adcode: z.string(), name: z.string() })

export const JobDetailRowSchema = JobCardSqlRowSchema.extend({
  orgId: z.string(),
  status: JobStatus.schema,
  minYearsExperience: z.number().int(),
  description: z.string(),
  closesAt: z.date().nullable(),
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

/*
 * The row is read field by field against the schema above instead of through `JobDetailRowSchema.parse`: the same
 * types, enums, nullability and keys, and the same loud failure when a column is renamed or retyped, at a fraction
 * of the CPU (decision 054: zod's parse was the largest single step of a detail request, ~60 µs of ~340 in-process).
 * `jobs.test.ts` checks every row the seed's details read against the schema too, so the two cannot drift apart.
 */
const wrong = (field: string): never => {
  throw new Error(`job detail row: ${field} is not what the statement reads (renamed or retyped column?)`)
}
type Obj = Record<string, unknown>
const str = (v: unknown, f: string): string => (typeof v === 'string' ? v : wrong(f))
const strOrNull = (v: unknown, f: string): string | null => (v === null ? null : str(v, f))
const int = (v: unknown, f: string): number => (Number.isInteger(v) ? (v as number) : wrong(f))
const dateOrNull = (v: unknown, f: string): Date | null => (v === null ? null : v instanceof Date && !Number.isNaN(v.getTime()) ? v : wrong(f))
const obj = (v: unknown, f: string): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : wrong(f))
const list = (v: unknown, f: string): unknown[] => (Array.isArray(v) ? v : wrong(f))
const oneOf = <T extends string>(values: readonly T[]) => {
  const allowed = new Set<string>(values)
  return (v: unknown, f: string): T => (typeof v === 'string' && allowed.has(v) ? (v as T) : wrong(f))
}
const jobType = oneOf(JobType.schema.options)
const education = oneOf(Education.schema.options)
const jobStatus = oneOf(JobStatus.schema.options)
const skillLevel = oneOf(SkillLevel.schema.options)
const eventKind = oneOf(EventKind.schema.options)
const named = (v: unknown, f: string) => {
  const o = obj(v, f)
  return { id: str(o.id, `${f}.id`), name: str(o.name, `${f}.name`) }
}
const placeOf = (v: unknown, f: string) => {
  const o = obj(v, f)
  return { adcode: str(o.adcode, `${f}.adcode`), name: str(o.name, `${f}.name`) }
}
const utcOf = (v: unknown, f: string) => new Date(`${str(v, f)}Z`)

export function readJobDetailRow(row: unknown): JobDetailRow {
  const r = obj(row, 'row')
  const org = obj(r.org, 'org')
  return {
    id: str(r.id, 'id'),
    title: str(r.title, 'title'),
    salaryMin: int(r.salaryMin, 'salaryMin'),
    salaryMax: int(r.salaryMax, 'salaryMax'),
    type: jobType(r.type, 'type'),
    education: education(r.education, 'education'),
    headcount: int(r.headcount, 'headcount'),
    hiredCount: int(r.hiredCount, 'hiredCount'),
    publishedAt: dateOrNull(r.publishedAt, 'publishedAt'),
    chainId: strOrNull(r.chainId, 'chainId'),
    cityCode: str(r.cityCode, 'cityCode'),
    org: {
      ...named(org, 'org'),
      labels: list(org.labels, 'org.labels').map((l) => {
        const o = obj(l, 'org.labels[]')
        if (typeof o.verified !== 'boolean') wrong('org.labels[].verified')
        return { verified: o.verified as boolean, label: named(o.label, 'org.labels[].label') }
      }),
    },
    city: placeOf(r.city, 'city'),
    chain: r.chain === null ? null : named(r.chain, 'chain'),
    orgId: str(r.orgId, 'orgId'),
    status: jobStatus(r.status, 'status'),
    minYearsExperience: int(r.minYearsExperience, 'minYearsExperience'),
    description: str(r.description, 'description'),
    closesAt: dateOrNull(r.closesAt, 'closesAt'),
    orgIntro: strOrNull(r.orgIntro, 'orgIntro'),
    orgCity: placeOf(r.orgCity, 'orgCity'),
    skills: list(r.skills, 'skills').map((v) => {
      const o = obj(v, 'skills[]')
      return { name: str(o.name, 'skills[].name'), level: skillLevel(o.level, 'skills[].level') }
    }),
    majors: list(r.majors, 'majors').map((v) => {
      const o = obj(v, 'majors[]')
      return { code: str(o.code, 'majors[].code'), name: str(o.name, 'majors[].name') }
    }),
    fairs: list(r.fairs, 'fairs').map((v) => {
      const o = obj(v, 'fairs[]')
      return {
        id: str(o.id, 'fairs[].id'), title: str(o.title, 'fairs[].title'), kind: eventKind(o.kind, 'fairs[].kind'),
        startsAt: utcOf(o.startsAt, 'fairs[].startsAt'), endsAt: utcOf(o.endsAt, 'fairs[].endsAt'),
        venue: strOrNull(o.venue, 'fairs[].venue'), city: placeOf(o.city, 'fairs[].city'), booth: strOrNull(o.booth, 'fairs[].booth'),
      }
    }),
  }
}

/**
 * GET /api/jobs/:id's reading in ONE statement (decision 030): the card, the enterprise's intro and city, skill
 * points, majors, and the fairs still ahead or running (approved booths at published or ongoing events) that show
 * the job, soonest first. Whether the caller may see it is the handler's decision.
 */
/** The statement's prepared name (decision 053): one text for every job, looked up by its primary key. */
const JOB_DETAIL = 'job-detail'

export async function loadJobDetail(sql: HotSql, id: string): Promise<JobDetailRow | undefined> {
  const [row] = await sql(Prisma.sql`
    SELECT ${jobCardColumns}, j."orgId", j."status"::text AS "status", j."minYearsExperience", j."description", j."closesAt",
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
          AND e."endsAt" > ${new Date().toISOString()}::timestamp), '[]') AS "fairs"
    FROM "Job" j ${jobCardJoins}
    WHERE j."id" = ${id}`, JOB_DETAIL)
  return row === undefined ? undefined : readJobDetailRow(row)
}
