/**
 * Rate limits per client address (every counted request, before any handler) and per signed-in user (in
 * requireAuth, once the user is known). Off only where RATE_LIMIT=off, which loadEnv refuses in production.
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { Context, MiddlewareHandler, Next } from 'hono'
import { z } from 'zod'
import type { AppBindings } from '../types'
import { countedCtes, countedKeys, countHit, type Counted, LIMITED_KEYS, NOTHING_COUNTED, retryAfterOf, type Window } from './counters'
import { countRolling, type RollingHit } from './rolling'
import { categoryOf, COUNTED_IN_STATEMENT, LIMITS, MESSAGES, methodRun, UPLOADS, waitInWords, type Category } from './policies'

export { clearCount, countHit, peekCount } from './counters'
export { type Counted, countedCtes, LIMITED_KEYS, maybeSweepCounters, NOTHING_COUNTED, WITHIN_LIMITS } from './counters'
export { PASSWORD_FAILURES, SIGNUPS } from './policies'

/**
 * The client's address: the socket's, or (TRUST_PROXY=true, behind a reverse proxy) the last address in
 * X-Forwarded-For, the one our own proxy appended. In-process requests (tests) have no socket: "local".
 */
export function clientIp(c: Context<AppBindings>): string {
  if (c.get('env').TRUST_PROXY) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1)
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'local'
  } catch {
    return 'local'
  }
}

/**
 * The guards against guessing and minting (decisions 013, 045, 117), beside the request categories. Their windows are
 * fixed as well, so the wait is what is left of the window, not its length: a fixed 「请 15 分钟后再试」 disagreed with
 * Retry-After (707 s) and sent people away longer than needed.
 */
const GUARDS = {
  password: '密码错误次数过多',
  recovery: '恢复码错误次数过多',
  signup: '该网络注册的账号过多',
  invitation: '邀请码错误次数过多',
  checkinCode: '签到码错误次数过多',
  upload: '上传过于频繁',
} as const
const STEMS: Record<Category | keyof typeof GUARDS, string> = { ...MESSAGES, ...GUARDS }

/** Every refusal says how long to wait, from the same figure as Retry-After (decision 098); `then` adds what else to do. */
export function tooMany(category: Category | keyof typeof GUARDS, retryAfter: number, then = ''): AppError {
  return new AppError('RATE_LIMITED', {
    userMessage: `${STEMS[category]}，请 ${waitInWords(retryAfter)}后再试${then}`,
    retryAfterSeconds: retryAfter,
    internal: `rate limit: ${category}`,
  })
}

async function enforce(c: Context<AppBindings>, key: string, window: Window, category: Category) {
  const { count, retryAfter } = await countHit(c.get('hotSql'), key, window.windowSeconds)
  if (count > window.limit) throw tooMany(category, retryAfter)
}

/**
 * Per address, for every counted request; an uncounted one passes without an async frame of its own. The requests
 * that count themselves (COUNTED_IN_STATEMENT: the scans, decision 082; the job search, decision 093) are left to
 * `handOverCounts` and their statement.
 */
export const ipRateLimit: MiddlewareHandler<AppBindings> = (c, next) => {
  const category = c.get('env').RATE_LIMIT ? categoryOf(c.req.method, c.req.path) : undefined
  if (!category || countsInStatement(c)) return next()
  return enforce(c, `ip:${category}:${clientIp(c)}`, LIMITS[category].ip, category).then(() => next())
}

/** Whether this request is one of those that count themselves in their statement. */
export const countsInStatement = (c: Context<AppBindings>) => COUNTED_IN_STATEMENT.test(`${methodRun(c.req.method)} ${c.req.path}`)

/**
 * What a self-counting request counts (decisions 082, 093): its address and, once known, its user, under its own
 * category's keys and limits (the keys `ipRateLimit` and `userCounts` would count). Nothing where RATE_LIMIT=off,
 * or on a path that is not one of them (its counts were made by the middlewares).
 */
export function statementCounts(c: Context<AppBindings>, userId?: string): Counted {
  const category = categoryOf(c.req.method, c.req.path)
  if (!c.get('env').RATE_LIMIT || !countsInStatement(c) || !category) return NOTHING_COUNTED
  const { ip, user } = LIMITS[category]
  return countedKeys([[`ip:${category}:${clientIp(c)}`, ip], ...(user && userId ? [[`user:${category}:${userId}`, user] as const] : [])])
}

/**
 * The hand-over (decision 082): leaves `counted` for the request's statement and runs the rest of the request; if no
 * statement took them (a refused token, an invalid body or query, a page answered without one), they are counted
 * afterwards in one statement of their own, so nothing a counted route answers goes uncounted, or is counted twice.
 */
export async function handOverCounts(c: Context<AppBindings>, counted: Counted, next: Next): Promise<void> {
  c.set('counts', counted)
  await next()
  const left = c.get('counts')
  if (left) {
    c.set('counts', undefined)
    await countNow(c, left)
  }
}

/** The counts handed over for this request's statement, taken once: the statement that runs them takes them. */
export function takeCounts(c: Context<AppBindings>): Counted {
  const counted = c.get('counts') ?? NOTHING_COUNTED
  c.set('counts', undefined)
  return counted
}

/**
 * Counts `counted` in one statement of its own and throws 429 if a key is over its limit: for a self-counting request
 * whose statement never ran (its token refused, its body invalid), so that request is counted all the same.
 */
export async function countNow(c: Context<AppBindings>, counted: Counted): Promise<void> {
  if (counted.keys.length === 0) return
  const rows = await c.get('hotSql')(Prisma.sql`WITH ${countedCtes(counted)} SELECT ${LIMITED_KEYS}`, 'rate-count-many')
  throwIfLimited(c, counted, LimitedRow.parse(rows[0]).limited)
}

const LimitedRow = z.object({ limited: z.array(z.string()) })

/** 429 with the request's category's message (扫码…, 搜索…) when the statement named a key over its limit. */
export function throwIfLimited(c: Context<AppBindings>, counted: Counted, limited: readonly string[]): void {
  if (limited.length > 0) throw tooMany(categoryOf(c.req.method, c.req.path) ?? 'scan', retryAfterOf(counted, limited))
}

/**
 * What a signed-in request counts against its user, for the statement that reads its session (decision 105): the
 * user's key of the request's category, counted there rather than in a statement of its own. A request that counts
 * itself and has its counts still waiting for its statement (the job search signed in) adds its user's key to them
 * instead, and the session statement counts nothing. Nothing where RATE_LIMIT=off or for an uncounted request.
 */
export function userCounts(c: Context<AppBindings>, userId: string): Counted {
  if (c.get('counts') && countsInStatement(c)) {
    c.set('counts', statementCounts(c, userId))
    return NOTHING_COUNTED
  }
  const category = c.get('env').RATE_LIMIT ? categoryOf(c.req.method, c.req.path) : undefined
  const window = category ? LIMITS[category].user : undefined
  return category && window ? countedKeys([[`user:${category}:${userId}`, window]]) : NOTHING_COUNTED
}

/**
 * The upload limit (decisions 074, 078), for the import routes after requireAuth: per user, then per address, each
 * counted before the body is read, over a rolling hour (rolling.ts). A refused upload counts for neither: every hit
 * this request made is taken back, so the wait it is told holds.
 * Off where env.UPLOAD_RATE_LIMIT is null (demo mode, or switched off outside production).
 */
export const uploadRateLimit: MiddlewareHandler<AppBindings> = async (c, next) => {
  const perUser = c.get('env').UPLOAD_RATE_LIMIT
  const user = c.get('user')
  if (perUser !== null && user) {
    const counted: RollingHit[] = []
    for (const [key, limit] of [[`upload:user:${user.id}`, perUser], [`upload:ip:${clientIp(c)}`, perUser * UPLOADS.perIpFactor]] as const) {
      const hit = await countRolling(c.get('hotSql'), key, { limit, windowSeconds: UPLOADS.windowSeconds })
      if (!hit.admitted) {
        await Promise.all(counted.map((h) => h.refund()))
        throw tooMany('upload', hit.retryAfter, '；如需修改清单，可先在页面上逐项修改')
      }
      counted.push(hit)
    }
  }
  await next()
}
