import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Clock } from './clock'
import { Logins } from './logins'
import { Subscriptions, type SentMessage, type SendBody } from './subscriptions'
import { Tokens } from './tokens'

export interface FakeWeChatOptions {
  appid: string
  secret: string
  /** 0 (default) picks a free port. */
  port?: number
  /** When given, `page` must be one of these paths (query ignored); otherwise only its shape is checked. */
  pages?: string[]
  /** Templates that exist from the start; `grantSubscription` adds its template too. */
  templates?: string[]
  /** False: `messages()` stays empty and only counts are kept (benchmarks). Default true. */
  recordMessages?: boolean
}

export interface FakeWeChatStats {
  code2Session: number
  stableToken: number
  forcedRefresh: number
  send: number
  /** Messages accepted (delivered and a credit spent). */
  accepted: number
  /** Valid sends received, accepted or refused; `received - distinct` is how many were duplicates. */
  received: number
  /** Distinct (openid, template, data) among them. */
  distinct: number
}

export interface FakeWeChat {
  url: string
  close(): Promise<void>
  mintCode(openid: string, unionid?: string): string
  messages(): SentMessage[]
  setTokenTtl(seconds: number): void
  expireTokens(): void
  failNextSend(errcode: number): void
  /** One `accept` in `wx.requestSubscribeMessage` = one credit. */
  grantSubscription(openid: string, templateId: string, count?: number): void
  remainingSubscriptions(openid: string, templateId: string): number
  markHighRisk(openid: string): void
  advanceTime(seconds: number): void
  stats(): FakeWeChatStats
}

/** A loopback server speaking the parts of WeChat's server API this platform uses, with test hooks. */
export async function startFakeWeChat(options: FakeWeChatOptions): Promise<FakeWeChat> {
  const clock = new Clock()
  const logins = new Logins(clock)
  const tokens = new Tokens(clock)
  const subscriptions = new Subscriptions(logins.knownOpenids, options.pages ? new Set(options.pages) : undefined, options.recordMessages ?? true)
  for (const id of options.templates ?? []) subscriptions.templates.add(id)
  const stats = { code2Session: 0, stableToken: 0, forcedRefresh: 0, send: 0 }
  const pendingFailures: number[] = []

  const credentialsError = (appid: unknown, secret: unknown) => {
    if (appid !== options.appid) return { errcode: 40013, errmsg: 'invalid appid' }
    if (secret !== options.secret) return { errcode: 40125, errmsg: 'invalid appsecret' }
    return undefined
  }

  const routes: Record<string, (url: URL, body: Record<string, unknown>) => object> = {
    'GET /sns/jscode2session': (url) => {
      stats.code2Session += 1
      const q = url.searchParams
      const bad = credentialsError(q.get('appid'), q.get('secret'))
      if (bad) return bad
      if (q.get('grant_type') !== 'authorization_code') return { errcode: 40002, errmsg: 'invalid grant_type' }
      const { errcode, ...result } = logins.exchange(q.get('js_code') ?? '')
      // WeChat omits errcode on success.
      return errcode === 0 ? result : { errcode, ...result }
    },
    'POST /cgi-bin/stable_token': (_url, body) => {
      stats.stableToken += 1
      const bad = credentialsError(body.appid, body.secret)
      if (bad) return bad
      if (body.grant_type !== 'client_credential') return { errcode: 40002, errmsg: 'invalid grant_type' }
      const force = body.force_refresh === true
      if (force) stats.forcedRefresh += 1
      const result = tokens.issue(force)
      return 'access_token' in result ? { access_token: result.access_token, expires_in: result.expires_in } : result
    },
    'POST /cgi-bin/message/subscribe/send': (url, body) => {
      stats.send += 1
      const tokenCode = tokens.check(url.searchParams.get('access_token'))
      if (tokenCode === 40001) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }
      if (tokenCode === 42001) return { errcode: 42001, errmsg: 'access_token expired' }
      const failure = pendingFailures.shift()
      if (failure !== undefined) return { errcode: failure, errmsg: 'failure injected by failNextSend' }
      return subscriptions.send(body as SendBody, clock.now())
    },
    // Development only: lets an H5 build without wx.login obtain a code.
    'GET /__fake/code': (url) => ({ code: logins.mint(url.searchParams.get('openid') ?? 'dev-openid') }),
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => reply(res, 500, { errcode: -1, errmsg: 'system error' }))
  })
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const route = routes[`${req.method} ${url.pathname}`]
    if (!route) return reply(res, 404, { errcode: 404, errmsg: 'not found' })
    let body: Record<string, unknown> = {}
    if (req.method === 'POST') {
      try {
        body = JSON.parse(await readBody(req)) as Record<string, unknown>
      } catch {
        return reply(res, 200, { errcode: 47001, errmsg: 'data format error' })
      }
    }
    reply(res, 200, route(url, body))
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
    mintCode: (openid, unionid) => logins.mint(openid, unionid),
    messages: () => [...subscriptions.sent],
    setTokenTtl: (seconds) => {
      tokens.ttlSeconds = seconds
    },
    expireTokens: () => tokens.expireAll(),
    failNextSend: (errcode) => {
      pendingFailures.push(errcode)
    },
    grantSubscription: (openid, templateId, count = 1) => subscriptions.grant(openid, templateId, count),
    remainingSubscriptions: (openid, templateId) => subscriptions.remaining(openid, templateId),
    markHighRisk: (openid) => {
      logins.highRisk.add(openid)
    },
    advanceTime: (seconds) => clock.advance(seconds),
    stats: () => {
      let received = 0
      for (const n of subscriptions.receipts.values()) received += n
      return { ...stats, accepted: subscriptions.accepted, received, distinct: subscriptions.receipts.size }
    },
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function reply(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}
