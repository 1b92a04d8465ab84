import { AppError, MATCH_WEIGHTS, scoreSupplyRow } from '@zhilian/shared'
import { MatchQuerySchema } from '@zhilian/shared/contracts/matching'
import { loadMatchingContext } from '../../analytics/context'
import { loadSupplyFacts } from '../../analytics/facts'
import { matchTextIndex, rankMajors, TEXT_WEIGHTS } from '@zhilian/shared/rules/match-text/index'
import { demandForMatch, jobText, supplyRowOf, TEXT_CANDIDATES, tieBreaks } from '../../analytics/match-input'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './matching.routes'
import { assertOwnOrg } from '../../matching/scope'
import { matchingAt } from '../../analytics/matching-cache'
import { loadJob, loadJobForMatching, matchableJob, rankForJob, supplyRowsFor, supplyRowsOf } from './supply'

/** Rows with neither graduates nor students score at most this (match.ts EMPTY_ROW_CAP). */
const EMPTY_ROW_CAP = 10
const DEFAULT_LIMIT = MatchQuerySchema.shape.limit.parse(undefined)
/** Jobs an enterprise is still recruiting for, or about to. */
const LIVE = ['draft', 'pending_review', 'open', 'paused'] as const

/**
 * One statement after the session check (decision 038): the job with the fingerprints of the reference data and
 * the supply, which the process holds (analytics/matching-cache); ranking is then all in memory.
 */
export const jobSupply: AppRouteHandler<typeof routes.jobSupply> = async (c) => {
  const { id } = c.req.valid('param')
  const { limit } = c.req.valid('query')
  const db = c.get('db')
  const row = await loadJobForMatching(c.get('hotSql'), id)
  await assertOwnOrg(db, currentUser(c), row?.orgId, '岗位')
  const job = matchableJob(row!)
  const { ctx, rowsByMajor } = await matchingAt(db, row!.versions)
  return c.json(rankForJob(job, supplyRowsOf(job, ctx, rowsByMajor), ctx, limit), 200)
}

export const demandListSupply: AppRouteHandler<typeof routes.demandListSupply> = async (c) => {
  const { id } = c.req.valid('param')
  const { limit } = c.req.valid('query')
  const db = c.var.db
  const list = await db.demandList.findUnique({ where: { id }, select: { id: true, orgId: true, org: { select: { name: true } } } })
  await assertOwnOrg(c.var.db, currentUser(c), list?.orgId, '需求清单')
  const rows = await db.job.findMany({ where: { orgId: list!.orgId, status: { in: [...LIVE] } }, select: { id: true }, orderBy: { createdAt: 'asc' } })
  const jobs = (await Promise.all(rows.map((r) => loadJob(db, r.id)))).flatMap((j) => (j ? [matchableJob(j)] : []))
  const ctx = await loadMatchingContext(db, [...new Set(jobs.flatMap((j) => (j.chainId ? [j.chainId] : [])))])
  const supply = await supplyRowsFor(db, jobs, ctx)
  return c.json({ listId: list!.id, org: { id: list!.orgId, name: list!.org.name }, jobs: jobs.map((j) => rankForJob(j, supply, ctx, limit)) }, 200)
}

export const explain: AppRouteHandler<typeof routes.explain> = async (c) => {
  const { jobId, collegeId, majorCode } = c.req.valid('query')
  const db = c.var.db
  const [row, college, major] = await Promise.all([
    loadJob(db, jobId),
    db.organization.findFirst({ where: { id: collegeId, kind: 'college' }, select: { id: true, name: true, cityCode: true } }),
    db.major.findUnique({ where: { code: majorCode }, select: { name: true } }),
  ])
  if (!row) throw new AppError('NOT_FOUND', { userMessage: '岗位不存在' })
  // The job is one organisation's object, as on its own matching page: a scoped administrator sees it only in scope.
  await assertOwnOrg(db, currentUser(c), row.orgId, '岗位')
  if (!college) throw new AppError('NOT_FOUND', { userMessage: '院校不存在' })
  const job = matchableJob(row)
  const ctx = await loadMatchingContext(db, job.chainId ? [job.chainId] : [])
  const ranked = rankForJob(job, await supplyRowsFor(db, [job], ctx), ctx, Number.MAX_SAFE_INTEGER)
  const rank = ranked.items.findIndex((m) => m.collegeId === collegeId && m.majorCode === majorCode)
  const lowest = ranked.items[Math.min(DEFAULT_LIMIT, ranked.items.length) - 1]?.score ?? null
  const [fact] = await loadSupplyFacts(db, { collegeIds: [collegeId], majorCodes: [majorCode] })
  const scored = fact ? scoreSupplyRow(demandForMatch(job, ctx), supplyRowOf(fact), ctx) : null
  const listed = rank >= 0 && rank < DEFAULT_LIMIT
  const byText = rankMajors(jobText(job, ctx), matchTextIndex(), { chainMajors: ctx.chainMajors, ...tieBreaks(ctx, job.cityCode) })
  const textRank = byText.findIndex((m) => m.majorCode === majorCode)
  const fit = byText[textRank]
  const noFit = { text: 0, phrase: 0, cont: 0, chain: 0, named: 0, level: 0 }

  const verdict = !fact
    ? `${college.name}最新通过审核的供给清单中没有“${major?.name ?? majorCode}”专业，不参与匹配`
    : !scored
      ? `“${fact.majorName}”${textRank < 0 ? '与岗位文本、产业链和点名专业都不相关' : `在岗位最适合的专业中排第 ${textRank + 1} 名，不在前 ${TEXT_CANDIDATES} 名之内`}，不参与匹配`
      : listed
        ? `参与匹配，得分 ${scored.score}，在 ${ranked.candidates} 个候选中排第 ${rank + 1} 名，进入前 ${DEFAULT_LIMIT} 名推荐`
        : `参与匹配，得分 ${scored.score}，在 ${ranked.candidates} 个候选中排第 ${rank + 1} 名，未进入前 ${DEFAULT_LIMIT} 名（第 ${DEFAULT_LIMIT} 名得分 ${lowest}）`
  return c.json({
    job: ranked.job,
    college,
    majorCode,
    majorName: major?.name ?? null,
    candidate: scored !== null,
    listed,
    rank: rank >= 0 ? rank + 1 : null,
    candidates: ranked.candidates,
    score: scored?.score ?? null,
    parts: scored?.parts ?? null,
    weights: MATCH_WEIGHTS,
    threshold: { listLimit: DEFAULT_LIMIT, lowestListedScore: lowest, emptyRowCap: EMPTY_ROW_CAP },
    reasons: scored?.reasons ?? [],
    textFit: {
      rank: textRank >= 0 ? textRank + 1 : null, candidateLimit: TEXT_CANDIDATES, score: fit?.score ?? 0,
      parts: fit?.parts ?? noFit, weights: TEXT_WEIGHTS, evidence: fit?.reasons ?? [],
    },
    verdict,
  }, 200)
}
