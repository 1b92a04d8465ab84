import { randomBytes } from 'node:crypto'
import type { Clock } from './clock'

const CODE_TTL_MS = 5 * 60 * 1000
const RATE_WINDOW_MS = 60 * 1000
const RATE_LIMIT = 100

interface Minted {
  openid: string
  unionid?: string
  expiresAt: number
}

export type LoginResult =
  | { errcode: 0; openid: string; unionid?: string; session_key: string }
  | { errcode: number; errmsg: string }

/** `wx.login` codes: valid five minutes, usable once; at most 100 exchanges a minute per user. */
export class Logins {
  private readonly codes = new Map<string, Minted>()
  private readonly calls = new Map<string, number[]>()
  readonly highRisk = new Set<string>()
  readonly knownOpenids = new Set<string>()

  constructor(private readonly clock: Clock) {}

  mint(openid: string, unionid?: string): string {
    const code = `fake_${randomBytes(12).toString('hex')}`
    this.codes.set(code, { openid, unionid, expiresAt: this.clock.now() + CODE_TTL_MS })
    this.knownOpenids.add(openid)
    return code
  }

  exchange(code: string): LoginResult {
    const minted = this.codes.get(code)
    this.codes.delete(code)
    if (!minted || minted.expiresAt <= this.clock.now()) return { errcode: 40029, errmsg: 'invalid code' }
    if (this.overLimit(minted.openid)) return { errcode: 45011, errmsg: 'api minute-quota reach limit' }
    if (this.highRisk.has(minted.openid)) return { errcode: 40226, errmsg: 'code blocked' }
    return {
      errcode: 0,
      openid: minted.openid,
      ...(minted.unionid ? { unionid: minted.unionid } : {}),
      session_key: randomBytes(16).toString('base64'),
    }
  }

  private overLimit(openid: string): boolean {
    const now = this.clock.now()
    const recent = (this.calls.get(openid) ?? []).filter((t) => t > now - RATE_WINDOW_MS)
    recent.push(now)
    this.calls.set(openid, recent)
    return recent.length > RATE_LIMIT
  }
}
