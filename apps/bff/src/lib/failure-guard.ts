import type { Context } from 'hono'
import { clearCount, clientIp, countHit, PASSWORD_FAILURES, peekCount, tooMany } from './rate-limit'
import type { AppBindings, Db } from './types'

/**
 * Guessing a secret (a password, a recovery code) is counted per account *and address*, so a stranger elsewhere
 * cannot lock the owner out, and per address across accounts, so spraying one guess over many accounts stops
 * (docs/decisions/013). Counted in the database whatever RATE_LIMIT says. Passwords and recovery codes keep
 * separate counts: a student who mistyped the password five times is exactly the one who needs 忘记密码 next.
 */
export type Secret = 'password' | 'recovery'

const accountPrefix = (secret: Secret, account: string) => `${secret}-fail:${account.toLowerCase()}:`

export function failureGuard(c: Context<AppBindings>, secret: Secret, account: string) {
  const { hotSql } = c.var
  const ip = clientIp(c)
  const accountKey = `${accountPrefix(secret, account)}${ip}`
  const { perAccountAndIp, perIp } = PASSWORD_FAILURES
  const keys = [[accountKey, perAccountAndIp], [`${secret}-fail-ip:${ip}`, perIp]] as const
  return {
    /** 429 once either count is full, before the secret is even looked at. */
    async check() {
      for (const [key, window] of keys) {
        const seen = await peekCount(hotSql, key, window.windowSeconds)
        if (seen.count >= window.limit) throw tooMany(secret, seen.retryAfter)
      }
    },
    async fail() {
      for (const [key, window] of keys) await countHit(hotSql, key, window.windowSeconds)
    },
    /** A success forgives this account's failures from this address (not the address's count across accounts). */
    clear: () => clearCount(hotSql, accountKey),
  }
}

/**
 * A sign-in reset by someone else (decisions 063, 064) forgives the account's failed password guesses from every
 * address: the member who locked the sign-in while forgetting the password can use the temporary one at once instead
 * of waiting out the window. The counts per address across accounts stay (they stop spraying, not this account).
 * starts_with, not LIKE: an account name may hold `_`, which LIKE reads as any character.
 */
export async function forgivePasswordFailures(db: Pick<Db, '$executeRaw'>, account: string) {
  const prefix = accountPrefix('password', account)
  await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE starts_with("key", ${prefix})`
}
