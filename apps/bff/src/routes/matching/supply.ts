import { matchSupply } from '@zhilian/shared'
import type { JobSupplyMatch } from '@zhilian/shared/contracts/matching'
import type { MatchingContext } from '../../analytics/context'
import type { DemandFact } from '../../analytics/demand'
import { loadSupplyFacts } from '../../analytics/facts'
import { candidateMajors, demandForMatch, supplyMatchItem, supplyRowOf, type FactRow } from '../../analytics/match-input'
import type { Db } from '../../lib/types'

export type MatchableJob = Pick<DemandFact, 'jobId' | 'title' | 'type' | 'chainId' | 'majorCodes' | 'cityCode' | 'headcount' | 'nature' | 'skills' | 'description' | 'education'>

/** What `matchableJob` reads; the matching bench (test/bench/matching.ts) loads jobs with it too. */
export const JOB_SELECT = {
  id: true, title: true, type: true, orgId: true, chainId: true, cityCode: true, headcount: true, hiredCount: true,
  majors: { select: { majorCode: true } }, org: { select: { nature: true } },
  description: true, education: true, skills: { select: { name: true, level: true } },
} as const

export async function loadJob(db: Db, id: string) {
  return db.job.findUnique({ where: { id }, select: JOB_SELECT })
}

export function matchableJob(j: NonNullable<Awaited<ReturnType<typeof loadJob>>>): MatchableJob {
  return {
    jobId: j.id, title: j.title, type: j.type, chainId: j.chainId, cityCode: j.cityCode,
    headcount: Math.max(0, j.headcount - j.hiredCount), majorCodes: j.majors.map((m) => m.majorCode), nature: j.org.nature,
    skills: j.skills, description: j.description, education: j.education,
  }
}

/** Supply rows for a set of jobs: one bounded query on the majors they could use. */
export async function supplyRowsFor(db: Db, jobs: readonly MatchableJob[], ctx: MatchingContext): Promise<FactRow[]> {
  const facts = await loadSupplyFacts(db, { majorCodes: candidateMajors(jobs, ctx) })
  return facts.map(supplyRowOf)
}

export function rankForJob(job: MatchableJob, rows: readonly FactRow[], ctx: MatchingContext, limit: number): JobSupplyMatch {
  const ranked = matchSupply(demandForMatch(job, ctx), rows, ctx)
  return {
    job: {
      id: job.jobId, title: job.title, type: job.type, headcount: job.headcount, cityCode: job.cityCode, chainId: job.chainId,
      chainName: job.chainId ? (ctx.chainNames[job.chainId] ?? null) : null, majorCodes: job.majorCodes,
    },
    candidates: ranked.length,
    items: ranked.slice(0, limit).map((m) => supplyMatchItem(m, ctx)),
  }
}
