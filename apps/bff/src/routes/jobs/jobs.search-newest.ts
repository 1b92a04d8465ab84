import { createHash } from 'node:crypto'
import { Prisma } from '@zhilian/db'
import { EDUCATION_RANK, type EducationKey } from '@zhilian/shared'
import type { JobListQuery } from '@zhilian/shared/contracts/jobs'
import { z } from 'zod'
import { cursorKey, decodeCursor, encodeCursor, escapeLike } from '../../lib/cursor'
import { type Counted, countedCtes, LIMITED_KEYS, maybeSweepCounters, NOTHING_COUNTED, WITHIN_LIMITS } from '../../lib/rate-limit'
import type { HotSql } from '../../lib/types'
import { toJobCard } from '../../jobs/job-card'
import { JobCardSqlRowSchema, jobCardColumns, jobCardJoins } from '../../jobs/job-card-sql'

/**
 * GET /api/jobs, newest first, in ONE statement per page (decision 030). Keyword tiers as before (decision 010):
 * 0 = the title contains it, 1 = only the description, a skill point or the enterprise's name does; title hits
 * rank first, each tier newest first. Each tier is its own LIMITed branch; ILIKE (LIKE for a keyword with no cased
 * character, decision 052) with escaped wildcards confirms the exact substring, the bigram GIN index
 * (`searchGrams`, kept by triggers) finds candidates.
 *
 * The title tier first tests the titles of the newest `walk` open jobs after the cursor, read from the
 * (status, publishedAt DESC, id DESC, title) index alone, and asks the GIN index only for what lies beyond them
 * when that left the page short (decision 048). A common keyword (数控: about 1 % of titles) fills its page within
 * the walk (~1 ms) where the GIN branch fetched every candidate job from the heap to sort them (~20 ms); a rare or
 * missing keyword pays the walk (~2 ms) and then the GIN lookup as before.
 */
const NewestCursor = z.object({ t: z.union([z.literal(0), z.literal(1)]), p: cursorKey.date.optional(), id: cursorKey.id.optional() })
type NewestCursor = z.infer<typeof NewestCursor>

const RowSchema = JobCardSqlRowSchema.extend({ tier: z.union([z.literal(0), z.literal(1)]) })
/** Every row names the keys over their limit; a search over one (or finding nothing) answers one row with no job. */
const LimitedRow = z.object({ limited: z.array(z.string()) })

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

/**
 * A keyword with no cased character (数控, 3000) is matched with LIKE, which compares bytes; ILIKE lowercases every
 * title it tests first, most of the walk's cost for 数控 (decision 052). The two agree for such a keyword: no
 * character lowercases to a caseless one under PostgreSQL's per-character mapping. Combining marks stay on ILIKE,
 * since a full mapping can produce them (İ → i + U+0307).
 */
const isCaseless = (q: string) => !/\p{M}/u.test(q) && [...q].every((ch) => ch.toLowerCase() === ch && ch.toUpperCase() === ch)
const likeOperator = (q: string) => Prisma.raw(isCaseless(q) ? 'LIKE' : 'ILIKE')

/**
 * The jobs whose bigrams hold the keyword's, as the source a GIN branch reads (`j`). `OFFSET 0` keeps the subquery
 * from being merged into its branch, so the GIN index is the only way into it whatever the plan: merged, the planner
 * ANDed the candidates' bitmap with one of every open job from the status index (84,000 rows, ~17 ms of a 20 ms
 * search for FANUC) and, under a prepared statement's generic plan, could walk the date index instead (decision 062).
 */
function candidates(q: string, tier: 0 | 1): Prisma.Sql {
  const grams = tier === 0 ? Prisma.sql`"zl_title_bigrams"(${q})` : Prisma.sql`"zl_bigrams"(${q})`
  return Prisma.sql`(SELECT * FROM "Job" g WHERE g."searchGrams" @> ${grams} OFFSET 0) j`
}

/**
 * Stored text in NFKC (decision 117), as the keyword is (searchText) and the bigrams are: a title typed full-width
 * (「ＣＮＣ操作工」) is found by CNC and the other way round. normalize() hands back a text already in the form after a
 * quick check, so the title walk costs what it did (measured on PGlite: 100,000 titles tested in the same time).
 */
const nfkc = (column: Prisma.Sql) => Prisma.sql`normalize(${column}, NFKC)`

function keyword(q: string, tier: 0 | 1): Prisma.Sql {
  const like = `%${escapeLike(q)}%`
  const op = likeOperator(q)
  const title = nfkc(Prisma.sql`j."title"`)
  if (tier === 0) return Prisma.sql`${title} ${op} ${like}`
  // Scalar subqueries, not EXISTS: under OR the planner may turn EXISTS into a hashed subplan that reads all
  // 600k skill rows (seen at province scale); a scalar one runs per candidate row along its index.
  return Prisma.sql`${title} NOT ${op} ${like} AND (${nfkc(Prisma.sql`j."description"`)} ${op} ${like}
    OR (SELECT bool_or(${nfkc(Prisma.sql`s."name"`)} ${op} ${like}) FROM "JobSkill" s WHERE s."jobId" = j."id")
    OR (SELECT ${nfkc(Prisma.sql`ko."name"`)} ${op} ${like} FROM "Organization" ko WHERE ko."id" = j."orgId"))`
}

/** Keyset: strictly after the cursor's (publishedAt, id) in its own tier; later tiers start from the top. */
function after(cursor: NewestCursor, tier: 0 | 1): Prisma.Sql {
  if (tier !== cursor.t || !cursor.p || !cursor.id) return Prisma.sql`TRUE`
  return Prisma.sql`(j."publishedAt", j."id") < (${cursor.p}::timestamp, ${cursor.id})`
}

/**
 * How many of the newest open jobs a keyword tier tests itself before it turns to the bigram index (decision 048 for
 * titles, 062 for the text tier). The title walk reads titles from an index alone; the text walk reads each job's
 * description from the table and looks its skills and employer up, so it is shorter.
 */
export interface Walks { title: number; text: number }
const WALKS: Walks = { title: 3000, text: 500 }

/**
 * A keyword tier: the walk over the newest jobs after the cursor, then the GIN branch strictly beyond the walk's last
 * job, asked only for what the walk left of `room` (decision 048). A keyword common in the tier's text fills its page
 * within the walk; a rare one pays the walk, then a GIN lookup whose candidates are few because the keyword is rare.
 * Either way the plan is the same for every keyword, so the statement can be prepared once (decision 062): the
 * planner's one choice that depended on the keyword, the date index against the GIN index, is made by the structure.
 */
function keywordTier(q: JobListQuery & { q: string }, tier: 0 | 1, start: NewestCursor, room: Prisma.Sql, walk: number): Prisma.Sql {
  const cte = (part: string) => Prisma.raw(`"t${tier}${part}"`)
  const newest = Prisma.sql`FROM "Job" j WHERE ${filters(q)} AND ${after(start, tier)} ORDER BY j."publishedAt" DESC, j."id" DESC`
  // The title walk stays on the (status, publishedAt DESC, id DESC, title) index. The text walk needs the row, and
  // tests its bigrams before the text: the skill and employer lookups then run only for the few rows that hold
  // every bigram of the keyword, not for each row walked (for a rare keyword, 2 lookups × the walk).
  const columns = tier === 0 ? Prisma.sql`j."id", j."publishedAt", j."title"`
    : Prisma.sql`j."id", j."publishedAt", j."title", j."description", j."orgId", j."searchGrams"`
  // The bigrams are a sub-select so a prepared plan computes them once, not once per row walked (~9 µs each).
  const test = tier === 0 ? keyword(q.q, 0) : Prisma.sql`j."searchGrams" @> (SELECT "zl_bigrams"(${q.q})) AND ${keyword(q.q, 1)}`
  return Prisma.sql`${cte('w')} AS (SELECT ${tier}::int AS "tier", j."id", j."publishedAt"
      FROM (SELECT ${columns} ${newest} LIMIT ${walk}) j
      WHERE ${test} ORDER BY j."publishedAt" DESC, j."id" DESC LIMIT ${room}),
    ${cte('e')} AS (SELECT j."publishedAt", j."id" ${newest} OFFSET ${walk - 1} LIMIT 1),
    ${cte('g')} AS (SELECT ${tier}::int AS "tier", j."id", j."publishedAt" FROM ${candidates(q.q, tier)}
      WHERE ${filters(q)} AND ${keyword(q.q, tier)} AND (j."publishedAt", j."id") < (SELECT e."publishedAt", e."id" FROM ${cte('e')} e)
      ORDER BY j."publishedAt" DESC, j."id" DESC
      LIMIT CASE WHEN (SELECT count(*) FROM ${cte('w')}) >= ${room} OR NOT EXISTS (SELECT FROM ${cte('e')}) THEN 0
        ELSE ${room} - (SELECT count(*) FROM ${cte('w')}) END),
    ${cte('')} AS (SELECT * FROM ${cte('w')} UNION ALL SELECT * FROM ${cte('g')})`
}

/**
 * The prepared statement's name (decision 062), one per text, for a search filtered by nothing but a city and a chain:
 * those texts are at most 96 (the tiers, the cursor's tier, LIKE or ILIKE, with or without each of the two), so each
 * connection keeps a bounded set, and their generic plans were measured as fast as the custom ones. Other filters are
 * planned on each call. A major found in a handful of jobs is best read from its own index and one found in thousands
 * along the date index, which only a plan made for the major can tell apart. Writing education, type and salary as
 * always-present conditions switched off by a null parameter (one text for every choice) made the generic plan
 * expect few rows and sort every open job instead of walking the date index: 200–380 ms a search.
 *
 * The name is the text's SHA-1, worked out on each call (decision 070): a few µs against the statement's 1–3 ms. A map
 * from text to name was measured slower still (V8 hashes a 6 kB string for the lookup more slowly than SHA-1 does),
 * and a name spelt from the filter choices would be a second account of what makes two texts differ, free to drift
 * from the code that builds them, where node-postgres refuses a second text under a name a connection has prepared.
 */
function statementName(q: JobListQuery, statement: Prisma.Sql): string | undefined {
  const planned = [q.majorCode, q.education, q.type, q.salaryMin, q.salaryMax].some((f) => f !== undefined)
  return planned ? undefined : `job-search-${createHash('sha1').update(statement.text).digest('hex').slice(0, 16)}`
}

const IdRow = z.object({ id: z.string() })

/**
 * The newest `take` jobs a keyword finds in either tier, for the match sort's pool (jobs.search.ts): the same filters
 * and NFKC tests as the pages here, so switching the sort finds the same jobs whichever side is full-width (decision
 * 117). One character searches titles only, as here.
 */
export async function newestMatchingIds(sql: HotSql, q: JobListQuery & { q: string }, take: number): Promise<string[]> {
  const test = isOneCharacter(q.q) ? keyword(q.q, 0) : Prisma.sql`(${keyword(q.q, 0)} OR (${keyword(q.q, 1)}))`
  const rows = await sql(Prisma.sql`SELECT j."id" FROM "Job" j WHERE ${filters(q)} AND ${test}
    ORDER BY j."publishedAt" DESC, j."id" DESC LIMIT ${take}`)
  return rows.map((r) => IdRow.parse(r).id)
}

/** Code points, not UTF-16 units: 𠮷 is one character. */
export const isOneCharacter = (keyword: string) => [...keyword].length === 1

/**
 * `counts` hands over the rate limit's counts (decision 093) when the statement is about to run, not before: a search
 * refused earlier (a bad cursor) or answered without a statement leaves them to the route's middleware. Answers the
 * page, what was counted, and the keys over their limit — when any is, the page is empty and nothing was searched.
 */
export async function searchNewest(sql: HotSql, q: JobListQuery, opts: { walks?: Walks; counts?: () => Counted } = {}) {
  const walks = opts.walks ?? WALKS
  const start = decodeCursor(NewestCursor, q.cursor) ?? { t: 0 }
  const take = q.limit + 1
  // One character has no bigram, so the description tier could only read every open job's text (~10 s at province
  // scale for a character found nowhere, decision 048's update): it searches titles alone, which the walk reads from
  // an index. Nearly every description holds a common character anyway, so those hits would rank nothing useful.
  const tiers = (q.q ? (isOneCharacter(q.q) ? [0] as const : [0, 1] as const) : [0] as const).filter((t) => t >= start.t)
  if (!tiers.length) return { page: { items: [], nextCursor: null }, counted: NOTHING_COUNTED, limited: [] } // a keyword cursor sent without its keyword
  // Each tier is a CTE: a later tier takes only what the earlier ones left of the page, so when the title tier
  // fills it (a common keyword's first pages) the next tier's LIMIT is 0 and PostgreSQL never runs its scan.
  const counted = opts.counts?.() ?? NOTHING_COUNTED
  const name = (tier: 0 | 1) => Prisma.raw(`"t${tier}"`)
  const branches = tiers.map((tier, i) => {
    const room = i === 0 ? Prisma.sql`${take}` : Prisma.sql`greatest(0, ${take} - (SELECT count(*) FROM ${name(tiers[0]!)}))`
    if (q.q) return keywordTier({ ...q, q: q.q }, tier, start, room, tier === 0 ? walks.title : walks.text)
    return Prisma.sql`${name(tier)} AS (SELECT ${tier}::int AS "tier", j."id", j."publishedAt" FROM "Job" j
      WHERE ${filters(q)} AND ${after(start, tier)} ORDER BY j."publishedAt" DESC, j."id" DESC LIMIT ${room})`
  })
  const hits = Prisma.join(tiers.map((tier) => Prisma.sql`SELECT * FROM ${name(tier)}`), ' UNION ALL ')
  // The outer LIMIT changes nothing (the tiers hold at most `take` rows together) but tells the planner so: with
  // a one-character keyword it otherwise expected thousands of hits and hashed the whole Job table to join them.
  // The rate limit's counts come first (decision 093, as the scans' since decision 082), so a search over a limit
  // reads no job (`WITHIN_LIMITS` is a one-time filter above the tiers) and answers one row naming the keys; with
  // nothing to count the arrays are empty and the text the same, so the prepared name holds (decision 062).
  const statement = Prisma.sql`
    WITH ${countedCtes(counted)}, ${Prisma.join(branches, ', ')}, "hit" AS (${hits})
    SELECT ${LIMITED_KEYS}, h."tier", ${jobCardColumns}
    FROM (SELECT 1) one LEFT JOIN (
      (SELECT * FROM "hit" WHERE ${WITHIN_LIMITS} ORDER BY "tier", "publishedAt" DESC, "id" DESC LIMIT ${take}) h
      JOIN "Job" j ON j."id" = h."id" ${jobCardJoins}) ON TRUE
    ORDER BY h."tier", h."publishedAt" DESC, h."id" DESC`
  const raw = await sql(statement, statementName(q, statement))
  if (counted.keys.length) maybeSweepCounters(sql)
  const { limited } = LimitedRow.parse(raw[0])
  const rows = raw.filter((r) => (r as { id?: unknown }).id !== null).map((r) => RowSchema.parse(r))
  const page = rows.slice(0, q.limit)
  const last = page.at(-1)
  const nextCursor = rows.length > q.limit && last ? encodeCursor({ t: last.tier, p: last.publishedAt?.toISOString(), id: last.id }) : null
  return { page: { items: page.map(toJobCard), nextCursor }, counted, limited }
}
