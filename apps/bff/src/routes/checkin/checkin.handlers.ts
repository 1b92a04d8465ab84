import { AppError } from '@zhilian/shared'
import { whyNoUnit } from '../../lib/acting-unit'
import { currentUser, principalOf, sessionOf } from '../../lib/auth'
import { roleRefusal } from '../../lib/org-access'
import { maskedIfPhone } from '../../lib/phone-mask'
import { maybeSweepCounters, takeCounts, throwIfLimited } from '../../lib/rate-limit'
import type { AppRouteHandler } from '../../lib/types'
import { applicantSelect, toApplicant } from '../../applications/applicant-view'
import { consentedName, fieldsFromConsents } from '../../applications/consent'
import { EXHIBITOR_RULE } from '../../events/booth-access'
import { eventNotFound, visibleEvent } from '../../events/event-access'
import { BOOTH_SCAN_PERMISSION, boothScan } from './booth-scan'
import { issueCheckinCode, verifyCheckinCode } from './checkin-code'
import { assertCheckinOpen } from './checkin-window'
import { assertCodeOwner, boothScanner, maybeSweepClaims } from './claim-code'
import { deskScan, type Scan } from './desk-scan'
import { CHECKIN_ROLES } from './checkin.routes'
import type * as routes from './checkin.routes'

export const code: AppRouteHandler<typeof routes.code> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await visibleEvent(c.get('db'), user, id)
  const reg = await c.get('db').eventRegistration.findUnique({ where: { eventId_userId: { eventId: id, userId: user.id } }, select: { id: true } })
  if (!reg) throw new AppError('NOT_FOUND', { userMessage: '您尚未报名本场活动' })
  assertCheckinOpen(event)
  const issued = issueCheckinCode(c.get('keys').checkin, id, user.id)
  return c.json({ code: issued.code, expiresAt: issued.expiresAt.toISOString() }, 200)
}

/** The code's claim, or the error it earned: that error is thrown only after the session and organiser checks. */
function readCode(key: Buffer, code: string, eventId: string, now: Date): { scan: Scan | null; error?: unknown } {
  try {
    const { userId, nonce, expiresAt } = verifyCheckinCode(key, code, eventId, now.getTime())
    return { scan: { studentId: userId, nonce, expiresAt } }
  } catch (error) {
    return { scan: null, error }
  }
}

export const checkin: AppRouteHandler<typeof routes.checkin> = async (c) => {
  const session = sessionOf(c)
  const { id } = c.req.valid('param')
  const now = new Date()
  const { scan, error } = readCode(c.get('keys').checkin, c.req.valid('json').code, id, now)
  const counted = takeCounts(c)
  const r = await deskScan(c.get('hotSql'), { userId: session.sub, tokenVersion: session.tv, roles: CHECKIN_ROLES, eventId: id, scan, now, counted })
  throwIfLimited(c, counted, r.limited)
  maybeSweepCounters(c.get('hotSql'))
  principalOf(r.session, session, CHECKIN_ROLES)
  if (!r.e_id || !r.organises) throw eventNotFound()
  assertCheckinOpen({ status: r.e_status!, startsAt: r.e_startsAt!, endsAt: r.e_endsAt! }, now)
  if (!scan) throw error
  maybeSweepClaims(c.get('hotSql'))
  assertCodeOwner(r.owner, r.scanner)
  if (!r.checkedInAt || !r.student_id) throw new AppError('CONFLICT', { userMessage: '该同学未报名本场活动' })
  const firstTime = r.firstTime
  return c.json({
    // The desk sees the name without any consent (presenting the code is the student's act), so a phone-shaped name,
    // an account name kept as the display name, is masked (decision 060).
    student: { id: r.student_id, displayName: maskedIfPhone(r.student_displayName!) }, checkedInAt: r.checkedInAt.toISOString(),
    firstTime, message: firstTime ? '签到成功' : '已签到',
  }, 200)
}

const SCAN_ASK = '您的多家单位在本场活动都有展位，请选择以哪家单位扫码'

export const visit: AppRouteHandler<typeof routes.visit> = async (c) => {
  const session = sessionOf(c)
  const { id } = c.req.valid('param')
  const now = new Date()
  const { scan, error } = readCode(c.get('keys').checkin, c.req.valid('json').code, id, now)
  const counted = takeCounts(c)
  const named = c.req.valid('query').orgId ?? null
  const r = await boothScan(c.get('hotSql'), { userId: session.sub, tokenVersion: session.tv, eventId: id, orgId: named, scan, now, counted })
  throwIfLimited(c, counted, r.limited)
  maybeSweepCounters(c.get('hotSql'))
  const user = principalOf(r.session, session, ['enterprise'])
  if (r.approved_units > 1) throw new AppError('VALIDATION_FAILED', { userMessage: SCAN_ASK, issues: [{ path: 'orgId', message: SCAN_ASK }] })
  if (!r.org_id) {
    // A named unit the caller does not exhibit for answers as another unit's object would.
    if (named && !user.orgIds.includes(named)) throw new AppError('NOT_FOUND', { userMessage: '单位不存在或无权操作' })
    // Refusals only: the reason (role, suspension, no verified unit) is read after the statement, as the booth pages do.
    throw await whyNoUnit(c.get('db'), user, EXHIBITOR_RULE, named ?? undefined)
  }
  if (!r.b_id) throw new AppError('NOT_FOUND', { userMessage: '本单位未在本场活动设展' })
  if (!r.may_scan) throw roleRefusal(r.org_role ?? 'viewer', BOOTH_SCAN_PERMISSION, r.org_id)
  if (r.b_status !== 'approved') throw new AppError('INVALID_TRANSITION', { userMessage: '展位尚未通过主办方审核' })
  assertCheckinOpen({ status: r.e_status!, startsAt: r.e_startsAt!, endsAt: r.e_endsAt! }, now)
  if (!scan) throw error
  maybeSweepClaims(c.get('hotSql'))
  assertCodeOwner(r.owner, boothScanner(r.b_id))
  if (!r.student_id || !r.visitedAt) throw new AppError('NOT_FOUND', { userMessage: '学生不存在' })
  // PIPL art. 23: the name and the résumé only as far as the student's own consent to this enterprise reaches;
  // the résumé costs a second read only when such a consent exists.
  const orgId = r.b_orgId!
  const fields = fieldsFromConsents(orgId, r.consents ?? [])
  const application = fields
    ? await c.get('db').application.findFirst({ where: { studentUserId: r.student_id, job: { orgId } }, orderBy: { createdAt: 'desc' }, select: applicantSelect })
    : null
  const applicant = application && fields ? toApplicant(application, fields) : null
  return c.json({
    student: { id: r.student_id, displayName: consentedName(r.student_displayName!, fields) },
    visitedAt: r.visitedAt.toISOString(),
    resume: applicant ? applicant.resume : null,
    phone: applicant ? applicant.phone : null,
  }, 200)
}
