/**
 * Where a job detail's BFF CPU goes besides its statement (decision 054). The detail's rows are read once from the
 * database and replayed, so no socket to PostgreSQL and no row parsing is measured: what is left is the app itself.
 * Each variant answers GET /api/jobs/:id through @hono/node-server's request listener on an in-memory socket (the
 * adapter's header and body handling included, as over HTTP), one request after another, and is weighed by this
 * process's CPU time (all threads, so V8's garbage-collection helpers count too) per request, in alternating rounds:
 *  - bare Hono answering the rows as JSON (what the raw line does with the same rows);
 *  - the real app (createApp), and the base pipeline plus the jobs routes with each middleware step left out in turn.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zl_bench npm run bench:overhead -w @zhilian/test
 *     BENCH_REQUESTS=20000 per variant and round, BENCH_ROUNDS=5, BENCH_STEPS=0 (bare Hono and the app only)
 * Prints the median µs per request of each variant and its difference from the real app, and the KiB each allocates
 * per request (lib/alloc.ts, one more pass of BENCH_REQUESTS; decision 081).
 */
import { createApp } from '@zhilian/bff/app'
import { loadEnv } from '@zhilian/bff/env'
import { createBaseApp, type PipelineStep, requestPipeline, setRequestContext } from '@zhilian/bff/lib/create-app'
import { keysFor } from '@zhilian/bff/lib/secrets'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import jobs from '@zhilian/bff/routes/jobs/jobs.index'
import { PrismaClient } from '@zhilian/db'
import { type HotSql, hotPools, hotSqlOnPool } from '@zhilian/db/hot-sql'
import { PrismaPg } from '@prisma/adapter-pg'
import { Hono } from 'hono'
import pino from 'pino'
import { answerInProcess, type Fetch, type Listener, listenersOf, prepareRequest, printWeighed, weighVariants } from './lib/in-process'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5_000)

// The rows one detail reads, captured from the real statement once.
const pools = hotPools({ connectionString: url, max: 2 })
const { rows: [newest] } = await pools.pool.query<{ id: string }>(`SELECT "id" FROM "Job" WHERE "status" = 'open' ORDER BY "publishedAt" DESC, "id" DESC LIMIT 1`)
if (!newest) throw new Error('no open job: is the scale data there?')
const PATH = `/api/jobs/${newest.id}`
let captured: unknown[] = []
const live = hotSqlOnPool(pools)
const prisma = new PrismaClient({ adapter: new PrismaPg(pools.pool) })
const env = loadEnv({ NODE_ENV: 'test', RATE_LIMIT: 'off' })
const deps = (hotSql: HotSql) => ({
  db: { prisma, kind: 'postgres' as const, url, hotSql, close: async () => {} },
  env,
  keys: keysFor(env).keys,
  wechat: createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE }),
  logger: pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' }),
})
const capture = createApp(deps(async (q) => (captured = await live(q))))
const expected = await (await capture.request(PATH)).text()
// Each replay hands out fresh objects, as the driver would (the handler must not rely on sharing them).
const rowsJson = JSON.stringify(captured)
const replay = async () => JSON.parse(rowsJson, (_k, v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(v) ? new Date(v) : v)) as unknown[]

const variants: { name: string; fetch: Fetch }[] = []
variants.push({ name: 'bare Hono, rows as JSON', fetch: new Hono().get('/api/jobs/:id', async (c) => c.json(await replay())).fetch })
variants.push({ name: 'the app (createApp)', fetch: createApp(deps(replay)).fetch })
/** Without `context` the handlers would find no database: its stand-in sets the variables and nothing else (no logger child, no log line). */
const bareContext = (d: ReturnType<typeof deps>): PipelineStep['handler'] => (c, next) => {
  setRequestContext(c, d, d.logger)
  return next()
}
const pipeline = (skip?: string) => {
  const d = deps(replay)
  const steps = requestPipeline(d).map((step) => (step.name !== skip ? step : step.name === 'context' ? { ...step, handler: bareContext(d) } : undefined))
  return createBaseApp(d, steps.filter((step) => step !== undefined)).route('/api/jobs', jobs)
}
if (process.env.BENCH_STEPS !== '0') {
  variants.push({ name: 'pipeline + jobs routes only', fetch: pipeline().fetch })
  for (const step of requestPipeline(deps(replay))) variants.push({ name: `  … without ${step.name}`, fetch: pipeline(step.name).fetch })
}

const request = prepareRequest({ method: 'GET', path: PATH, headers: [['Host', '127.0.0.1'], ['User-Agent', 'bench'], ['Accept', '*/*']] })
async function once(listener: Listener, capture = false): Promise<string> {
  const { status, body } = await answerInProcess(listener, request, capture)
  if (status !== 200) throw new Error(`answered ${status}: ${body}`)
  return body
}

const listeners = listenersOf(variants)
for (const v of listeners.slice(1)) {
  const body = await once(v.listener, true)
  if (body !== expected) throw new Error(`${v.name} answered a different body`)
}
const weighed = await weighVariants(listeners, once, { warmup: WARMUP, rounds: ROUNDS, requests: REQUESTS })
printWeighed(`GET ${PATH}`, weighed, weighed[1]!, ROUNDS, REQUESTS)
await prisma.$disconnect()
await Promise.all([pools.pool.end(), pools.prepared.end()])
