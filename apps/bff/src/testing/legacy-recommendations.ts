/**
 * Student job recommendations before decision 030 reached them (26 Prisma statements: the profile read twice,
 * reference data per request, ~250 full cards with their relations), kept only so the seed test can compare
 * the lists and the benchmark can time both in one run; no route calls it.
 */
import type { Prisma } from '@zhilian/db'
import { nonPersonalised, recommendJobs } from '@zhilian/shared'
import type { Db } from '../lib/types'
import { toJobCard } from '../jobs/job-card'
import { jobForScoring, loadRecommendContext, loadStudentForScoring, scoredJobSelect, studentTies } from '../recommendations/scoring'

export async function legacyRecommendJobs(db: Db, userId: string, limit: number) {
  const [user, profile, s] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { personalisationOff: true } }),
    db.studentProfile.findUnique({ where: { userId }, select: { expectedChains: true } }),
    loadStudentForScoring(db, userId),
  ])
  const chains = profile?.expectedChains ?? []
  const open = { status: 'open' as const, publishedAt: { not: null } }
  const newest = { orderBy: [{ publishedAt: 'desc' as const }, { id: 'desc' as const }], select: scoredJobSelect }
  if (user.personalisationOff || !s) {
    const rows = await db.job.findMany({ where: open, take: limit, ...newest })
    return nonPersonalised(rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? undefined, row: r }))).map((r) => ({ job: toJobCard(r.row), fit: null }))
  }
  const targeted: Prisma.JobWhereInput[] = [
    ...(chains.length ? [{ chainId: { in: chains } }] : []),
    ...(s.expectedCities.length ? [{ cityCode: { in: [...s.expectedCities] } }] : []),
    ...(s.majorCode ? [{ majors: { some: { majorCode: s.majorCode } } }] : []),
  ]
  const [near, latest] = await Promise.all([
    targeted.length ? db.job.findMany({ where: { ...open, OR: targeted }, take: 200, ...newest }) : [],
    db.job.findMany({ where: open, take: 50, ...newest }),
  ])
  const pool = [...new Map([...near, ...latest].map((r) => [r.id, r])).values()]
  const [ctx, ties] = await Promise.all([loadRecommendContext(db, pool.flatMap((r) => (r.chainId ? [r.chainId] : []))), studentTies(db, s)])
  const ranked = recommendJobs(s, pool.map(jobForScoring), ctx, limit, ties)
  return ranked.map((r) => ({ job: toJobCard(r.job.row), fit: { score: r.score, reasons: r.reasons } }))
}
