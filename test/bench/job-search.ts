/**
 * Issue 3 benchmark: job search at province scale on PostgreSQL.
 *
 *   npm run bench:jobs -w @zhilian/test            (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/zl_bench)
 *
 * Prints, all measured in this one run:
 *  - GET /api/jobs?q=数控 through the real BFF process at 32 connections (autocannon): req/s, p50, p99;
 *  - the SAME SQL statements (captured from Prisma's query log for that request) replayed through the
 *    raw `pg` driver at 32 concurrent callers, and the ratio endpoint / raw driver;
 *  - a bare Hono route returning a body of the same size, and the ratio endpoint / bare route;
 *  - p95 of one student's top-20 job recommendations (GET /api/recommendations/jobs) over 200 students.
 * The database must hold the province-scale data (see ensureScaleDb).
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@zhilian/db'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { searchNewest } from '@zhilian/bff/routes/jobs/jobs.search'
import { JobListQuerySchema } from '@zhilian/shared/contracts/jobs'
import pg from 'pg'
import { ensureScaleDb } from './lib/scale-db'
import { httpLoad } from './lib/http-load'
import { BENCH_KEYS, startBff } from './lib/server'
import { closedLoop, percentile, printTable } from './lib/stats'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const CONNECTIONS = 32
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
const SEARCH = '/api/jobs?q=%E6%95%B0%E6%8E%A7&limit=20' // q=数控

const counts = await ensureScaleDb(url, { jobs: 200_000, students: 500_000 })
console.log(`database: ${counts.jobs} jobs (${counts.openJobs} open), ${counts.students} students`)

// 1. Capture the SQL Prisma sends for this search, to replay it through the raw driver.
const captured: { query: string; params: unknown[] }[] = []
const logged = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] })
logged.$on('query', (e) => captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }))
const query = JobListQuerySchema.parse({ q: '数控', limit: 20 })
const sample = await searchNewest(logged, query)
await logged.$disconnect()
if (!sample.items.length) throw new Error('the search found nothing: is the scale data there?')
const statements = captured.filter((c) => /^\s*SELECT/i.test(c.query))
console.log(`one search = ${statements.length} SQL statement(s), ${sample.items.length} jobs on the first page`)

// 2. The real BFF process.
const bff = await startBff(url)
const bodyBytes = Buffer.byteLength(await (await fetch(bff.url + SEARCH)).text())

// 3. A bare Hono route returning a body of the same size.
const bareBody = JSON.stringify({ pad: 'x'.repeat(Math.max(0, bodyBytes - 10)) })
const bare = fork(fileURLToPath(new URL('./lib/bare-hono.ts', import.meta.url)), [bareBody], { execArgv: ['--import', 'tsx'] })
const barePort = await new Promise<number>((resolve) => bare.once('message', (m) => resolve((m as { port: number }).port)))

const pool = new pg.Pool({ connectionString: url, max: 10 }) // node-postgres' default, as @prisma/adapter-pg uses
try {
  const results = [
    await httpLoad('bare Hono route, same body size', `http://127.0.0.1:${barePort}/bare`, { connections: CONNECTIONS, seconds: SECONDS }),
    await httpLoad('GET /api/jobs?q=数控 (BFF + Prisma)', bff.url + SEARCH, { connections: CONNECTIONS, seconds: SECONDS }),
    await closedLoop('same SQL via raw pg driver', CONNECTIONS, SECONDS * 1000, async () => {
      for (const s of statements) await pool.query(s.query, s.params)
    }),
  ]
  printTable(results)
  const [bareR, api, raw] = results as [typeof results[0], typeof results[0], typeof results[0]]
  console.log(`ratio endpoint / raw driver (req/s): ${(api.rps / raw.rps).toFixed(2)}`)
  console.log(`ratio endpoint / bare Hono route (req/s): ${(api.rps / bareR.rps).toFixed(3)}`)

  // 4. Recommendations: p95 for one student's top 20, sequential, 200 students with profiles.
  const { rows } = await pool.query<{ id: string; tokenVersion: number }>(
    `SELECT u.id, u."tokenVersion" FROM "User" u JOIN "StudentProfile" p ON p."userId" = u.id
     WHERE u.role = 'student' AND p."majorCode" IS NOT NULL ORDER BY u.id LIMIT 200`,
  )
  const times: number[] = []
  for (const u of rows) {
    const token = await issueSessionToken(BENCH_KEYS.session, { id: u.id, role: 'student', tokenVersion: u.tokenVersion })
    const t = performance.now()
    const res = await fetch(`${bff.url}/api/recommendations/jobs?limit=20`, { headers: { authorization: `Bearer ${token}` } })
    if (!res.ok) throw new Error(`recommendations answered ${res.status}: ${await res.text()}`)
    await res.arrayBuffer()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(`recommendations (top 20, ${times.length} students): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`)
} finally {
  await pool.end()
  bare.kill()
  await bff.stop()
}
