import { hashPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import { clientIp, countHit, SIGNUPS, tooMany } from '../../lib/rate-limit'
import { newRecoveryCodes } from '../../lib/recovery-codes'
import type { AppRouteHandler } from '../../lib/types'
import { isUniqueViolation } from '../../lib/unique-violation'
import type * as routes from './account.routes'

const taken = () => new AppError('DUPLICATE', { userMessage: '该账号名已被注册，请换一个', issues: [{ path: 'username', message: '该账号名已被注册' }] })
const alreadySet = (username: string) => new AppError('CONFLICT', { userMessage: `你的账号已设置网页登录（账号名 ${username}），可在账号安全中修改密码`, internal: 'web login already set' })

/**
 * 设置网页登录 (decision 059): a student who came in through WeChat names the account for H5 sign-in, so one person
 * keeps one résumé and one application history on both. It claims a name as sign-up does, so it counts against
 * the same per-address limit (whatever RATE_LIMIT says) and answers a taken name the same way.
 */
export const webLogin: AppRouteHandler<typeof routes.webLogin> = async (c) => {
  const { username, password } = c.req.valid('json')
  const { db } = c.var
  const { id } = currentUser(c)
  const { count, retryAfter } = await countHit(c.var.hotSql, `signup-ip:${clientIp(c)}`, SIGNUPS.perIp.windowSeconds)
  if (count > SIGNUPS.perIp.limit) throw tooMany('signup', retryAfter)

  const [me, holder] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id }, select: { username: true } }),
    db.user.findUnique({ where: { username }, select: { id: true } }),
  ])
  if (me.username) throw alreadySet(me.username)
  if (holder) throw taken()

  const passwordHash = await hashPassword(password)
  const { codes, digests } = newRecoveryCodes()
  try {
    const done = await db.$transaction(async (tx) => {
      // Only while the account still has no name: two taps racing set it once, and the other is told it is set.
      const { count: set } = await tx.user.updateMany({
        where: { id, username: null, deletedAt: null },
        data: { username, passwordHash, recoveryCodes: digests, recoveryCodesAt: new Date() },
      })
      if (set === 0) return false
      await audit(tx, { actorUserId: id, action: 'user.web_login.set', entity: 'User', entityId: id, diff: { username } })
      return true
    })
    if (!done) throw alreadySet((await db.user.findUniqueOrThrow({ where: { id }, select: { username: true } })).username ?? username)
  } catch (e) {
    if (isUniqueViolation(e)) throw taken()
    throw e
  }
  return c.json({ username, recoveryCodes: codes }, 201)
}
