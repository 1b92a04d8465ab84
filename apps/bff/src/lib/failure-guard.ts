import type { Context } from 'hono'
import { clearCount, clientIp, countHit, PASSWORD_FAILURES, peekCount, tooMany } from './rate-limit'
import type { AppBindings } from './types'

/**
 * Guessing a secret (a password, a recovery code) is counted per account *and address*, so a stranger elsewhere
 * cannot lock the owner out, and per address across accounts, so spraying one guess over many accounts stops
 * (docs/decisions/013). Counted in the database whatever RATE_LIMIT says. Passwords and recovery codes keep
 * separate counts: a student who mistyped the password five times is exactly the one who needs 忘记密码 next.
 */
export type Secret = 'password' | 'recovery'

export function failureGuard(c: Context<AppBindings>, secret: Secret, account: string) {
  const { db } = c.var
  const ip = clientIp(c)
  const accountKey = `${secret}-fail:${account.toLowerCase()}:${ip}`
  const { perAccountAndIp, perIp } = PASSWORD_FAILURES
  const keys = [[accountKey, perAccountAndIp], [`${secret}-fail-ip:${ip}`, perIp]] as const
  return {
    /** 429 once either count is full, before the secret is even looked at. */
    async check() {
      for (const [key, window] of keys) {
        const seen = await peekCount(db, key, window.windowSeconds)
        if (seen.count >= window.limit) throw tooMany(secret, seen.retryAfter)
      }
    },
    async fail() {
      for (const [key, window] of keys) await countHit(db, key, window.windowSeconds)
    },
    /** A success forgives this account's failures from this address (not the address's count across accounts). */
    clear: () => clearCount(db, accountKey),
  }
}
