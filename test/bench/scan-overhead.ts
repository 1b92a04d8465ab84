/**
 * Where the BFF's CPU on a desk or booth scan goes besides its statement (decision 086), in one process and steadily:
 * the scan's row is replayed, so no socket to PostgreSQL and no row parsing is measured (the raw line pays those the
 * same). Each variant answers the scan through @hono/node-server's request listener on an in-memory socket (the
 * adapter's header and body handling included, as over HTTP), one request after another, in the production
 * configuration of `bench:checkins` with BENCH_RATE_LIMIT=on (RATE_LIMIT=on, TRUST_PROXY=true, X-Forwarded-For):
 *  - the raw line (lib/raw-checkin-server.ts's handler: token, code, the same statement and counted keys, the row as JSON);
 *  - the real app (createApp);
 *  - the base pipeline plus the check-in routes, and that with each middleware step left out in turn.
 * Weighed by this process's CPU time (all threads) per request, in alternating rounds, and by KiB allocated per
 * request (lib/alloc.ts).
 *
 *   npm run bench:scan-overhead -w @zhilian/test
 *     BENCH_SCAN=desk|booth, BENCH_REQUESTS=20000 per variant and round, BENCH_ROUNDS=5, BENCH_STEPS=0 (raw and app only),
 *     BENCH_ONLY=<part of a variant's name> (only the variants named so; with `node --cpu-prof`, a profile of one),
 *     BENCH_HEAP_PROF=<file>: a sampling allocation profile (collected objects included) of the last variant kept
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { createApp } from '@zhilian/bff/app'
import { loadEnv } from '@zhilian/bff/env'
import { issueSessionToken, readSessionToken } from '@zhilian/bff/lib/auth/session'
import { createBaseApp, type PipelineStep, requestPipeline, setRequestContext } from '@zhilian/bff/lib/create-app'
import { countedKeys } from '@zhilian/bff/lib/rate-limit/counters'
import { LIMITS } from '@zhilian/bff/lib/rate-limit/policies'
import { createLogger } from '@zhilian/bff/lib/logger'
import { keysFor } from '@zhilian/bff/lib/secrets'
import type { AppDeps } from '@zhilian/bff/lib/types'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import { BOOTH_SCAN, boothScanSql } from '@zhilian/bff/routes/checkin/booth-scan'
import { issueCheckinCode, verifyCheckinCode } from '@zhilian/bff/routes/checkin/checkin-code'
import checkin from '@zhilian/bff/routes/checkin/checkin.index'
import { DESK_SCAN, deskScanSql } from '@zhilian/bff/routes/checkin/desk-scan'
import { CHECKIN_ROLES } from '@zhilian/bff/routes/checkin/checkin.routes'
import { driverParams, type HotPools, hotSqlOnPool } from '@zhilian/db/hot-sql'
import { Hono } from 'hono'
import { answerInProcess, type Fetch, type Listener, listenersOf, prepareRequest, printWeighed, weighVariants } from './lib/in-process'
import { scanRow } from './lib/scan-rows'

const KIND = process.env.BENCH_SCAN === 'booth' ? 'booth' : 'desk'
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5_000)

const env = loadEnv({ NODE_ENV: 'test', RATE_LIMIT: 'on', TRUST_PROXY: 'true' })
const keys = keysFor(env).keys
const eventId = 'cmbenchscanevent000000001'
const userId = 'cmbenchscanuser0000000001'
const studentId = 'cmbenchscanstudent0000001'
const boothId = 'cmbenchscanbooth000000001'
const orgId = 'cmbenchscanorg00000000001'
const PATH = KIND === 'desk' ? `/api/events/${eventId}/checkins` : `/api/events/${eventId}/booths/mine/visits`
const token = await issueSessionToken(keys.session, { id: userId, role: KIND === 'desk' ? 'admin' : 'enterprise', tokenVersion: 0 })
// A code good for the whole run: each replayed scan finds it unclaimed, as each real scan finds its own.
const body = JSON.stringify({ code: issueCheckinCode(keys.checkin, eventId, studentId, Date.now() + 3_600_000).code })
const row = scanRow(KIND, { eventId, userId, studentId, boothId, orgId })

// A pool whose queries answer the scan's row as fresh objects, as the driver would; every other statement (the
// occasional counter sweep) answers nothing.
const replayPools = {
  pool: { query: async () => ({ rows: [] }) },
  prepared: { query: async (q: { name: string }) => ({ rows: q.name === DESK_SCAN || q.name === BOOTH_SCAN ? [row()] : [] }) },
} as unknown as HotPools
const hotSql = hotSqlOnPool(replayPools)
// The scan path makes no Prisma call (the claims' sweep runs on the hot driver, decision 086, and finds nothing here).
const prisma = {}
const deps: AppDeps = {
  db: { prisma: prisma as never, kind: 'postgres', url: 'postgresql://replay', hotSql, close: async () => {} },
  env,
  keys,
  wechat: createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE }),
  // The benchmark BFF's logger (lib/server.ts: NODE_ENV=test, LOG_LEVEL=silent), redaction and all.
  logger: createLogger({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
}

/** raw-checkin-server.ts's handler, on the replayed pool. */
const raw = new Hono().post(KIND === 'desk' ? '/api/events/:eventId/checkins' : '/api/events/:eventId/booths/mine/visits', async (c) => {
  const session = await readSessionToken(keys.session, c.req.header('authorization')!.slice('Bearer '.length))
  const { code } = await c.req.json<{ code: string }>()
  const eventId = c.req.param('eventId')
  const now = new Date()
  const { userId: student, nonce, expiresAt } = verifyCheckinCode(keys.checkin, code, eventId, now.getTime())
  const counted = countedKeys([[`ip:scan:${c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() ?? 'local'}`, LIMITS.scan.ip], [`user:scan:${session.sub}`, LIMITS.scan.user!]])
  const q = { userId: session.sub, tokenVersion: session.tv, roles: CHECKIN_ROLES, eventId, orgId: null, now, scan: { studentId: student, nonce, expiresAt }, counted }
  const [statement, name] = KIND === 'desk' ? [deskScanSql(q), DESK_SCAN] : [boothScanSql(q), BOOTH_SCAN]
  const { rows } = await replayPools.prepared.query({ name, text: statement.text, values: driverParams(statement.values) })
  return c.json(rows[0] ?? null)
})

const variants: { name: string; fetch: Fetch }[] = [
  { name: 'raw line (bare Hono, same statement)', fetch: raw.fetch },
  { name: 'the app (createApp)', fetch: createApp(deps).fetch },
]
/** Without `context` the handlers would find no database: its stand-in sets the variables and nothing else. */
const bareContext: PipelineStep['handler'] = (c, next) => {
  setRequestContext(c, deps, deps.logger)
  return next()
}
const pipeline = (skip?: string) => {
  const steps = requestPipeline(deps).map((step) => (step.name !== skip ? step : step.name === 'context' ? { ...step, handler: bareContext } : undefined))
  return createBaseApp(deps, steps.filter((step) => step !== undefined)).route('/api/events', checkin)
}
if (process.env.BENCH_STEPS !== '0') {
  variants.push({ name: 'pipeline + check-in routes only', fetch: pipeline().fetch })
  for (const step of requestPipeline(deps)) variants.push({ name: `  … without ${step.name}`, fetch: pipeline(step.name).fetch })
  // What the route itself costs (its OpenAPI gates and validators, requireToken, the handler): no pipeline at all.
  variants.push({ name: 'check-in routes, no pipeline', fetch: createBaseApp(deps, [{ name: 'context', handler: bareContext }]).route('/api/events', checkin).fetch })
}

const request = prepareRequest({
  method: 'POST',
  path: PATH,
  headers: [['Host', '127.0.0.1'], ['User-Agent', 'bench'], ['Accept', '*/*'], ['Content-Type', 'application/json'], ['Content-Length', String(Buffer.byteLength(body))], ['Authorization', `Bearer ${token}`], ['X-Forwarded-For', '10.1.2.3']],
  body,
})
const once = (listener: Listener, capture = false) => answerInProcess(listener, request, capture)

// BENCH_ONLY=createApp (say) keeps the variants whose name contains it, for a profile of one of them.
const only = process.env.BENCH_ONLY
const chosen = only ? variants.filter((v) => v.name.includes(only)) : variants
const listeners = listenersOf(chosen)
let appAnswer = ''
for (const v of listeners) {
  const { status, body: answer } = await once(v.listener, true)
  if (status !== 200) throw new Error(`${v.name} answered ${status}: ${answer}`)
  if (!v.name.startsWith('raw line')) {
    appAnswer ||= answer
    if (answer !== appAnswer) throw new Error(`${v.name} answered a different body: ${answer}`)
  }
}
console.log(`the app's answer: ${appAnswer}`)
const weighed = await weighVariants(listeners, once, { warmup: WARMUP, rounds: ROUNDS, requests: REQUESTS })
if (process.env.BENCH_HEAP_PROF) {
  const last = weighed.at(-1)!
  const session = new Session()
  session.connect()
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))))
  await post('HeapProfiler.enable')
  await post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
  for (let i = 0; i < REQUESTS; i++) await once(last.listener)
  const { profile } = await post('HeapProfiler.stopSampling') as { profile: unknown }
  writeFileSync(process.env.BENCH_HEAP_PROF, JSON.stringify(profile))
  console.log(`allocation profile of ${last.name} (${REQUESTS} requests): ${process.env.BENCH_HEAP_PROF}`)
}
printWeighed(`POST ${PATH.replace(eventId, ':id')} (${KIND})`, weighed, weighed.find((v) => v.name.startsWith('the app')) ?? weighed[0]!, ROUNDS, REQUESTS)
