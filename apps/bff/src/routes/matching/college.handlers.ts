import { scoreSupplyRow } from '@zhilian/shared'
import type { CollegeDemandMatch } from '@zhilian/shared/contracts/matching'
import { loadMatchingContext } from '../../analytics/context'
import { loadDemandFacts } from '../../analytics/demand'
import { loadSupplyFacts } from '../../analytics/facts'
import { demandForMatch, supplyRowOf } from '../../analytics/match-input'
import { SKILL_GAP_HEURISTIC, skillGaps } from '../../analytics/skill-gap'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './matching.routes'
import { assertOwnOrg } from '../../matching/scope'

/** Open jobs considered: the most recently published ones on the college's chains or naming its majors. */
const COLLEGE_VIEW_JOBS = 1000

/**
 * The college's side: open jobs on its chains (or naming one of its majors), scored against each of
 * its majors with the same scorer the enterprise side uses; a job shows under its best major.
 */
export const collegeDemand: AppRouteHandler<typeof routes.collegeDemand> = async (c) => {
  const { id } = c.req.valid('param')
  const { limit } = c.req.valid('query')
  const db = c.var.db
  const college = await db.organization.findFirst({
    where: { id, kind: 'college' },
    select: { id: true, name: true, cityCode: true, chains: { select: { chainId: true } } },
  })
  await assertOwnOrg(c.var.db, currentUser(c), college?.id, '院校')
  const facts = await loadSupplyFacts(db, { collegeIds: [id] })
  const chainIds = [...new Set([...college!.chains.map((x) => x.chainId), ...facts.flatMap((f) => f.chainIds)])]
  const majorCodes = facts.map((f) => f.majorCode)
  const [ctx, demand, courses, equipment] = await Promise.all([
    loadMatchingContext(db, chainIds),
    loadDemandFacts(db, { anyOf: { chainIds, majorCodes }, orderBy: 'recent', take: COLLEGE_VIEW_JOBS }),
    db.trainingCourse.findMany({ where: { listId: { in: [...new Set(facts.map((f) => f.listId))] } }, select: { title: true, content: true } }),
    db.equipment.findMany({ where: { listId: { in: [...new Set(facts.map((f) => f.listId))] } }, select: { name: true, coreFunction: true } }),
  ])
  const rows = facts.map(supplyRowOf)

  const jobs: CollegeDemandMatch['jobs'] = demand.flatMap((d) => {
    const best = rows
      .map((r) => scoreSupplyRow(demandForMatch(d, ctx), r, ctx))
      .filter((m) => m !== null)
      .sort((a, b) => Number(b.hasSupply) - Number(a.hasSupply) || b.score - a.score)[0]
    return best ? [{
      jobId: d.jobId, title: d.title, orgId: d.orgId, orgName: d.orgName, cityCode: d.cityCode, headcount: d.headcount,
      majorCode: best.row.majorCode, majorName: best.row.majorName, score: best.score, reasons: best.reasons,
    }] : []
  }).sort((a, b) => b.score - a.score || (a.jobId < b.jobId ? -1 : 1))

  const byOrg = new Map<string, CollegeDemandMatch['enterprises'][number]>()
  for (const j of jobs) {
    const e = byOrg.get(j.orgId) ?? { orgId: j.orgId, orgName: j.orgName, jobs: 0, headcount: 0, bestScore: 0 }
    byOrg.set(j.orgId, { ...e, jobs: e.jobs + 1, headcount: e.headcount + j.headcount, bestScore: Math.max(e.bestScore, j.score) })
  }
  const taught = [
    ...facts.map((f) => f.majorName),
    ...courses.map((k) => `${k.title} ${k.content}`),
    ...equipment.map((e) => `${e.name} ${e.coreFunction}`),
  ].join(' ')
  const matched = new Set(jobs.map((j) => j.jobId))

  return c.json({
    college: { id: college!.id, name: college!.name, cityCode: college!.cityCode },
    jobs: jobs.slice(0, limit),
    enterprises: [...byOrg.values()].sort((a, b) => b.bestScore - a.bestScore || b.headcount - a.headcount).slice(0, limit),
    skillGaps: skillGaps(demand.filter((d) => matched.has(d.jobId)), taught),
    heuristic: SKILL_GAP_HEURISTIC,
  }, 200)
}
