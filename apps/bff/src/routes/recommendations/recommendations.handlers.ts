import type { Prisma } from '@zhilian/db'
import { nonPersonalised, recommendCourses, recommendJobs } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import { recommendContext } from '../../lib/recommend-context'
import type { AppRouteHandler } from '../../lib/types'
import { toJobCard } from '../../jobs/job-card'
import { jobForScoring, PERSONALISATION_OFF_NOTICE, PERSONALISED_NOTICE, studentTies } from '../../recommendations/scoring'
import { courseSelect, enrollableAt, toCourse } from '../../trainings/course-view'
import { candidatePool, cardsFor, NEWEST, newestCards, TARGETED } from './pool-sql'
import type * as routes from './recommendations.routes'
import { loadPersonalisation } from '../../recommendations/student-sql'

const NO_PROFILE_NOTICE = '完善简历后可获得个性化推荐，以下按发布时间排序'

/**
 * Three statements after the session check (decision 030): the student with the reference data's fingerprint,
 * the candidate pool with what the scorer reads, and cards for the jobs that made the list. Reference data
 * comes from the process's cache while its fingerprint holds (lib/recommend-context).
 */
export const jobs: AppRouteHandler<typeof routes.jobs> = async (c) => {
  const { limit } = c.req.valid('query')
  // c.get, as on every hot path: c.var builds an object of all the context's variables on each read (decision 031).
  const db = c.get('db')
  const hotSql = c.get('hotSql')
  const me = await loadPersonalisation(hotSql, currentUser(c).id)
  if (me.off || !me.student) {
    const rows = await newestCards(hotSql, limit)
    const ordered = nonPersonalised(rows.map((r) => ({ id: r.id, publishedAt: r.publishedAt ?? undefined, row: r })))
    return c.json({
      personalised: false,
      notice: me.off ? PERSONALISATION_OFF_NOTICE : NO_PROFILE_NOTICE,
      items: ordered.map((r) => ({ job: toJobCard(r.row), fit: null })),
    }, 200)
  }
  const [pool, ctx, ties] = await Promise.all([
    candidatePool(hotSql, me.student, me.chains), recommendContext(hotSql, me.referenceVersion), studentTies(db, me.student, me.supplyVersion),
  ])
  const ranked = recommendJobs(me.student, pool.map(jobForScoring), ctx, limit, ties)
  const cards = await cardsFor(hotSql, ranked.map((r) => r.job.id))
  return c.json({
    personalised: true,
    notice: PERSONALISED_NOTICE,
    // A job deleted between the pool and the cards drops out of the list rather than failing the page.
    items: ranked.flatMap((r) => {
      const card = cards.get(r.job.id)
      return card ? [{ job: toJobCard(card), fit: { score: r.score, reasons: r.reasons } }] : []
    }),
  }, 200)
}

export const courses: AppRouteHandler<typeof routes.courses> = async (c) => {
  const { limit } = c.req.valid('query')
  const db = c.get('db')
  const hotSql = c.get('hotSql')
  const me = await loadPersonalisation(hotSql, currentUser(c).id)
  const byId = { orderBy: { id: 'desc' as const }, select: courseSelect }
  // A course that has started refuses enrolment, so it is not recommended (decision 055).
  const onOffer = await enrollableAt(db, new Date())
  if (me.off || !me.student) {
    const rows = await db.trainingCourse.findMany({ where: onOffer, take: limit, ...byId })
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
    db.trainingCourse.findMany({ where: { AND: [onOffer, { OR: targeted }] }, take: TARGETED, ...byId }),
    db.trainingCourse.findMany({ where: onOffer, take: NEWEST, ...byId }),
  ])
  const pool = [...new Map([...near, ...latest].map((r) => [r.id, r])).values()]
  const ctx = await recommendContext(hotSql, me.referenceVersion)
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
