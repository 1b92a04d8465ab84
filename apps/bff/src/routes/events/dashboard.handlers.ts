import { AppError } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { xlsxResponse } from '../../lib/xlsx'
import { boothSelect, boothView } from '../../events/booth-access'
import { organisedEvent, visibleEvent } from '../../events/event-access'
import { registrationView, sessionView, summarySelect, toSummary } from './event-view'
import { computeDashboard, dashboardWorkbook } from './dashboard'
import type * as routes from './dashboard.routes'

export const dashboard: AppRouteHandler<typeof routes.dashboard> = async (c) => {
  const { id } = c.req.valid('param')
  await organisedEvent(c.var.db, currentUser(c), id)
  return c.json(await computeDashboard(c.var.db, id), 200)
}

export const dashboardXlsx: AppRouteHandler<typeof routes.dashboardXlsx> = async (c) => {
  const { id } = c.req.valid('param')
  const event = await organisedEvent(c.var.db, currentUser(c), id)
  const bytes = await dashboardWorkbook(event.title, await computeDashboard(c.var.db, id))
  return xlsxResponse(c, bytes, `${event.title}-数据看板.xlsx`) as never
}

const sessionFields = { id: true, title: true, kind: true, room: true, startsAt: true, endsAt: true, speakers: true } as const

export const day: AppRouteHandler<typeof routes.day> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const visible = await visibleEvent(c.var.db, user, id)
  if (visible.status === 'cancelled') throw new AppError('INVALID_TRANSITION', { userMessage: '活动已取消' })
  const now = new Date()
  const db = c.var.db
  const [event, running, upcoming, schedule, booths, registration] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id }, select: summarySelect }),
    db.eventSession.findMany({ where: { eventId: id, startsAt: { lte: now }, endsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, select: sessionFields }),
    db.eventSession.findMany({ where: { eventId: id, startsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, take: 3, select: sessionFields }),
    db.scheduleItem.findMany({ where: { userId: user.id, eventId: id }, orderBy: { startsAt: 'asc' }, select: { id: true, title: true, startsAt: true, endsAt: true, place: true, sessionId: true, interviewId: true, interviewSlotId: true } }),
    db.booth.findMany({ where: { eventId: id, status: 'approved' }, orderBy: [{ zone: 'asc' }, { number: 'asc' }], select: boothSelect }),
    db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId: user.id } } }),
  ])
  const jobIds = booths.flatMap((b) => b.jobs.map((j) => j.job.id))
  const applications = await db.application.findMany({
    where: { studentUserId: user.id, jobId: { in: jobIds } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, jobId: true, status: true, createdAt: true, job: { select: { title: true, org: { select: { name: true } } } } },
  })
  return c.json({
    event: toSummary(event),
    now: running.map(sessionView),
    next: upcoming.map(sessionView),
    mySchedule: schedule.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt ? s.endsAt.toISOString() : null })),
    booths: booths.map(boothView),
    myApplications: applications.map((a) => ({ id: a.id, jobId: a.jobId, jobTitle: a.job.title, org: a.job.org.name, status: a.status, createdAt: a.createdAt.toISOString() })),
    myRegistration: registration ? registrationView(registration) : null,
  }, 200)
}
