import type { Prisma } from '@zhilian/db'
import { nonPersonalised, recommendCourses, recommendJobs, type StudentForScoring } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler, Db } from '../../lib/types'
import { toJobCard } from '../../jobs/job-card'
import { courseSelect, onMenu, toCourse } from '../../trainings/course-view'
import type * as routes from './recommendations.routes'
import { jobForScoring, loadRecommendContext, loadStudentForScoring, PERSONALISATION_OFF_NOTICE, PERSONALISED_NOTICE, scoredJobSelect } from '../../recommendations/scoring'

/** Candidates come from indexed queries (chain, city, major, newest); only these few hundred are scored. */
const TARGETED = 200
const NEWEST = 50
const NO_PROFILE_NOTICE = '完善简历后可获得个性化推荐，以下按发布时间排序'


async function personalisation(db: Db, userId: string): Promise<{ student?: StudentForScoring; chains: string[]; off: boolean }> {
  const [user, profile, student] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { personalisationOff: true } }),
    db.studentProfile.findUnique({ where: { userId }, select: { expectedChains: true } }),
    loadStudentForScoring(db, userId),
  ])
  return { student, chains: profile?.expectedChains ?? [], off: user.personalisationOff }
}

export const jobs: AppRouteHandler<typeof routes.jobs> = async (c) => {
  const { limit } = c.req.valid('query')
  const db = c.var.db
  const me = await personalisation(db, currentUser(c).id)
  const open = { status: 'open' as const, publishedAt: { not: null } }
  const newest = { orderBy: [{ publishedAt: 'desc' as const }, { id: 'desc' as const }], select: scoredJobSelect }
  if (me.off || !me.student) {
    const rows = await db.job.findMany({ where: open, take: limit, ...newest })
    const ordered = nonPersonalised(rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? undefined, row: r })))
    return c.json({
      personalised: false,
      notice: me.off ? PERSONALISATION_OFF_NOTICE : NO_PROFILE_NOTICE,
      items: ordered.map((r) => ({ job: toJobCard(r.row), fit: null })),
    }, 200)
  }
  const s = me.student
  const targeted: Prisma.JobWhereInput[] = [
    ...(me.chains.length ? [{ chainId: { in: me.chains } }] : []),
    ...(s.expectedCities.length ? [{ cityCode: { in: [...s.expectedCities] } }] : []),
    ...(s.majorCode ? [{ majors: { some: { majorCode: s.majorCode } } }] : []),
  ]
  const [near, latest] = await Promise.all([
    targeted.length ? db.job.findMany({ where: { ...open, OR: targeted }, take: TARGETED, ...newest }) : [],
    db.job.findMany({ where: open, take: NEWEST, ...newest }),
  ])
  const pool = [...new Map([...near, ...latest].map((r) => [r.id, r])).values()]
  const ctx = await loadRecommendContext(db, pool.flatMap((r) => (r.chainId ? [r.chainId] : [])))
  const ranked = recommendJobs(s, pool.map((row) => Object.assign(jobForScoring(row), { row })), ctx, limit)
  return c.json({
    personalised: true,
    notice: PERSONALISED_NOTICE,
    items: ranked.map((r) => ({ job: toJobCard(r.job.row), fit: { score: r.score, reasons: r.reasons } })),
  }, 200)
}

export const courses: AppRouteHandler<typeof routes.courses> = async (c) => {
  const { limit } = c.req.valid('query')
  const db = c.var.db
  const me = await personalisation(db, currentUser(c).id)
  const byId = { orderBy: { id: 'desc' as const }, select: courseSelect }
  if (me.off || !me.student) {
    const rows = await db.trainingCourse.findMany({ where: onMenu, take: limit, ...byId })
    return c.json({
      personalised: false,
      notice: me.off ? PERSONALISATION_OFF_NOTICE : NO_PROFILE_NOTICE,
      items: rows.map((row) => ({ course: toCourse(row), fit: null })),
    }, 200)
  }
  const s = me.student
  const targeted: Prisma.TrainingCourseWhereInput[] = [
    ...(me.chains.length ? [{ chains: { some: { chainId: { in: me.chains } } } }] : []),
    ...(s.expectedCities.length ? [{ cityCode: { in: [...s.expectedCities] } }] : []),
    { format: 'online' },
  ]
  const [near, latest] = await Promise.all([
    db.trainingCourse.findMany({ where: { ...onMenu, OR: targeted }, take: TARGETED, ...byId }),
    db.trainingCourse.findMany({ where: onMenu, take: NEWEST, ...byId }),
  ])
  const pool = [...new Map([...near, ...latest].map((r) => [r.id, r])).values()]
  const ctx = await loadRecommendContext(db, pool.flatMap((r) => r.chains.map((ch) => ch.chain.id)))
  const candidates = pool.map((row) => ({
    id: row.id,
    // A course serving several chains is scored on the one the student is after, else its first.
    chainId: (row.chains.find((ch) => me.chains.includes(ch.chain.id)) ?? row.chains[0])?.chain.id,
    majorCodes: [],
    skills: [],
    cityCode: row.cityCode ?? undefined,
    mode: row.format,
    row,
  }))
  const ranked = recommendCourses(s, candidates, ctx).slice(0, limit)
  return c.json({
    personalised: true,
    notice: PERSONALISED_NOTICE,
    items: ranked.map((r) => ({ course: toCourse(r.course.row), fit: { score: r.score, reasons: r.reasons } })),
  }, 200)
}
