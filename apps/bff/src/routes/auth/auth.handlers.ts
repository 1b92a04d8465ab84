import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@zhilian/db/seed/index'
import { verifyPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import type { Context } from 'hono'
import { currentUser, issueSessionToken } from '../../lib/auth'
import { clearCount, clientIp, countHit, PASSWORD_FAILURES, peekCount, tooMany } from '../../lib/rate-limit'
import type { AppBindings, AppRouteHandler, RoleName } from '../../lib/types'
import type * as routes from './auth.routes'

export const SESSION_USER = { id: true, role: true, displayName: true, tokenVersion: true } as const
// Students too since decision 045: a WeChat student has no password hash, so only H5 sign-ups sign in this way.
const PASSWORD_ROLES: RoleName[] = ['admin', 'college', 'student']
/** Checked when the username is unknown, so both paths take the same time. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

export async function session(c: Context<AppBindings>, user: { id: string; role: RoleName; displayName: string; tokenVersion: number }) {
  const token = await issueSessionToken(c.var.keys.session, user)
  return { token, user: { id: user.id, role: user.role, displayName: user.displayName } }
}

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
  return c.json({ ...(await session(c, user)), created: !existing }, 200)
}

export const password: AppRouteHandler<typeof routes.password> = async (c) => {
  const { username, password: given } = c.req.valid('json')
  const { db } = c.var
  // Failures count per account *and address*, so a stranger elsewhere cannot lock the account's owner out, and
  // per address across accounts, so spraying one password over many accounts stops (docs/decisions/013).
  const ip = clientIp(c)
  const accountKey = `password-fail:${username.toLowerCase()}:${ip}`
  const ipKey = `password-fail-ip:${ip}`
  const { perAccountAndIp, perIp } = PASSWORD_FAILURES
  for (const [key, window] of [[accountKey, perAccountAndIp], [ipKey, perIp]] as const) {
    const seen = await peekCount(db, key, window.windowSeconds)
    if (seen.count >= window.limit) throw tooMany('password', seen.retryAfter)
  }
  const user = await db.user.findUnique({ where: { username }, select: { ...SESSION_USER, passwordHash: true, deletedAt: true } })
  const matches = await verifyPassword(given, user?.passwordHash ?? DUMMY_HASH)
  // The README publishes the demo password: outside demo mode it signs no one in, whoever's password it is.
  const published = !c.var.env.DEMO_MODE && given === DEMO_PASSWORD
  if (!user || !matches || published || user.deletedAt || !PASSWORD_ROLES.includes(user.role)) {
    await countHit(db, accountKey, perAccountAndIp.windowSeconds)
    await countHit(db, ipKey, perIp.windowSeconds)
    throw new AppError('INVALID_CREDENTIALS')
  }
  await clearCount(db, accountKey)
  return c.json(await session(c, user), 200)
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
  return c.json(await session(c, user), 200)
}

export const logout: AppRouteHandler<typeof routes.logout> = async (c) => {
  const { id } = currentUser(c)
  await c.var.db.user.update({ where: { id }, data: { tokenVersion: { increment: 1 } }, select: { id: true } })
  return c.json({ ok: true as const }, 200)
}
