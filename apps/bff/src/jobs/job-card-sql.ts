import { Prisma } from '@zhilian/db'
import { Education, JobType } from '@zhilian/shared'
import { z } from 'zod'
import type { JobCardRow } from './job-card'

/**
 * A job card in one SQL statement (decision 030): the columns and joins that `jobCardSelect` reads through
 * Prisma's relation queries, shaped as the same `JobCardRow`, so `toJobCard` stays the one mapping to the wire.
 * The job is aliased `j`; its enterprise `o`, city `c` and chain `ch` come from `jobCardJoins`.
 */
export const jobCardColumns = Prisma.sql`
  j."id", j."title", j."salaryMin", j."salaryMax", j."type"::text AS "type", j."education"::text AS "education",
  j."headcount", j."hiredCount", j."publishedAt", j."chainId", j."cityCode",
  json_build_object('id', o."id", 'name', o."name", 'labels', coalesce((
    SELECT json_agg(json_build_object('verified', ol."verified", 'label', json_build_object('id', l."id", 'name', l."name"))
                    ORDER BY l."sortOrder", l."id")
    FROM "OrgLabel" ol JOIN "EnterpriseLabel" l ON l."id" = ol."labelId" WHERE ol."orgId" = o."id"), '[]')) AS "org",
  json_build_object('adcode', c."adcode", 'name', c."name") AS "city",
  CASE WHEN ch."id" IS NULL THEN NULL ELSE json_build_object('id', ch."id", 'name', ch."name") END AS "chain"`

export const jobCardJoins = Prisma.sql`
  JOIN "Organization" o ON o."id" = j."orgId"
  JOIN "City" c ON c."adcode" = j."cityCode"
  LEFT JOIN "IndustryChain" ch ON ch."id" = j."chainId"`

const named = z.object({ id: z.string(), name: z.string() })

/** Raw rows are checked, not cast: a column renamed in a migration fails here, loudly, not in a client. */
export const JobCardSqlRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  salaryMin: z.number().int(),
  salaryMax: z.number().int(),
  type: JobType.schema,
  education: Education.schema,
  headcount: z.number().int(),
  hiredCount: z.number().int(),
  publishedAt: z.date().nullable(),
  chainId: z.string().nullable(),
  cityCode: z.string(),
  org: named.extend({ labels: z.array(z.object({ verified: z.boolean(), label: named })) }),
  city: z.object({ adcode: z.string(), name: z.string() }),
  chain: named.nullable(),
}) satisfies z.ZodType<JobCardRow>
