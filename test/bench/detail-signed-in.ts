/**
 * Decision 114: a signed-in job detail reads the caller's session inside the detail's statement. This compares, on the
 * hot driver and one database, in one process, the two ways of reading what the handler needs:
 *   - before 114: the session statement (`loadSessionUser`, as `requireAuth` sends it), then the detail's (`loadJobDetail`);
 *   - since 114: one statement (`loadJobDetailSignedIn`).
 * Per way: this process's CPU µs per request (the statements' sending, parsing and row checks), the PostgreSQL backends'
 * (read from /proc), and the wall p50/p99 at 8 requests in flight; 3 alternating rounds after two of warm-up, medians.
 *
 *   npm run bench:detail-signed-in -w @zhilian/test    (BENCH_DATABASE_URL, default zl_bench; BENCH_DETAILS=3000 a round)
 * It needs an open job and a student; it only reads.
 */
import { loadSessionUser } from '@zhilian/bff/lib/auth/index'
import { loadJobDetail, loadJobDetailSignedIn } from '@zhilian/bff/routes/jobs/jobs.detail'
import { Prisma } from '@zhilian/db'
import { hotPools, hotSqlOnPool } from '@zhilian/db/hot-sql'
import { loadavg } from 'node:os'
import { backendCpu, backendCpuSince } from './lib/cpu'
import { percentile } from './lib/stats'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const database = new URL(url).pathname.slice(1)
const N = Number(process.env.BENCH_DETAILS ?? 3000)
const IN_FLIGHT = 8
const pools = hotPools({ connectionString: url, max: 10 })
const sql = hotSqlOnPool(pools)

const [job] = (await sql(Prisma.sql`SELECT "id" FROM "Job" WHERE "status" = 'open' ORDER BY "publishedAt" DESC, "id" DESC LIMIT 1`)) as { id: string }[]
const [student] = (await sql(Prisma.sql`SELECT "id" FROM "User" WHERE "role" = 'student' AND "deletedAt" IS NULL ORDER BY "id" LIMIT 1`)) as { id: string }[]
if (!job || !student) throw new Error(`no open job or no student in ${url}: run it on a seeded database`)

type Way = () => Promise<void>
const before: Way = async () => {
  const { user } = await loadSessionUser(sql, student.id)
  const detail = await loadJobDetail(sql, job.id)
  if (!user || !detail) throw new Error('user or job gone')
}
const since: Way = async () => {
  const { session, job: detail } = await loadJobDetailSignedIn(sql, job.id, student.id)
  if (!session || !detail) throw new Error('user or job gone')
}

async function round(way: Way) {
  const pg0 = backendCpu(database)
  const c0 = process.cpuUsage()
  const wall: number[] = []
  let next = 0
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next++ < N) {
      const t = performance.now()
      await way()
      wall.push(performance.now() - t)
    }
  }))
  const c = process.cpuUsage(c0)
  wall.sort((a, b) => a - b)
  return { node: (c.user + c.system) / N, pg: backendCpuSince(database, pg0) / N, p50: percentile(wall, 50), p99: percentile(wall, 99) }
}

const load0 = loadavg()[0]!.toFixed(1)
for (const way of [before, since, before, since]) await round(way) // warm-up: connections, prepared statements, JIT
const results: Record<'before' | 'since', Awaited<ReturnType<typeof round>>[]> = { before: [], since: [] }
for (let r = 0; r < 3; r++) {
  results.before.push(await round(before))
  results.since.push(await round(since))
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!
console.log(`${N} signed-in job details a round, ${IN_FLIGHT} in flight, 3 alternating rounds (median; all rounds in brackets); load average ${load0} → ${loadavg()[0]!.toFixed(1)}`)
console.log('| way | Node CPU µs/req | PostgreSQL CPU µs/req | wall p50 ms | wall p99 ms |')
console.log('| --- | --- | --- | --- | --- |')
for (const [name, rs] of Object.entries(results)) {
  const col = (k: 'node' | 'pg' | 'p50' | 'p99', digits: number) => `${median(rs.map((r) => r[k])).toFixed(digits)} (${rs.map((r) => r[k].toFixed(digits)).join(' / ')})`
  console.log(`| ${name === 'before' ? 'session statement, then the detail (before 114)' : 'one statement (114)'} | ${col('node', 0)} | ${col('pg', 0)} | ${col('p50', 2)} | ${col('p99', 2)} |`)
}
const ratio = (k: 'node' | 'pg' | 'p50') => (median(results.since.map((r) => r[k])) / median(results.before.map((r) => r[k]))).toFixed(2)
console.log(`since / before: Node CPU ${ratio('node')}, PostgreSQL CPU ${ratio('pg')}, wall p50 ${ratio('p50')}`)
await Promise.all([pools.pool.end(), pools.prepared.end()])
