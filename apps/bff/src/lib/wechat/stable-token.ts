import { AppError } from '@zhilian/shared'
import type { WeChatCredentials } from './code2session'
import { wechatFetch } from './http'

export interface StableTokenOptions extends WeChatCredentials {
  /** Fetch a new token this many seconds before the current one expires. */
  refreshAheadSeconds?: number
  now?: () => number
}

/**
 * The one holder of the access token for the whole process. It refreshes ahead of expiry and lets
 * concurrent callers share one request, so WeChat's quotas (and forced-refresh limits) hold.
 */
export class StableTokenHolder {
  private token?: string
  private expiresAt = 0
  private inflight?: Promise<string>
  private readonly aheadMs: number
  private readonly now: () => number
  fetchCount = 0

  constructor(private readonly opts: StableTokenOptions) {
    this.aheadMs = (opts.refreshAheadSeconds ?? 300) * 1000
    this.now = opts.now ?? Date.now
  }

  async get(): Promise<string> {
    if (this.token && this.now() < this.expiresAt - this.aheadMs) return this.token
    return this.fetchOnce(false)
  }

  /**
   * WeChat said `stale` is invalid or expired. Unless someone already replaced it, force a new one;
   * if WeChat refuses the forced refresh (20 a day, 30 s apart), fall back to a normal fetch.
   */
  async refresh(stale: string): Promise<string> {
    if (this.inflight) return this.inflight
    if (this.token && this.token !== stale && this.now() < this.expiresAt) return this.token
    try {
      return await this.fetchOnce(true)
    } catch (error) {
      if (error instanceof AppError && error.code === 'RATE_LIMITED') return this.fetchOnce(false)
      throw error
    }
  }

  private fetchOnce(force: boolean): Promise<string> {
    this.inflight ??= this.request(force).finally(() => {
      this.inflight = undefined
    })
    return this.inflight
  }

  private async request(force: boolean): Promise<string> {
    this.fetchCount += 1
    const body = await wechatFetch<{ access_token?: string; expires_in?: number }>(`${this.opts.baseUrl}/cgi-bin/stable_token`, {
      method: 'POST',
      body: { grant_type: 'client_credential', appid: this.opts.appid, secret: this.opts.secret, force_refresh: force },
    })
    if (body.errcode || !body.access_token || !body.expires_in) {
      throw new AppError(body.errcode === 45009 ? 'RATE_LIMITED' : 'UPSTREAM_UNAVAILABLE', {
        internal: `stable_token errcode ${body.errcode}: ${body.errmsg}`,
      })
    }
    this.token = body.access_token
    this.expiresAt = this.now() + body.expires_in * 1000
    return this.token
  }
}
