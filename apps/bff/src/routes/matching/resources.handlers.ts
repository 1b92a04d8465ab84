import { AppError, matchChallenge, matchTrainingNeed, type CollegeCapability, type CourseOffer } from '@zhilian/shared'
import { matchEquipment } from '@zhilian/shared/rules/match-equipment'
import { loadContext } from '../../analytics/context'
import { supplyListIds } from '../../analytics/facts'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './matching.routes'
import { assertOwnOrg } from '../../matching/scope'

/** Course, equipment and capability offers come from each verified college's latest approved list. */
const fromLists = (listIds: string[]) => ({ listId: { in: listIds }, list: { college: { verification: 'verified' as const } } })
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

export const trainingCourses: AppRouteHandler<typeof routes.trainingCourses> = async (c) => {
  const { id } = c.req.valid('param')
  const { limit } = c.req.valid('query')
  const db = c.var.db
  const need = await db.trainingNeed.findUnique({
    where: { id },
    select: { id: true, content: true, perYear: true, format: true, list: { select: { orgId: true, org: { select: { cityCode: true } } } } },
  })
  await assertOwnOrg(c.var.db, currentUser(c), need?.list.orgId, '培训需求')
  const [ctx, listIds] = await Promise.all([loadContext(db, []), supplyListIds(db)])
  const courses = await db.trainingCourse.findMany({
    where: fromLists(listIds),
    select: {
      id: true, title: true, content: true, format: true, yearlyCapacity: true, startDate: true, periodDays: true, cityCode: true,
      list: { select: { collegeId: true, college: { select: { name: true, cityCode: true } } } },
    },
  })
  const offers: (CourseOffer & { yearlyCapacity: number })[] = courses.map((k) => ({
    id: k.id, collegeId: k.list.collegeId, collegeName: k.list.college.name, name: k.title, content: k.content, mode: k.format,
    period: k.startDate ? { from: isoDay(k.startDate), to: isoDay(new Date(k.startDate.getTime() + Math.max(0, (k.periodDays ?? 1) - 1) * 86_400_000)) } : undefined,
    capacityPerYear: k.yearlyCapacity, yearlyCapacity: k.yearlyCapacity, cityCode: k.cityCode ?? k.list.college.cityCode,
  }))
  const ranked = matchTrainingNeed({ id: need!.id, content: need!.content, trainees: need!.perYear, mode: need!.format, cityCode: need!.list.org.cityCode }, offers, ctx.cities)
  return c.json({
    need: { id: need!.id, content: need!.content, perYear: need!.perYear, format: need!.format },
    items: ranked.slice(0, limit).map((m) => ({
      courseId: m.course.id, title: m.course.name, collegeId: m.course.collegeId, collegeName: m.course.collegeName, format: m.course.mode,
      yearlyCapacity: m.course.yearlyCapacity, score: m.score, reasons: m.reasons, parts: m.parts,
    })),
  }, 200)
}

export const challengeColleges: AppRouteHandler<typeof routes.challengeColleges> = async (c) => {
  const { id } = c.req.valid('param')
  const { limit } = c.req.valid('query')
  const db = c.var.db
  const ch = await db.techChallenge.findUnique({ where: { id }, select: { id: true, title: true, problem: true, target: true, list: { select: { orgId: true } } } })
  await assertOwnOrg(c.var.db, currentUser(c), ch?.list.orgId, '技术难题')
  const listIds = await supplyListIds(db)
  const where = fromLists(listIds)
  const [lists, projects, patents, equipment, faculty] = await Promise.all([
    db.supplyList.findMany({ where: { id: { in: listIds }, college: { verification: 'verified' } }, select: { id: true, collegeId: true, college: { select: { name: true, cityCode: true } } } }),
    db.researchProject.findMany({ where, select: { listId: true, name: true, level: true, finished: true } }),
    db.intellectualProperty.findMany({ where, select: { listId: true, name: true, kind: true } }),
    db.equipment.findMany({ where, select: { listId: true, name: true, coreFunction: true, open: true } }),
    db.faculty.findMany({ where, select: { listId: true, fullTime: true, seniorTitleShare: true } }),
  ])
  const of = <T extends { listId: string }>(rows: T[], listId: string) => rows.filter((r) => r.listId === listId)
  const capabilities: (CollegeCapability & { cityCode: string })[] = lists.map((l) => {
    const fac = of(faculty, l.id)
    const fullTime = fac.reduce((s, f) => s + f.fullTime, 0)
    const senior = fac.reduce((s, f) => s + f.fullTime * Number(f.seniorTitleShare), 0)
    return {
      collegeId: l.collegeId, collegeName: l.college.name, cityCode: l.college.cityCode,
      projects: of(projects, l.id).map((p) => ({ name: p.name, level: p.level, closed: p.finished })),
      patents: of(patents, l.id).map((p) => ({ name: p.name, kind: p.kind })),
      equipment: of(equipment, l.id).map((e) => ({ name: e.name, function: e.coreFunction, shared: e.open })),
      faculty: fullTime > 0 ? { fullTime, seniorShare: senior / fullTime } : undefined,
    }
  })
  const ranked = matchChallenge({ id: ch!.id, title: ch!.title, description: `${ch!.problem} ${ch!.target}` }, capabilities)
  return c.json({
    challenge: { id: ch!.id, title: ch!.title },
    items: ranked.slice(0, limit).map((m) => ({ collegeId: m.college.collegeId, collegeName: m.college.collegeName, cityCode: m.college.cityCode, score: m.score, reasons: m.reasons, parts: m.parts })),
  }, 200)
}

export const equipment: AppRouteHandler<typeof routes.equipment> = async (c) => {
  const { id } = c.req.valid('param')
  const { limit } = c.req.valid('query')
  const db = c.var.db
  const req = await db.resourceRequest.findUnique({ where: { id }, select: { id: true, kind: true, description: true, list: { select: { orgId: true, org: { select: { cityCode: true } } } } } })
  await assertOwnOrg(c.var.db, currentUser(c), req?.list.orgId, '资源需求')
  if (req!.kind !== 'equipment') throw new AppError('BAD_REQUEST', { userMessage: '该资源需求不是仪器设备类，无法匹配共享设备' })
  const [ctx, listIds] = await Promise.all([loadContext(db, []), supplyListIds(db)])
  const rows = await db.equipment.findMany({
    where: { ...fromLists(listIds), open: true },
    select: { id: true, name: true, model: true, quantity: true, coreFunction: true, openHours: true, fee: true, list: { select: { collegeId: true, college: { select: { name: true, cityCode: true } } } } },
  })
  const offers = rows.map((e) => ({ ...e, collegeName: e.list.college.name, cityCode: e.list.college.cityCode }))
  const ranked = matchEquipment({ description: req!.description, cityCode: req!.list.org.cityCode }, offers, ctx.cities)
  return c.json({
    request: { id: req!.id, description: req!.description },
    items: ranked.slice(0, limit).map((m) => ({
      equipmentId: m.equipment.id, name: m.equipment.name, model: m.equipment.model, quantity: m.equipment.quantity, coreFunction: m.equipment.coreFunction,
      openHours: m.equipment.openHours, fee: m.equipment.fee, collegeId: m.equipment.list.collegeId, collegeName: m.equipment.collegeName,
      cityCode: m.equipment.cityCode, distanceKm: m.distanceKm === undefined ? null : Math.round(m.distanceKm), score: m.score, reasons: m.reasons,
    })),
  }, 200)
}
