/**
 * Decision 105: a signed-in write or search counts its user inside the session statement. This compares, on the hot
 * driver and one database, the two ways of doing what `requireAuth` does before a counted handler:
 *   - before 105: the session statement, then the user's count as a statement of its own (`countHit`), two round trips;
 *   - since 105: one statement (`loadSessionUser(sql, id, counted)`, prepared as `session-user-counted`).
 * Per way: this process's CPU µs per request, PostgreSQL's (the backends' CPU read from /proc, net of nothing else
 * running on the database), and the wall p50/p99 at 8 requests in flight; 3 alternating rounds, median printed.
 *
 *   npm run bench:session-count -w @zhilian/test    (BENCH_DATABASE_URL, default zl_bench; BENCH_SESSIONS=3000 a round)
 * It needs any user row; it counts keys `bench-session:*` in RateLimitCounter and deletes them at the end.
 */
import { loadSessionUser } from '@zhilian/bff/lib/auth/index'
import { countedKeys, countHit } from '@zhilian/bff/lib/rate-limit/counters'
import { hotPools, hotSqlOnPool } from '@zhilian/db/hot-sql'
import { Prisma } from '@zhilian/db'
import { readFileSync } from 'node:fs'
import { percentile } from './lib/stats'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const N = Number(process.env.BENCH_SESSIONS ?? 3000)
const IN_FLIGHT = 8
const pools = hotPools({ connectionString: url, max: 10 })
const sql = hotSqlOnPool(pools)
const WINDOW = { limit: 1_000_000, windowSeconds: 60 }

const [user] = (await sql(Prisma.sql`SELECT "id" FROM "User" WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 1`)) as { id: string }[]
if (!user) throw new Error(`no user in ${url}: run it on a seeded database (zl_bench, or any with the demo seed)`)

// What the database's backends spent: their pids come from pg_stat_activity, their CPU from /proc (same machine).
const backendPids = async () => ((await sql(Prisma.sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)) as { pid: number }[]).map((r) => r.pid)
const TICKS = 100
const cpuOfPids = (pids: number[]) => pids.reduce((sum, pid) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return sum + (Number(f[11]) + Number(f[12])) / TICKS
  } catch { return sum }
}, 0)

type Way = (i: number) => Promise<void>
const before: Way = async (i) => {
  const { user: row } = await loadSessionUser(sql, user.id)
  if (!row) throw new Error('user gone')
  await countHit(sql, `bench-session:${i % 50}`, WINDOW.windowSeconds)
}
const since: Way = async (i) => {
  const { user: row, limited } = await loadSessionUser(sql, user.id, countedKeys([[`bench-session:${i % 50}`, WINDOW]]))
  if (!row || limited.length) throw new Error('user gone or limited')
}

async function round(way: Way) {
  const pids = await backendPids()
  const pg0 = cpuOfPids(pids)
  const c0 = process.cpuUsage()
  const wall: number[] = []
  let next = 0
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < N) {
      const i = next++
      const t = performance.now()
      await way(i)
      wall.push(performance.now() - t)
    }
  }))
  const c = process.cpuUsage(c0)
  wall.sort((a, b) => a - b)
  return { node: (c.user + c.system) / N, pg: ((cpuOfPids(pids) - pg0) * 1e6) / N, p50: percentile(wall, 50), p99: percentile(wall, 99) }
}

for (const way of [before, since, before, since]) await round(way) // warm-up: connections, prepared statements
const results: Record<string, Awaited<ReturnType<typeof round>>[]> = { before: [], since: [] }
for (let r = 0; r < 3; r++) {
  results.before!.push(await round(before))
  results.since!.push(await round(since))
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!
console.log(`${N} signed-in counted requests a round, ${IN_FLIGHT} in flight, 3 alternating rounds (median; all rounds in brackets)`)
console.log('| way | Node CPU µs/req | PostgreSQL CPU µs/req | wall p50 ms | wall p99 ms |')
console.log('| --- | --- | --- | --- | --- |')
for (const [name, rs] of Object.entries(results)) {
  const col = (k: 'node' | 'pg' | 'p50' | 'p99', digits: number) => `${median(rs.map((r) => r[k])).toFixed(digits)} (${rs.map((r) => r[k].toFixed(digits)).join(' / ')})`
  console.log(`| ${name === 'before' ? 'session, then count (before 105)' : 'one counted session statement (105)'} | ${col('node', 0)} | ${col('pg', 0)} | ${col('p50', 2)} | ${col('p99', 2)} |`)
}
const ratio = (k: 'node' | 'pg' | 'p50') => (median(results.since!.map((r) => r[k])) / median(results.before!.map((r) => r[k]))).toFixed(2)
console.log(`since / before: Node CPU ${ratio('node')}, PostgreSQL CPU ${ratio('pg')}, wall p50 ${ratio('p50')}`)
await sql(Prisma.sql`DELETE FROM "RateLimitCounter" WHERE "key" LIKE 'bench-session:%'`)
await Promise.all([pools.pool.end(), pools.prepared.end()])
