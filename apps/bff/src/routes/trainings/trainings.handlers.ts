import { AppError, hasCourseStarted } from '@zhilian/shared'
import { isUniqueViolation } from '../../lib/unique-violation'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { afterId, keysetPage, pageTake } from '../../lib/paging'
import { capacityOf, courseInCity, courseSelect, onMenu, toCourse } from '../../trainings/course-view'
import type * as routes from './trainings.routes'

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const q = c.req.valid('query')
  const rows = await c.var.db.trainingCourse.findMany({
    where: {
      ...(await onMenu(c.var.db)),
      ...(q.chainId ? { chains: { some: { chainId: q.chainId } } } : {}),
      ...(q.cityCode ? courseInCity(q.cityCode) : {}),
      ...(q.format ? { format: q.format } : {}),
      ...(q.startsAfter ? { startDate: { gte: new Date(q.startsAfter) } } : {}),
      ...afterId('asc', q.cursor),
    },
    orderBy: { id: 'asc' },
    take: pageTake(q.limit),
    select: courseSelect,
  })
  const { items: page, nextCursor } = keysetPage(rows, q.limit, (r) => ({ id: r.id }))
  return c.json({ items: page.map(toCourse), nextCursor }, 200)
}

const duplicate = () => new AppError('DUPLICATE', { userMessage: '您已报名该课程' })

export const enrol: AppRouteHandler<typeof routes.enrol> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  try {
    const enrolmentId = await c.var.db.$transaction(async (tx) => {
      // The row lock makes concurrent enrolments for one course queue here, so count-then-insert is safe.
      await tx.$queryRaw`SELECT "id" FROM "TrainingCourse" WHERE "id" = ${id} FOR UPDATE`
      const course = await tx.trainingCourse.findFirst({
        where: { id, ...(await onMenu(tx)) },
        select: { startDate: true, seatsPerSession: true, yearlyCapacity: true, _count: { select: { enrolments: true } } },
      })
      if (!course) throw new AppError('NOT_FOUND', { userMessage: '该课程不存在或已下架' })
      if (hasCourseStarted(course.startDate)) throw new AppError('INVALID_TRANSITION', { userMessage: '该课程已开课，报名已截止' })
      const existing = await tx.trainingEnrolment.findUnique({ where: { courseId_studentUserId: { courseId: id, studentUserId: user.id } }, select: { id: true } })
      if (existing) throw duplicate()
      if (course._count.enrolments >= capacityOf(course)) throw new AppError('CAPACITY_FULL', { userMessage: '该课程名额已满' })
      return (await tx.trainingEnrolment.create({ data: { courseId: id, studentUserId: user.id }, select: { id: true } })).id
    })
    const row = await c.var.db.trainingEnrolment.findUniqueOrThrow({ where: { id: enrolmentId }, select: { id: true, createdAt: true, course: { select: courseSelect } } })
    return c.json({ id: row.id, createdAt: row.createdAt.toISOString(), course: toCourse(row.course) }, 201)
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate()
    throw error
  }
}

export const mine: AppRouteHandler<typeof routes.mine> = async (c) => {
  const user = currentUser(c)
  const rows = await c.var.db.trainingEnrolment.findMany({
    where: { studentUserId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, createdAt: true, course: { select: courseSelect } },
  })
  return c.json({ items: rows.map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString(), course: toCourse(r.course) })) }, 200)
}

export const cancel: AppRouteHandler<typeof routes.cancel> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { count } = await c.var.db.trainingEnrolment.deleteMany({ where: { id, studentUserId: user.id } })
  if (count === 0) throw new AppError('NOT_FOUND', { userMessage: '报名记录不存在' })
  return c.json({ ok: true as const }, 200)
}
