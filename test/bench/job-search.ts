/**
 * Issue 3 and 13 benchmark: job search and job detail at province scale on PostgreSQL.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zl_bench npm run bench:jobs -w @zhilian/test
 *     BENCH_SECONDS=10 a measured run, BENCH_ROUNDS=3 alternating runs of endpoint and raw line, BENCH_WARMUP_SECONDS=10
 *     of unmeasured load before each server's first run, BENCH_CONNECTIONS=32
 *     BENCH_RATE_LIMIT=off  on: the production configuration (decision 093) — the BFF counts every search (RATE_LIMIT=on,
 *                           TRUST_PROXY=true), each request from the next of 1,024 addresses, and the raw line runs the
 *                           same counting statement(s) with each request's own address
 *     BENCH_DETAIL=1        0 skips the job detail's comparison
 *     BENCH_SEARCH=1        0 skips the search's comparison (the detail alone)
 *     BENCH_DETAIL_SIGNED_IN=0  1 adds the job detail signed in as a student (decision 114: session and job in one
 *                           statement); its raw line runs the same statement(s) and does not verify the token
 *
 * Every table is measured in this one run, load from autocannon's CLI in a process of its own, each server in a
 * process of its own, with the server's CPU per request read from /proc beside req/s and p99:
 *  - a bare Hono route returning a body of the search's size (the ceiling of any endpoint);
 *  - GET /api/jobs?q=数控 and GET /api/jobs/:id through the real BFF process;
 *  - the raw line: bare Hono + a raw `pg` pool running the SAME SQL statements the endpoint sent (captured from
 *    Prisma's query log for that request), and the ratio endpoint / raw line, the median of alternating rounds;
 *  - p95 of one student's top-20 job recommendations (GET /api/recommendations/jobs) over 200 students.
 * The database must hold the province-scale data (see ensureScaleDb); it is migrated first.
 */
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import pg from 'pg'
import { compareInRounds, loadFromCli } from './lib/autocannon-cli'
import { CAPTURE_ADDRESS, captureStatements } from './lib/capture-statements'
import { forkServer } from './lib/fork-server'
import { ensureScaleDb } from './lib/scale-db'
import { BENCH_KEYS, startBff } from './lib/server'
import { percentile, printTable } from './lib/stats'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
/** Endpoint and raw line run alternately this many times each; the ratios printed are the rounds' medians. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
/** Unmeasured load before each run: the BFF's code takes longer to reach optimised form than the raw line's few functions. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10)
/** The raw line's pool: node-postgres' default of 10, as @prisma/adapter-pg uses. */
const RAW_POOL = 10
const SEARCH = '/api/jobs?q=%E6%95%B0%E6%8E%A7&limit=20' // q=数控
const COUNTED = process.env.BENCH_RATE_LIMIT === 'on'
/** The counted runs' client addresses: ~1,200 searches a second over 1,024 addresses is ~70 a minute each, under the limit of 1,200. */
const ADDRESSES = 1024
const DETAILED = process.env.BENCH_DETAIL !== '0'
const SEARCHED = process.env.BENCH_SEARCH !== '0'
const SIGNED_IN = process.env.BENCH_DETAIL_SIGNED_IN === '1'

const counts = await ensureScaleDb(url, { jobs: 200_000, students: 500_000 })
console.log(`database: ${counts.jobs} jobs (${counts.openJobs} open), ${counts.students} students; ${CONNECTIONS} connections, ${SECONDS} s a run after ${WARMUP_SECONDS} s of warm-up`)

const search = await captureStatements(url, SEARCH, COUNTED)
const firstId = (JSON.parse(search.body) as { items: { id: string }[] }).items[0]?.id
if (!firstId) throw new Error('the search found nothing: is the scale data there?')
const DETAIL = `/api/jobs/${firstId}`
const detail = await captureStatements(url, DETAIL)
const pool = new pg.Pool({ connectionString: url, max: 2 })
const student = (await pool.query<{ id: string; tokenVersion: number }>(`SELECT "id", "tokenVersion" FROM "User" WHERE "role" = 'student' AND "deletedAt" IS NULL ORDER BY "id" LIMIT 1`)).rows[0]!
const signedIn = { authorization: `Bearer ${await issueSessionToken(BENCH_KEYS.session, { id: student.id, role: 'student', tokenVersion: student.tokenVersion })}` }
const detailSignedIn = await captureStatements(url, DETAIL, false, signedIn)
console.log(`one search = ${search.statements.length} SQL statement(s); one job detail = ${detail.statements.length}, signed in ${detailSignedIn.statements.length}`)
console.log(COUNTED
  ? `rate limit ON (decision 093): every search counted by address, BFF and raw line alike; each request from the next of ${ADDRESSES} addresses`
  : 'rate limit off in the BFF and the raw line (counting: BENCH_RATE_LIMIT=on)')

const bff = await startBff(url, COUNTED ? { RATE_LIMIT: 'on', TRUST_PROXY: 'true' } : {})
const bare = await forkServer(new URL('./lib/bare-hono.ts', import.meta.url), [JSON.stringify({ pad: 'x'.repeat(Math.max(0, Buffer.byteLength(search.body) - 10)) })])
const rawServer = (s: typeof search, counted = false) =>
  forkServer(new URL('./lib/raw-pg-server.ts', import.meta.url), [JSON.stringify(s.statements), url, String(RAW_POOL), ...(counted ? [CAPTURE_ADDRESS] : [])])
const rawSearch = await rawServer(search, COUNTED)
const rawDetail = await rawServer(detail)
const rawDetailSignedIn = await rawServer(detailSignedIn)
const load = { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS }
try {
  const bareRow = await loadFromCli('bare Hono route, same body size', `http://127.0.0.1:${bare.port}/bare`, bare.pid, load)
  printTable([bareRow])
  const compare = async (name: string, path: string, raw: typeof rawSearch, statements: number, counted = false, headers: Record<string, string> = {}) => {
    const c = await compareInRounds(
      { label: `${name} (BFF)`, url: bff.url + path, pid: bff.pid },
      { label: `raw line: bare Hono + raw pg, the same ${statements} statement(s)`, url: `http://127.0.0.1:${raw.port}/raw`, pid: raw.pid },
      { ...load, rounds: ROUNDS, headers, ...(counted ? { addresses: ADDRESSES } : {}) },
    )
    printTable(c.rounds.flatMap((r, i) => [{ ...r.endpoint, label: `${r.endpoint.label}, round ${i + 1}` }, { ...r.raw, label: `${r.raw.label}, round ${i + 1}` }]))
    const p99 = (pick: (r: (typeof c.rounds)[0]) => { p99: number }) => c.rounds.map((r) => pick(r).p99).join(' / ')
    console.log(`${name}: median of ${ROUNDS} alternating rounds, endpoint / raw line ${c.rpsRatio.toFixed(2)} (req/s), raw / endpoint CPU per request ${c.cpuRatio.toFixed(2)}; p99 ms BFF ${p99((r) => r.endpoint)}, raw ${p99((r) => r.raw)}`)
  }
  if (SEARCHED) await compare('GET /api/jobs?q=数控', SEARCH, rawSearch, search.statements.length, COUNTED)
  if (DETAILED) await compare('GET /api/jobs/:id', DETAIL, rawDetail, detail.statements.length)
  if (SIGNED_IN) await compare('GET /api/jobs/:id signed in (a student)', DETAIL, rawDetailSignedIn, detailSignedIn.statements.length, false, signedIn)

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
  for (const server of [bare, rawSearch, rawDetail, rawDetailSignedIn]) server.stop()
  await bff.stop()
}
