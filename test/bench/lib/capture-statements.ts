/**
 * The SQL one request sends: the real app, in this process, on a Prisma client that logs its queries, answers
 * `path` once; the statements it sent are what the raw-driver baseline replays. Works for whatever the handler
 * does (Prisma's relation queries or one raw statement), so before and after are measured the same way.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { createApp } from '@zhilian/bff/app'
import { loadEnv } from '@zhilian/bff/env'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import { PrismaClient } from '@zhilian/db'
import { hotPools, hotSqlOnPool } from '@zhilian/db/hot-sql'
import pino from 'pino'
import { BENCH_KEYS } from './server'

export interface Statement { query: string; params: unknown[]; name?: string }

/** The client address a counted capture comes from; the raw line puts each request's own in its place. */
export const CAPTURE_ADDRESS = '192.0.2.93'

/**
 * `counted`: the app counts the request for the rate limit (RATE_LIMIT=on, TRUST_PROXY=true, from CAPTURE_ADDRESS), and
 * the counts it sends as statements of their own (an INSERT) are kept beside the reads. `headers` go with the request
 * (a signed-in caller's Authorization, signed with the benchmark BFF's keys, which the app here uses too).
 */
export async function captureStatements(url: string, path: string, counted = false, headers: Record<string, string> = {}): Promise<{ statements: Statement[]; body: string }> {
  const captured: Statement[] = []
  const pools = hotPools({ connectionString: url })
  const prisma = new PrismaClient({ adapter: new PrismaPg(pools.pool), log: [{ emit: 'event', level: 'query' }] })
  prisma.$on('query', (e) => captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }))
  // The hot paths' statements go to the driver directly (decision 030): captured as they are sent.
  const hotSql = hotSqlOnPool(pools, (s) => captured.push(s))
  const env = loadEnv({ NODE_ENV: 'test', RATE_LIMIT: counted ? 'on' : 'off', TRUST_PROXY: String(counted) })
  const wechat = createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE })
  const app = createApp({ db: { prisma, kind: 'postgres', url, hotSql, close: () => prisma.$disconnect() }, env, keys: BENCH_KEYS, wechat, logger: pino({ level: 'silent' }) })
  try {
    const res = await app.request(path, { headers: { ...headers, ...(counted ? { 'x-forwarded-for': CAPTURE_ADDRESS } : {}) } })
    const body = await res.text()
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${body}`)
    return { statements: captured.filter((c) => (counted ? /^\s*(SELECT|WITH|INSERT)\b/i : /^\s*(SELECT|WITH)\b/i).test(c.query)), body }
  } finally {
    await prisma.$disconnect()
    await Promise.all([pools.pool.end(), pools.prepared.end()])
  }
}
