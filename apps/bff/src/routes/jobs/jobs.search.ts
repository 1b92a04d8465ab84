import type { Prisma } from '@zhilian/db'
import { AppError, compareRecommended, EDUCATION_RANK, recommendJobs, type EducationKey } from '@zhilian/shared'
import type { JobListQuery } from '@zhilian/shared/contracts/jobs'
import { z } from 'zod'
import type { Db, HotSql, Principal } from '../../lib/types'
import { recommendContext } from '../../lib/recommend-context'
import { jobForScoring, scoredJobSelect, studentTies } from '../../recommendations/scoring'
import { loadPersonalisation } from '../../recommendations/student-sql'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/cursor'
import { toJobCard } from '../../jobs/job-card'
import { newestMatchingIds } from './jobs.search-newest'

/** How many newest matching jobs a match-sorted search scores; beyond that the list is newest-first anyway. */
const MATCH_POOL = 500

function filters(q: JobListQuery): Prisma.JobWhereInput {
  const educations = q.education
    ? (Object.keys(EDUCATION_RANK) as EducationKey[]).filter((e) => EDUCATION_RANK[e] <= EDUCATION_RANK[q.education!])
    : undefined
  return {
    status: 'open',
    publishedAt: { not: null },
    ...(q.chainId ? { chainId: q.chainId } : {}),
    ...(q.cityCode ? { cityCode: q.cityCode } : {}),
    ...(q.majorCode ? { majors: { some: { majorCode: q.majorCode } } } : {}),
    ...(educations ? { education: { in: educations } } : {}),
    ...(q.type ? { type: q.type } : {}),
    // Salary ranges overlap when each starts before the other ends.
    ...(q.salaryMin !== undefined ? { salaryMax: { gte: q.salaryMin } } : {}),
    ...(q.salaryMax !== undefined ? { salaryMin: { lte: q.salaryMax } } : {}),
  }
}

/**
 * Match-sorted search reads through Prisma (it scores up to 500 jobs in memory anyway); newest-first search is
 * one raw statement in jobs.search-newest.ts with the same filters and tiers. A keyword's pool is the newest 500
 * jobs that statement's tests find (`newestMatchingIds`): its NFKC comparison (decision 117) cannot be written as a
 * Prisma filter, and two spellings of the keyword tests would drift apart.
 */
/** The last row's sort keys: score, tie keys (rules/recommend `tieKeys`), id. */
const MatchCursor = z.object({ s: z.number(), c: z.number(), k: z.number().nullable(), id: cursorKey.id })

export async function searchByMatch(db: Db, sql: HotSql, q: JobListQuery, user: Principal | undefined) {
  const refuse = (why: string) => new AppError('BAD_REQUEST', { userMessage: why, internal: 'match sort unavailable' })
  if (user?.role !== 'student') throw refuse('按匹配度排序需要以学生身份登录')
  // One statement for the switch, the profile and the reference data's fingerprint; the chain map, cities and
  // chain names then come from the process's cache while the fingerprint holds (lib/recommend-context).
  const me = await loadPersonalisation(sql, user.id)
  if (me.off) throw refuse('您已关闭个性化推荐，不能按匹配度排序，请改为按最新排序')
  const student = me.student
  if (!student) throw refuse('请先完善简历，再按匹配度排序')

  const pool = q.q ? newestMatchingIds(sql, { ...q, q: q.q }, MATCH_POOL) : Promise.resolve(undefined)
  const [rows, ctx, ties] = await Promise.all([
    pool.then((ids) => db.job.findMany({
      where: { AND: [filters(q), ids ? { id: { in: ids } } : {}] },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: MATCH_POOL,
      select: scoredJobSelect,
    })),
    recommendContext(sql, me.referenceVersion),
    studentTies(db, student, me.supplyVersion),
  ])
  const ranked = recommendJobs(student, rows.map(jobForScoring), ctx, undefined, ties)
  // The cursor resumes strictly after the last row's keys, in recommendJobs's own order.
  const cursor = decodeCursor(MatchCursor, q.cursor)
  const at = cursor && { score: cursor.s, tie: { competition: cursor.c, km: cursor.k }, id: cursor.id }
  const from = at ? ranked.findIndex((r) => compareRecommended(r, at) > 0) : 0
  const rest = from < 0 ? [] : ranked.slice(from)
  const page = rest.slice(0, q.limit)
  const last = page.at(-1)
  return {
    items: page.map((r) => ({ ...toJobCard(r.job.row), match: { score: r.score, reasons: r.reasons } })),
    nextCursor: rest.length > q.limit && last ? encodeCursor({ s: last.score, c: last.tie.competition, k: last.tie.km, id: last.job.id }) : null,
  }
}
