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
import { Duplex } from 'node:stream'
import { IncomingMessage, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
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
import { weigh } from './lib/alloc'

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

type Fetch = (req: Request) => Response | Promise<Response>
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

/** A socket that swallows what is written: the adapter and node:http do all their work, nothing leaves the process. */
const sink = () => new Duplex({ read() {}, write(_chunk, _enc, done) { done() } })

async function once(listener: ReturnType<typeof getRequestListener>, capture = false): Promise<string> {
  const socket = sink()
  const req = new IncomingMessage(socket as never)
  req.method = 'GET'
  req.url = PATH
  req.headers = { host: '127.0.0.1', 'user-agent': 'bench', accept: '*/*' }
  req.rawHeaders = ['Host', '127.0.0.1', 'User-Agent', 'bench', 'Accept', '*/*']
  req.push(null)
  const res = new ServerResponse(req)
  res.assignSocket(socket as never)
  let body = ''
  if (capture) {
    const write = res.write.bind(res)
    const end = res.end.bind(res)
    res.write = ((chunk: unknown, ...rest: never[]) => { body += String(chunk); return write(chunk as never, ...rest) }) as typeof res.write
    res.end = ((chunk?: unknown, ...rest: never[]) => { if (chunk && typeof chunk !== 'function') body += String(chunk); return end(chunk as never, ...rest) }) as typeof res.end
  }
  const finished = new Promise((resolve) => res.once('finish', resolve))
  await listener(req, res)
  await finished
  if (res.statusCode !== 200) throw new Error(`answered ${res.statusCode}: ${body}`)
  return body
}

const listeners = variants.map((v) => ({ ...v, listener: getRequestListener(v.fetch), samples: [] as number[] }))
for (const v of listeners.slice(1)) {
  const body = await once(v.listener, true)
  if (body !== expected) throw new Error(`${v.name} answered a different body`)
}
for (const v of listeners) for (let i = 0; i < WARMUP; i++) await once(v.listener) // warm-up: optimised code on every side

const cpu = () => { const u = process.cpuUsage(); return u.user + u.system }
for (let round = 0; round < ROUNDS; round++) {
  for (const v of listeners) {
    const start = cpu()
    for (let i = 0; i < REQUESTS; i++) await once(v.listener)
    v.samples.push((cpu() - start) / REQUESTS)
  }
}
const allocated = new Map<string, number>()
for (const v of listeners) allocated.set(v.name, (await weigh(REQUESTS, () => once(v.listener))).kib)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const app = median(listeners[1]!.samples)
console.log(`GET ${PATH}: CPU µs per request (all threads), median of ${ROUNDS} rounds × ${REQUESTS}; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`)
console.log('| variant | µs/request | rounds | app − variant | KiB allocated/request |')
console.log('| --- | --- | --- | --- | --- |')
for (const v of listeners) {
  const m = median(v.samples)
  console.log(`| ${v.name} | ${m.toFixed(1)} | ${v.samples.map((s) => s.toFixed(0)).join(' ')} | ${(app - m).toFixed(1)} | ${allocated.get(v.name)!.toFixed(1)} |`)
}
await prisma.$disconnect()
await Promise.all([pools.pool.end(), pools.prepared.end()])
