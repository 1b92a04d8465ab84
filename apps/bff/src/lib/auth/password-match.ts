import { DEMO_PASSWORD } from '@zhilian/db/seed/index'
import { verifyPassword } from '@zhilian/db/password'
import type { Context } from 'hono'
import { failureGuard } from '../failure-guard'
import type { AppBindings } from '../types'
import { accountDisabled } from './principal'
import { SESSION_USER } from './session-answer'

/** Checked when the username is unknown, so both paths take the same time. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

const MATCHED_USER = { ...SESSION_USER, passwordHash: true, passwordTemporaryAt: true, openid: true } as const

/**
 * The one check of an account name and password, for every route that takes them (the sign-in, and 关联网页账号 of
 * decision 066): the failure guard of decision 013 first, the same scrypt work whether the name exists or not, the
 * published demo password refused outside demo mode, a deleted account never matching (with `sayDisabled`, a
 * disabled one answers ACCOUNT_DISABLED once its password is right). Answers the user when they
 * match (this address's failures for the name are forgiven) and null when not (one more failure counted); each
 * caller says "no" in its own words.
 */
export async function matchPassword(c: Context<AppBindings>, username: string, given: string, { sayDisabled = false } = {}) {
  const { db } = c.var
  const guard = failureGuard(c, 'password', username)
  await guard.check()
  const user = await db.user.findUnique({ where: { username }, select: { ...MATCHED_USER, deletedAt: true, disabledBy: true } })
  const matches = await verifyPassword(given, user?.passwordHash ?? DUMMY_HASH)
  // The README publishes the demo password: outside demo mode it signs no one in, whoever's password it is.
  const published = !c.var.env.DEMO_MODE && given === DEMO_PASSWORD
  // At the sign-in, the right password of a disabled administrator says so and whom to ask (decision 074); only the
  // right one, so a guesser learns nothing the failure would not. 关联网页账号 keeps its own refusal.
  if (sayDisabled && user?.passwordHash && matches && !published && user.deletedAt && user.disabledBy) throw accountDisabled(user.disabledBy)
  if (!user?.passwordHash || !matches || published || user.deletedAt) {
    await guard.fail()
    return null
  }
  await guard.clear()
  return { ...user, passwordHash: user.passwordHash }
}
