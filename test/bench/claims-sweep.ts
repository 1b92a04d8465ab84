/**
 * Decision 086: CPU of the check-in claims' sweep (one scan in a hundred runs it, claim-code.ts), the same DELETE through
 * Prisma's `deleteMany` (the path before) and on the hot driver (`sweepClaims`, the path now); 3 alternating rounds in one
 * process, after a warm-up round of each.
 *
 *   npm run bench:claims-sweep -w @zhilian/test
 *     BENCH_SWEEP_DATABASE_URL  default postgresql://postgres@127.0.0.1:5432/zl_bench_sweep (created and reset here)
 *     BENCH_SWEEPS=400          sweeps per round and path
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { sweepClaims } from '@zhilian/bff/routes/checkin/claim-code'
import { PrismaClient } from '@zhilian/db'
import { hotPools, hotSqlOnPool } from '@zhilian/db/hot-sql'
import { freshDatabase } from './lib/fresh-db'

const url = process.env.BENCH_SWEEP_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench_sweep'
const N = Number(process.env.BENCH_SWEEPS ?? 400)
await freshDatabase(url)
const pools = hotPools({ connectionString: url, max: 4 })
const prisma = new PrismaClient({ adapter: new PrismaPg(pools.pool) })
const hot = hotSqlOnPool(pools)
const viaPrisma = async () => { await prisma.checkinCodeUse.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 60_000) } } }) }
const viaHot = () => sweepClaims(hot)
const run = async (f: () => Promise<void>) => {
  const t = process.cpuUsage()
  for (let i = 0; i < N; i++) await f()
  const d = process.cpuUsage(t)
  return (d.user + d.system) / N
}
for (const f of [viaPrisma, viaHot]) await run(f)
const rows: [string, number[]][] = [['Prisma deleteMany', []], ['hot driver (sweepClaims)', []]]
for (let r = 0; r < 3; r++) { rows[0]![1].push(await run(viaPrisma)); rows[1]![1].push(await run(viaHot)) }
for (const [name, xs] of rows) console.log(`${name}: ${xs.map((x) => x.toFixed(0)).join(' / ')} µs CPU per sweep (this process)`)
await prisma.$disconnect()
await Promise.all([pools.pool.end(), pools.prepared.end()])
