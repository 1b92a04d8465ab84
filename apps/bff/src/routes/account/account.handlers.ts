import { hashPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import { passwordProblem } from '@zhilian/shared/contracts/signup'
import { audit } from '../../lib/audit'
import { currentUser, SESSION_USER, sessionAnswer } from '../../lib/auth'
import { newRecoveryCodes } from '../../lib/recovery-codes'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './account.routes'
import { checkCurrentPassword } from './current-password'

export const security: AppRouteHandler<typeof routes.security> = async (c) => {
  const user = await c.var.db.user.findUniqueOrThrow({
    where: { id: currentUser(c).id },
    select: { role: true, username: true, openid: true, recoveryCodes: true, recoveryCodesAt: true },
  })
  return c.json({
    username: user.username,
    wechat: user.openid !== null,
    recoveryCodesLeft: user.recoveryCodes.length,
    recoveryCodesCreatedAt: user.recoveryCodesAt?.toISOString() ?? null,
    canSetWebLogin: user.role === 'student' && user.username === null,
  }, 200)
}

/** A new password ends every other session: tokenVersion moves on, and this device gets a token for the new one. */
export const changePassword: AppRouteHandler<typeof routes.changePassword> = async (c) => {
  const { currentPassword, newPassword } = c.req.valid('json')
  const me = await checkCurrentPassword(c, currentPassword, 'currentPassword')
  const problem = passwordProblem(newPassword, me.username)
  if (problem) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'newPassword', message: problem }] })
  const passwordHash = await hashPassword(newPassword)
  const user = await c.var.db.$transaction(async (tx) => {
    // Only over the password just checked: a reset or another change in between wins, and this one is refused.
    const { count } = await tx.user.updateMany({ where: { id: me.id, passwordHash: me.passwordHash, deletedAt: null }, data: { passwordHash, passwordTemporaryAt: null, tokenVersion: { increment: 1 } } })
    if (count === 0) return null
    await audit(tx, { actorUserId: me.id, action: 'user.password.changed', entity: 'User', entityId: me.id, diff: { otherSessionsEnded: true } })
    return tx.user.findUniqueOrThrow({ where: { id: me.id }, select: SESSION_USER })
  })
  if (!user) throw new AppError('CONFLICT', { userMessage: '密码刚刚在别处被修改，请用新密码重新登录', internal: 'password changed concurrently' })
  return c.json(await sessionAnswer(c, user), 200)
}

/**
 * A new set replaces the old one in one write, so two requests racing leave one whole set, never a mix. The write is
 * conditional on the set the request saw (its creation time): of two racing, the later one would otherwise also
 * answer 201 and show the student eight codes that had already been replaced, which they would save in good faith
 * and find dead when needed (decision 060). The loser is refused and shows nothing.
 */
export const regenerateRecoveryCodes: AppRouteHandler<typeof routes.regenerateRecoveryCodes> = async (c) => {
  const { currentPassword } = c.req.valid('json')
  const me = await checkCurrentPassword(c, currentPassword, 'currentPassword')
  const { codes, digests } = newRecoveryCodes()
  const createdAt = new Date()
  const replaced = await c.var.db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: me.id, recoveryCodesAt: me.recoveryCodesAt, deletedAt: null },
      data: { recoveryCodes: digests, recoveryCodesAt: createdAt },
    })
    if (count === 0) return false
    await audit(tx, { actorUserId: me.id, action: 'user.recovery_codes.regenerated', entity: 'User', entityId: me.id, diff: { count: codes.length } })
    return true
  })
  if (!replaced) throw new AppError('CONFLICT', { userMessage: '恢复码刚刚在别处重新生成过，请刷新页面查看，需要时再重新生成', internal: 'recovery codes regenerated concurrently' })
  return c.json({ codes, createdAt: createdAt.toISOString() }, 201)
}
