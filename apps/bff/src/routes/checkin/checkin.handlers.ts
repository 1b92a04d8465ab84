import { AppError } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { applicantSelect, toApplicant } from '../enterprise-applications/applicant-view'
import { consentedFields, studentNames, UNNAMED_STUDENT } from '../enterprise-applications/consent'
import { myApprovedBooth } from '../events/booths.handlers'
import { organisedEvent, visibleEvent } from '../events/event-access'
import { issueCheckinCode, verifyCheckinCode } from './checkin-code'
import { assertCheckinOpen } from './checkin-window'
import { boothScanner, claimCode, deskScanner } from './claim-code'
import { recordCheckin } from './record-checkin'
import type * as routes from './checkin.routes'

export const code: AppRouteHandler<typeof routes.code> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await visibleEvent(c.var.db, user, id)
  const reg = await c.var.db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId: user.id } }, select: { id: true } })
  if (!reg) throw new AppError('NOT_FOUND', { userMessage: '您尚未报名本场活动' })
  assertCheckinOpen(event)
  const issued = issueCheckinCode(c.var.keys.checkin, id, user.id)
  return c.json({ code: issued.code, expiresAt: issued.expiresAt.toISOString() }, 200)
}

export const checkin: AppRouteHandler<typeof routes.checkin> = async (c) => {
  const staff = currentUser(c)
  const { id } = c.req.valid('param')
  assertCheckinOpen(await organisedEvent(c.var.db, staff, id))
  const { userId, nonce, expiresAt } = verifyCheckinCode(c.var.keys.checkin, c.req.valid('json').code, id)
  await claimCode(c.var.db, { nonce, eventId: id, scanner: deskScanner(id), expiresAt })
  return c.json(await recordCheckin(c.var.db, id, userId, '该同学未报名本场活动'), 200)
}

export const visit: AppRouteHandler<typeof routes.visit> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const booth = await myApprovedBooth(c.var.db, user, id)
  assertCheckinOpen(await c.var.db.event.findUniqueOrThrow({ where: { id }, select: { status: true, startsAt: true, endsAt: true } }))
  const { userId, nonce, expiresAt } = verifyCheckinCode(c.var.keys.checkin, c.req.valid('json').code, id)
  await claimCode(c.var.db, { nonce, eventId: id, scanner: boothScanner(booth.id), expiresAt })
  const student = await c.var.db.user.findFirst({ where: { id: userId, role: 'student', deletedAt: null }, select: { id: true, displayName: true } })
  if (!student) throw new AppError('NOT_FOUND', { userMessage: '学生不存在' })
  await c.var.db.boothVisit.createMany({ data: [{ boothId: booth.id, userId }], skipDuplicates: true })
  const visitRow = await c.var.db.boothVisit.findUniqueOrThrow({ where: { boothId_userId: { boothId: booth.id, userId } }, select: { createdAt: true } })
  // PIPL art. 23: the résumé only as far as the student's own consent to this enterprise reaches.
  const fields = (await consentedFields(c.var.db, booth.orgId, [userId])).get(userId)
  const application = fields
    ? await c.var.db.application.findFirst({ where: { studentUserId: userId, job: { orgId: booth.orgId } }, orderBy: { createdAt: 'desc' }, select: applicantSelect })
    : null
  const applicant = application && fields ? toApplicant(application, fields) : null
  const names = await studentNames(c.var.db, booth.orgId, [student])
  return c.json({
    student: { id: student.id, displayName: names.get(student.id) ?? UNNAMED_STUDENT },
    visitedAt: visitRow.createdAt.toISOString(),
    resume: applicant ? applicant.resume : null,
    phone: applicant ? applicant.phone : null,
  }, 200)
}
