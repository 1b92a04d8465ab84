/**
 * Decision 077: CPU per rate-limit count, the same upsert through Prisma's `$queryRaw` (the path before) and through the
 * counters module on the hot driver, prepared once per connection (the path now); 3 alternating rounds in one process.
 *
 *   npm run bench:rate-count -w @zhilian/test      (BENCH_DATABASE_URL, default zl_bench; BENCH_COUNTS=3000 a round)
 * It writes keys `bench-count:*` into RateLimitCounter and deletes them at the end.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@zhilian/db'
import { hotPools, hotSqlOnPool } from '@zhilian/db/hot-sql'
import { countHit } from '@zhilian/bff/lib/rate-limit/counters'
const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const pools = hotPools({ connectionString: url, max: 4 })
const prisma = new PrismaClient({ adapter: new PrismaPg(pools.pool) })
const hot = hotSqlOnPool(pools)
const N = Number(process.env.BENCH_COUNTS ?? 3000), C = 8
const viaPrisma = async (key: string) => {
  const start = new Date(Math.floor(Date.now() / 60000) * 60000)
  await prisma.$queryRaw`INSERT INTO "RateLimitCounter" ("key", "windowStart", "count", "expiresAt") VALUES (${key}, ${start}, 1, ${new Date(start.getTime() + 60000)})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1 RETURNING "count"`
}
const viaHot = async (key: string) => { await countHit(hot, key, 60) }
const run = async (f: (k: string) => Promise<void>) => {
  let left = N
  const t = process.cpuUsage()
  await Promise.all(Array.from({ length: C }, async (_, i) => { while (left-- > 0) await f(`bench-count:${i}:${left % 50}`) }))
  const d = process.cpuUsage(t); return (d.user + d.system) / N
}
for (const f of [viaPrisma, viaHot]) await run(f) // warm-up
const rows: [string, number[]][] = [['Prisma $queryRaw', []], ['hot driver, prepared', []]]
for (let r = 0; r < 3; r++) { rows[0]![1].push(await run(viaPrisma)); rows[1]![1].push(await run(viaHot)) }
for (const [name, xs] of rows) console.log(`${name}: ${xs.map((x) => x.toFixed(0)).join(' / ')} µs CPU per count (this process)`)
await hot(({ text: `DELETE FROM "RateLimitCounter" WHERE "key" LIKE 'bench-count:%'`, values: [] }) as never)
await prisma.$disconnect(); await Promise.all([pools.pool.end(), pools.prepared.end()])
