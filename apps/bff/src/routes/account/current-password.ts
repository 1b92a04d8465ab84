import { verifyPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import type { Context } from 'hono'
import { currentUser } from '../../lib/auth'
import { failureGuard } from '../../lib/failure-guard'
import type { AppBindings } from '../../lib/types'

/**
 * The signed-in person proves it is them with the current password before changing it or minting recovery codes,
 * so a phone left signed in is not enough to take the account. Wrong guesses count with the sign-in's own
 * (same keys): asking here gives no more tries than the sign-in page does.
 */
export async function checkCurrentPassword(c: Context<AppBindings>, given: string, field: string) {
  const { id, role } = currentUser(c)
  const user = await c.var.db.user.findUnique({ where: { id }, select: { username: true, passwordHash: true, recoveryCodesAt: true } })
  if (!user?.username || !user.passwordHash) {
    // A student made through WeChat sets one here (设置网页登录); a staff account made through WeChat has none to change.
    const userMessage = role === 'student'
      ? '你的账号还没有网页登录密码，请先在“设置网页登录”中设置账号名和密码'
      : '您的账号通过微信登录，没有登录密码可修改'
    throw new AppError('CONFLICT', { userMessage, internal: 'no password to check' })
  }
  const guard = failureGuard(c, 'password', user.username)
  await guard.check()
  if (!(await verifyPassword(given, user.passwordHash))) {
    await guard.fail()
    throw new AppError('VALIDATION_FAILED', { userMessage: '密码不正确，请重新输入', issues: [{ path: field, message: '密码不正确' }] })
  }
  await guard.clear()
  return { id, username: user.username, passwordHash: user.passwordHash, recoveryCodesAt: user.recoveryCodesAt }
}
