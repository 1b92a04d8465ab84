import { hashPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { clientIp, countHit, tooMany, SIGNUPS } from '../../lib/rate-limit'
import type { AppRouteHandler } from '../../lib/types'
import { newRecoveryCodes } from '../../lib/recovery-codes'
import { isUniqueViolation } from '../../lib/unique-violation'
import { maskedIfPhone } from '../../lib/phone-mask'
import { SESSION_USER, sessionAnswer } from '../../lib/auth'
import type * as routes from './auth.routes'

const taken = () => new AppError('DUPLICATE', { userMessage: '该账号名已被注册，请换一个；如果是你本人的账号，请直接登录', issues: [{ path: 'username', message: '该账号名已被注册' }] })

/**
 * A student's own account (decision 045): role student and nothing else. The college is stored as the résumé's
 * 就读院校, a claim the student makes about themselves; no membership is created, so no college page opens.
 */
export const signup: AppRouteHandler<typeof routes.signup> = async (c) => {
  const { username, password, realName, collegeId, privacyVersion } = c.req.valid('json')
  const { db } = c.var
  const { count, retryAfter } = await countHit(c.var.hotSql, `signup-ip:${clientIp(c)}`, SIGNUPS.perIp.windowSeconds)
  if (count > SIGNUPS.perIp.limit) throw tooMany('signup', retryAfter)

  const [existing, college] = await Promise.all([
    db.user.findUnique({ where: { username }, select: { id: true } }),
    collegeId ? db.organization.findFirst({ where: { id: collegeId, kind: 'college', verification: 'verified' }, select: { id: true } }) : null,
  ])
  if (existing) throw taken()
  if (collegeId && !college) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'collegeId', message: '请从列表中选择就读院校' }] })

  const passwordHash = await hashPassword(password)
  const recovery = newRecoveryCodes()
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { role: 'student', username, passwordHash, displayName: realName ?? maskedIfPhone(username), recoveryCodes: recovery.digests, recoveryCodesAt: new Date() },
        select: SESSION_USER,
      })
      // Only what the student gave; the rest of the résumé stays empty until they fill it.
      if (realName || collegeId) await tx.studentProfile.create({ data: { userId: created.id, realName, collegeId, education: 'none' }, select: { userId: true } })
      await audit(tx, { actorUserId: created.id, action: 'user.signup', entity: 'User', entityId: created.id, diff: { privacyVersion, claimedCollegeId: collegeId } })
      return created
    })
    // The codes are in this answer and nowhere else: only their digests are kept (decision 059).
    return c.json({ ...(await sessionAnswer(c, user)), created: true, recoveryCodes: recovery.codes }, 201)
  } catch (e) {
    // Two taps, or two people, racing for one name: the unique index decides, and the answer names the field.
    if (isUniqueViolation(e)) throw taken()
    throw e
  }
}
