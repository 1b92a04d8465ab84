/**
 * Which requests are counted, and how many each client may make (docs/decisions/013). Generous enough for a
 * campus behind one address and for a check-in desk scanning a queue; tight enough that one client cannot
 * flood sign-in, writes or the search endpoints.
 */
import type { Window } from './counters'

export type Category = 'signin' | 'write' | 'scan' | 'search'

export const LIMITS: Record<Category, { ip: Window; user?: Window }> = {
  signin: { ip: { limit: 120, windowSeconds: 60 } },
  write: { ip: { limit: 1200, windowSeconds: 60 }, user: { limit: 120, windowSeconds: 60 } },
  scan: { ip: { limit: 3000, windowSeconds: 60 }, user: { limit: 600, windowSeconds: 60 } },
  search: { ip: { limit: 1200, windowSeconds: 60 }, user: { limit: 120, windowSeconds: 60 } },
}

/**
 * Wrong passwords: five per account from one address in 15 minutes, fifty per address across accounts. A
 * stranger elsewhere cannot lock a user out (the count is per address), and spraying one password over many
 * accounts from one address stops at fifty.
 */
export const PASSWORD_FAILURES = {
  perAccountAndIp: { limit: 5, windowSeconds: 15 * 60 },
  perIp: { limit: 50, windowSeconds: 15 * 60 },
} as const

/**
 * New student accounts (decision 045): twenty per address per hour, on whatever RATE_LIMIT says, so a script
 * cannot mint accounts while a class at a fair registering over one Wi-Fi still fits. Every attempt that passes
 * validation counts, so probing which names are taken is limited too.
 */
export const SIGNUPS = { perIp: { limit: 20, windowSeconds: 60 * 60 } } as const

/**
 * List uploads (decision 074): parsing a 5 MB workbook costs a second or two of CPU, where the write limit's 120 a
 * minute would let one member keep a core busy. Per user UPLOAD_RATE_LIMIT in any hour — a rolling hour, not the
 * clock's (decision 078) — per address ten times that (an office behind one address); counted before the body is
 * read, whatever the file turns out to be.
 */
export const UPLOADS = { windowSeconds: 60 * 60, perIpFactor: 10 } as const

const SEARCH = [
  /^\/api\/jobs\/?$/, /^\/api\/reference\/(majors|colleges)$/, /^\/api\/recommendations\//, /^\/api\/matching\//,
  /^\/api\/trainings\/?$/, /^\/api\/events\/?$/, /^\/api\/challenges\/?$/, /^\/api\/equipment\/open$/,
  /^\/api\/projects\/(partners|links)$/,
]

/**
 * The requests that count themselves inside their one statement, as `METHOD path`: the desk's and the booth's scans
 * (decision 082, the `tokenAccess` routes of decision 031) and the job search (decision 093, `countedPublicAccess`).
 * ipRateLimit leaves them to the hand-over in require-auth.ts and the request's statement.
 */
export const COUNTED_IN_STATEMENT = /^(POST \/api\/events\/[^/]+\/(checkins|booths\/mine\/visits)|GET \/api\/jobs\/?)$/

/**
 * The method a request runs as: Hono answers a HEAD with the GET route's handler and drops the body, so a HEAD of the
 * job search runs the search. Counted as the GET it is, or a client escaped every search limit by asking HEAD
 * (decision 097).
 */
export const methodRun = (method: string) => (method === 'HEAD' ? 'GET' : method)

export function categoryOf(requested: string, path: string): Category | undefined {
  const method = methodRun(requested)
  if (method === 'POST' && /^\/api\/auth\/(password|wechat|demo|signup|recover)$/.test(path)) return 'signin'
  if (method === 'POST' && /^\/api\/events\/[^/]+\/(checkins(\/venue)?|booths\/mine\/visits)$/.test(path)) return 'scan'
  if (method === 'GET' && SEARCH.some((re) => re.test(path))) return 'search'
  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) return 'write'
  return undefined
}

/** What was too frequent; `tooMany` adds how long to wait (decision 098: 「请稍后再试」 left a newcomer guessing). */
export const MESSAGES: Record<Category, string> = {
  signin: '登录尝试过于频繁',
  write: '提交过于频繁',
  scan: '扫码过于频繁',
  search: '搜索过于频繁',
}

/** The wait in words: seconds up to a minute, whole minutes after (the window is a minute or an hour). */
export const waitInWords = (seconds: number): string => (seconds <= 60 ? `${Math.max(1, Math.ceil(seconds))} 秒` : `${Math.ceil(seconds / 60)} 分钟`)
