import { hashPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import { TEMPORARY_PASSWORD_HOURS } from '@zhilian/shared/contracts/account'
import { passwordProblem } from '@zhilian/shared/contracts/signup'
import type { Context } from 'hono'
import { audit } from '../../lib/audit'
import { SESSION_USER, sessionAnswer } from '../../lib/auth'
import type { AppBindings } from '../../lib/types'

interface Temporary { id: string; username: string; passwordHash: string; passwordTemporaryAt: Date }

/**
 * The first sign-in after an owner's reset (decision 063): the owner saw the temporary password, so it opens no
 * session. It must come with the member's own new password, which replaces it; until then the answer is
 * PASSWORD_CHANGE_REQUIRED (only after the temporary password was checked, so a guesser learns nothing new).
 */
export async function replaceTemporaryPassword(c: Context<AppBindings>, user: Temporary, newPassword: string | undefined) {
  if (Date.now() - user.passwordTemporaryAt.getTime() > TEMPORARY_PASSWORD_HOURS * 3_600_000) {
    throw new AppError('INVALID_CREDENTIALS', { userMessage: `临时密码已超过${TEMPORARY_PASSWORD_HOURS}小时，已失效，请联系单位负责人重新重置登录`, internal: 'temporary password expired' })
  }
  if (newPassword === undefined) throw new AppError('PASSWORD_CHANGE_REQUIRED', { internal: 'temporary password needs replacing' })
  const problem = passwordProblem(newPassword, user.username)
  if (problem) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'newPassword', message: problem }] })
  const passwordHash = await hashPassword(newPassword)
  const session = await c.var.db.$transaction(async (tx) => {
    // Only over the temporary password just checked: a second reset in between wins, and this sign-in is refused.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash, passwordTemporaryAt: user.passwordTemporaryAt, deletedAt: null },
      data: { passwordHash, passwordTemporaryAt: null, tokenVersion: { increment: 1 } },
    })
    if (count === 0) return null
    await audit(tx, { actorUserId: user.id, action: 'user.password.changed', entity: 'User', entityId: user.id, diff: { otherSessionsEnded: true, fromTemporary: true } })
    return tx.user.findUniqueOrThrow({ where: { id: user.id }, select: SESSION_USER })
  })
  if (!session) throw new AppError('CONFLICT', { userMessage: '登录密码刚刚被重置或修改，请使用最新的密码登录', internal: 'temporary password replaced concurrently' })
  return sessionAnswer(c, session)
}
