import { Prisma } from '@zhilian/db'
import { EDUCATION_RANK, type EducationKey } from '@zhilian/shared'
import type { JobListQuery } from '@zhilian/shared/contracts/jobs'
import { z } from 'zod'
import { cursorKey, decodeCursor, encodeCursor, escapeLike } from '../../lib/cursor'
import type { HotSql } from '../../lib/types'
import { toJobCard } from '../../jobs/job-card'
import { JobCardSqlRowSchema, jobCardColumns, jobCardJoins } from '../../jobs/job-card-sql'

/**
 * GET /api/jobs, newest first, in ONE statement per page (decision 030). Keyword tiers as before (decision 010):
 * 0 = the title contains it, 1 = only the description, a skill point or the enterprise's name does; title hits
 * rank first, each tier newest first. Each tier is its own LIMITed branch, so the planner serves
 * a common keyword by walking the (status, publishedAt DESC, id DESC) index and a rare one from the bigram GIN
 * index (`searchGrams`, kept by triggers); ILIKE with escaped wildcards then confirms the exact substring.
 */
const NewestCursor = z.object({ t: z.union([z.literal(0), z.literal(1)]), p: cursorKey.date.optional(), id: cursorKey.id.optional() })
type NewestCursor = z.infer<typeof NewestCursor>

const RowSchema = JobCardSqlRowSchema.extend({ tier: z.union([z.literal(0), z.literal(1)]) })

function filters(q: JobListQuery): Prisma.Sql {
  const parts = [Prisma.sql`j."status" = 'open'`, Prisma.sql`j."publishedAt" IS NOT NULL`]
  if (q.chainId) parts.push(Prisma.sql`j."chainId" = ${q.chainId}`)
  if (q.cityCode) parts.push(Prisma.sql`j."cityCode" = ${q.cityCode}`)
  if (q.majorCode) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "JobMajor" m WHERE m."jobId" = j."id" AND m."majorCode" = ${q.majorCode})`)
  if (q.education) {
    const atMost = (Object.keys(EDUCATION_RANK) as EducationKey[]).filter((e) => EDUCATION_RANK[e] <= EDUCATION_RANK[q.education!])
    parts.push(Prisma.sql`j."education"::text IN (${Prisma.join(atMost)})`)
  }
  if (q.type) parts.push(Prisma.sql`j."type"::text = ${q.type}`)
  // Salary ranges overlap when each starts before the other ends.
  if (q.salaryMin !== undefined) parts.push(Prisma.sql`j."salaryMax" >= ${q.salaryMin}`)
  if (q.salaryMax !== undefined) parts.push(Prisma.sql`j."salaryMin" <= ${q.salaryMax}`)
  return Prisma.join(parts, ' AND ')
}

function keyword(q: string, tier: 0 | 1): Prisma.Sql {
  const like = `%${escapeLike(q)}%`
  if (tier === 0) return Prisma.sql`j."searchGrams" @> "zl_title_bigrams"(${q}) AND j."title" ILIKE ${like}`
  // Scalar subqueries, not EXISTS: under OR the planner may turn EXISTS into a hashed subplan that reads all
  // 600k skill rows (seen at province scale); a scalar one runs per candidate row along its index.
  return Prisma.sql`j."searchGrams" @> "zl_bigrams"(${q}) AND j."title" NOT ILIKE ${like} AND (j."description" ILIKE ${like}
    OR (SELECT bool_or(s."name" ILIKE ${like}) FROM "JobSkill" s WHERE s."jobId" = j."id")
    OR (SELECT ko."name" ILIKE ${like} FROM "Organization" ko WHERE ko."id" = j."orgId"))`
}

/** Keyset: strictly after the cursor's (publishedAt, id) in its own tier; later tiers start from the top. */
function after(cursor: NewestCursor, tier: 0 | 1): Prisma.Sql {
  if (tier !== cursor.t || !cursor.p || !cursor.id) return Prisma.sql`TRUE`
  return Prisma.sql`(j."publishedAt", j."id") < (${cursor.p}::timestamp, ${cursor.id})`
}

export async function searchNewest(sql: HotSql, q: JobListQuery) {
  const start = decodeCursor(NewestCursor, q.cursor) ?? { t: 0 }
  const take = q.limit + 1
  const tiers = (q.q ? [0, 1] as const : [0] as const).filter((t) => t >= start.t)
  if (!tiers.length) return { items: [], nextCursor: null } // a keyword cursor sent without its keyword
  // Each tier is a CTE: a later tier takes only what the earlier ones left of the page, so when the title tier
  // fills it (a common keyword's first pages) the next tier's LIMIT is 0 and PostgreSQL never runs its scan.
  const name = (tier: 0 | 1) => Prisma.raw(`"t${tier}"`)
  const branches = tiers.map((tier, i) => {
    const room = i === 0 ? Prisma.sql`${take}` : Prisma.sql`greatest(0, ${take} - (SELECT count(*) FROM ${name(tiers[0]!)}))`
    return Prisma.sql`${name(tier)} AS (SELECT ${tier}::int AS "tier", j."id", j."publishedAt" FROM "Job" j
      WHERE ${filters(q)} AND ${q.q ? keyword(q.q, tier) : Prisma.sql`TRUE`} AND ${after(start, tier)}
      ORDER BY j."publishedAt" DESC, j."id" DESC LIMIT ${room})`
  })
  const hits = Prisma.join(tiers.map((tier) => Prisma.sql`SELECT * FROM ${name(tier)}`), ' UNION ALL ')
  const raw = await sql(Prisma.sql`
    WITH ${Prisma.join(branches, ', ')}, "hit" AS (${hits})
    SELECT h."tier", ${jobCardColumns}
    FROM "hit" h JOIN "Job" j ON j."id" = h."id" ${jobCardJoins}
    ORDER BY h."tier", h."publishedAt" DESC, h."id" DESC`)
  const rows = raw.map((r) => RowSchema.parse(r))
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)
  const nextCursor = rows.length > q.limit && last ? encodeCursor({ t: last.tier, p: last.publishedAt?.toISOString(), id: last.id }) : null
  return { items: page.map(toJobCard), nextCursor }
}
