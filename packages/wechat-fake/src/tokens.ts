import { randomBytes } from 'node:crypto'
import type { Clock } from './clock'

const GRACE_MS = 5 * 60 * 1000
const FORCE_GAP_MS = 30 * 1000
const FORCE_PER_DAY = 20
const DAY_MS = 24 * 60 * 60 * 1000

export type TokenResult = { errcode: 0; access_token: string; expires_in: number } | { errcode: number; errmsg: string }

/**
 * `cgi-bin/stable_token`: one current token; a normal call returns it while it lives, a forced refresh
 * replaces it and leaves the old one working five more minutes. Forced refreshes: 20 a day, 30 s apart.
 */
export class Tokens {
  private readonly live = new Map<string, number>()
  private current?: string
  private forced: number[] = []
  ttlSeconds = 7200

  constructor(private readonly clock: Clock) {}

  issue(forceRefresh: boolean): TokenResult {
    const now = this.clock.now()
    const currentExpiry = this.current ? (this.live.get(this.current) ?? 0) : 0
    if (forceRefresh) {
      this.forced = this.forced.filter((t) => t > now - DAY_MS)
      const last = this.forced.at(-1)
      if (this.forced.length >= FORCE_PER_DAY) return { errcode: 45009, errmsg: 'reach max api daily quota limit' }
      if (last !== undefined && now - last < FORCE_GAP_MS) return { errcode: 45009, errmsg: 'force refresh too frequent' }
      this.forced.push(now)
    }
    if (!forceRefresh && this.current && currentExpiry > now) {
      return { errcode: 0, access_token: this.current, expires_in: Math.floor((currentExpiry - now) / 1000) }
    }
    if (this.current && currentExpiry > now) this.live.set(this.current, Math.min(currentExpiry, now + GRACE_MS))
    const token = `fake_token_${randomBytes(16).toString('hex')}`
    this.live.set(token, now + this.ttlSeconds * 1000)
    this.current = token
    return { errcode: 0, access_token: token, expires_in: this.ttlSeconds }
  }

  /** 0 when usable, 42001 when it expired, 40001 when it was never issued. */
  check(token: string | null): 0 | 40001 | 42001 {
    const expiresAt = token ? this.live.get(token) : undefined
    if (expiresAt === undefined) return 40001
    return expiresAt > this.clock.now() ? 0 : 42001
  }

  expireAll(): void {
    const past = this.clock.now() - 1
    for (const token of this.live.keys()) this.live.set(token, past)
  }
}
