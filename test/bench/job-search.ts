/**
 * Issue 3 and 13 benchmark: job search and job detail at province scale on PostgreSQL.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zl_bench npm run bench:jobs -w @zhilian/test
 *     BENCH_SECONDS=10 a measured run, BENCH_WARMUP_SECONDS=10 of unmeasured load before each, BENCH_CONNECTIONS=32
 *
 * Every table is measured in this one run, load from autocannon's CLI in a process of its own, each server in a
 * process of its own, with the server's CPU per request read from /proc beside req/s and p99:
 *  - a bare Hono route returning a body of the search's size (the ceiling of any endpoint);
 *  - GET /api/jobs?q=数控 and GET /api/jobs/:id through the real BFF process;
 *  - the raw line: bare Hono + a raw `pg` pool running the SAME SQL statements the endpoint sent (captured from
 *    Prisma's query log for that request), and the ratio endpoint / raw line;
 *  - p95 of one student's top-20 job recommendations (GET /api/recommendations/jobs) over 200 students.
 * The database must hold the province-scale data (see ensureScaleDb); it is migrated first.
 */
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import pg from 'pg'
import { loadFromCli } from './lib/autocannon-cli'
import { captureStatements } from './lib/capture-statements'
import { forkServer } from './lib/fork-server'
import { ensureScaleDb } from './lib/scale-db'
import { BENCH_KEYS, startBff } from './lib/server'
import { percentile, printTable } from './lib/stats'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
/** Unmeasured load before each run: the BFF's code takes longer to reach optimised form than the raw line's few functions. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10)
/** The raw line's pool: node-postgres' default of 10, as @prisma/adapter-pg uses. */
const RAW_POOL = 10
const SEARCH = '/api/jobs?q=%E6%95%B0%E6%8E%A7&limit=20' // q=数控

const counts = await ensureScaleDb(url, { jobs: 200_000, students: 500_000 })
console.log(`database: ${counts.jobs} jobs (${counts.openJobs} open), ${counts.students} students; ${CONNECTIONS} connections, ${SECONDS} s a run after ${WARMUP_SECONDS} s of warm-up`)

const search = await captureStatements(url, SEARCH)
const firstId = (JSON.parse(search.body) as { items: { id: string }[] }).items[0]?.id
if (!firstId) throw new Error('the search found nothing: is the scale data there?')
const DETAIL = `/api/jobs/${firstId}`
const detail = await captureStatements(url, DETAIL)
console.log(`one search = ${search.statements.length} SQL statement(s); one job detail = ${detail.statements.length}`)

const bff = await startBff(url)
const bare = await forkServer(new URL('./lib/bare-hono.ts', import.meta.url), [JSON.stringify({ pad: 'x'.repeat(Math.max(0, Buffer.byteLength(search.body) - 10)) })])
const rawServer = (s: typeof search) => forkServer(new URL('./lib/raw-pg-server.ts', import.meta.url), [JSON.stringify(s.statements), url, String(RAW_POOL)])
const rawSearch = await rawServer(search)
const rawDetail = await rawServer(detail)
const pool = new pg.Pool({ connectionString: url, max: 2 })
const load = { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS }
try {
  const searchRows = [
    await loadFromCli('bare Hono route, same body size', `http://127.0.0.1:${bare.port}/bare`, bare.pid, load),
    await loadFromCli('GET /api/jobs?q=数控 (BFF)', bff.url + SEARCH, bff.pid, load),
    await loadFromCli(`raw line: bare Hono + raw pg, the same ${search.statements.length} statement(s)`, `http://127.0.0.1:${rawSearch.port}/raw`, rawSearch.pid, load),
  ]
  printTable(searchRows)
  const [, api, raw] = searchRows as [typeof searchRows[0], typeof searchRows[0], typeof searchRows[0]]
  console.log(`search: endpoint / raw line ${(api.rps / raw.rps).toFixed(2)} (req/s), raw / endpoint CPU per request ${(raw.cpuUsPerRequest! / api.cpuUsPerRequest!).toFixed(2)}`)

  const detailRows = [
    await loadFromCli('GET /api/jobs/:id (BFF)', bff.url + DETAIL, bff.pid, load),
    await loadFromCli(`raw line: bare Hono + raw pg, the same ${detail.statements.length} statement(s)`, `http://127.0.0.1:${rawDetail.port}/raw`, rawDetail.pid, load),
  ]
  printTable(detailRows)
  const [apiD, rawD] = detailRows as [typeof detailRows[0], typeof detailRows[0]]
  console.log(`detail: endpoint / raw line ${(apiD.rps / rawD.rps).toFixed(2)} (req/s), raw / endpoint CPU per request ${(rawD.cpuUsPerRequest! / apiD.cpuUsPerRequest!).toFixed(2)}`)

  // Recommendations: p95 for one student's top 20, sequential, 200 students with profiles (BENCH_RECOMMENDATIONS=0 skips it).
  if (process.env.BENCH_RECOMMENDATIONS !== '0') {
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
  }
} finally {
  await pool.end()
  for (const server of [bare, rawSearch, rawDetail]) server.stop()
  await bff.stop()
}
