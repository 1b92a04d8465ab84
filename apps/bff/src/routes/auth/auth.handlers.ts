import { DEMO_ACCOUNTS } from '@zhilian/db/seed/index'
import { AppError } from '@zhilian/shared'
import type { Context } from 'hono'
import { currentUser, matchPassword, SESSION_USER, sessionAnswer } from '../../lib/auth'
import type { AppBindings, AppRouteHandler } from '../../lib/types'
import type * as routes from './auth.routes'
import { replaceTemporaryPassword } from './temporary-password'

export const wechat: AppRouteHandler<typeof routes.wechat> = async (c) => {
  const { code } = c.req.valid('json')
  // session_key is dropped here on purpose: the platform needs no encrypted WeChat data yet.
  const { openid, unionid } = await c.var.wechat.code2Session(code)
  const existing = await c.var.db.user.findUnique({ where: { openid }, select: { ...SESSION_USER, deletedAt: true } })
  if (existing?.deletedAt) throw new AppError('FORBIDDEN', { userMessage: '该微信账号已注销', internal: 'deleted user signed in' })
  // upsert, not create: two taps on the sign-in button must not race into a unique-key failure.
  const user =
    existing ??
    (await c.var.db.user.upsert({
      where: { openid },
      create: { role: 'student', openid, unionid: unionid ?? null, displayName: '微信用户' },
      update: {},
      select: SESSION_USER,
    }))
  return c.json({ ...(await sessionAnswer(c, user)), created: !existing }, 200)
}

/**
 * Every role signs in this way when its account has a password (decision 063 added the enterprise members the
 * sign-in page already promised it to); an account made through WeChat has no hash and never matches.
 */
export const password: AppRouteHandler<typeof routes.password> = async (c) => {
  const { username, password: given, newPassword } = c.req.valid('json')
  const user = await matchPassword(c, username, given, { sayDisabled: true })
  if (!user) throw new AppError('INVALID_CREDENTIALS')
  if (user.passwordTemporaryAt) {
    const temporary = { id: user.id, username, passwordHash: user.passwordHash, passwordTemporaryAt: user.passwordTemporaryAt }
    return c.json(await replaceTemporaryPassword(c, temporary, newPassword), 200)
  }
  return c.json(await sessionAnswer(c, user), 200)
}

function requireDemo(c: Context<AppBindings>) {
  if (!c.var.env.DEMO_MODE) throw new AppError('NOT_FOUND', { internal: 'demo mode is off' })
}

export const demoAccounts: AppRouteHandler<typeof routes.demoAccounts> = async (c) => {
  requireDemo(c)
  const items = DEMO_ACCOUNTS.map(({ username, role, displayName, note }) => ({ username, role, displayName, description: note }))
  return c.json({ items }, 200)
}

export const demo: AppRouteHandler<typeof routes.demo> = async (c) => {
  requireDemo(c)
  const { username } = c.req.valid('json')
  const known = DEMO_ACCOUNTS.some((account) => account.username === username)
  const user = known
    ? await c.var.db.user.findUnique({ where: { username }, select: { ...SESSION_USER, deletedAt: true } })
    : null
  if (!user || user.deletedAt) throw new AppError('NOT_FOUND', { userMessage: '演示账号不存在，请刷新列表后重试' })
  return c.json(await sessionAnswer(c, user), 200)
}

export const logout: AppRouteHandler<typeof routes.logout> = async (c) => {
  const { id } = currentUser(c)
  await c.var.db.user.update({ where: { id }, data: { tokenVersion: { increment: 1 } }, select: { id: true } })
  return c.json({ ok: true as const }, 200)
}
