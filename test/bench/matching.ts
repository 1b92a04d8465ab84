/**
 * Issue 6 benchmark: explainable supply matching at province scale on PostgreSQL.
 *
 *   npm run bench:matching -w @zhilian/test      (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/zl_bench)
 *
 * Prints, measured in this one run:
 *  - one enterprise job's top-10 supply matches through the real BFF (GET /api/matching/jobs/:id/supply?limit=10)
 *    over 100 jobs, sequential, twice (first meeting, then warm): wall p50 and p95, the BFF's CPU per request (/proc);
 *  - a full re-match of one chain: every open job of 高端装备 (SD-C02) ranked against all supply rows of the
 *    majors it could use, in-process through the same functions the endpoint uses: total time and per-job mean;
 *  - student job recommendations (top 20) for 200 students, before and now (decision 030): wall and CPU p50/p95,
 *    SQL statements per request, same-list check, load average (lib/recommend-runs.ts).
 * BENCH_REMATCH=0 skips the chain re-match.
 */
import { loadavg } from 'node:os'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@zhilian/db'
import { SerialClient } from '@zhilian/db/serial-client'
import { loadContext } from '@zhilian/bff/analytics/context'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { JOB_SELECT, matchableJob, rankForJob, supplyRowsFor } from '@zhilian/bff/routes/matching/supply'
import { benchRecommendations } from './lib/recommend-runs'
import { ensureScaleDb } from './lib/scale-db'
import { BENCH_KEYS, startBff } from './lib/server'
import { cpuMicros } from './lib/cpu'
import { percentile } from './lib/stats'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const CHAIN = 'SD-C02'
const counts = await ensureScaleDb(url, { jobs: 200_000, students: 500_000 })
console.log(`database: ${counts.jobs} jobs (${counts.openJobs} open), ${counts.students} students`)

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, Client: SerialClient }) })
const bff = await startBff(url)
try {
  const admin = await prisma.user.findFirstOrThrow({ where: { role: 'admin' }, select: { id: true, tokenVersion: true } })
  const token = await issueSessionToken(BENCH_KEYS.session, { id: admin.id, role: 'admin', tokenVersion: admin.tokenVersion })
  const sample = await prisma.job.findMany({ where: { status: 'open', chainId: { not: null } }, select: { id: true }, orderBy: { id: 'asc' }, take: 100 })
  // Twice over the same jobs: the first pass meets each job's text (and the process's caches) for the first time,
  // the second is a warm process. The BFF's CPU per request comes from /proc (steadier than wall time under load).
  for (const pass of ['first pass', 'same jobs again']) {
    const times: number[] = []
    let returned = 0
    const cpu0 = cpuMicros(bff.pid)
    for (const { id } of sample) {
      const t = performance.now()
      const res = await fetch(`${bff.url}/api/matching/jobs/${id}/supply?limit=10`, { headers: { authorization: `Bearer ${token}` } })
      if (!res.ok) throw new Error(`matching answered ${res.status}: ${await res.text()}`)
      const body = (await res.json()) as { items: unknown[] }
      times.push(performance.now() - t)
      returned += body.items.length
    }
    const cpuMs = (cpuMicros(bff.pid) - cpu0) / 1000 / times.length
    times.sort((a, b) => a - b)
    console.log(`one job's top-10 supply matches through the BFF, ${pass} (${times.length} jobs, ${(returned / times.length).toFixed(1)} matches each): wall p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms; BFF CPU ${cpuMs.toFixed(1)} ms per request (mean); load average ${loadavg()[0]!.toFixed(1)}`)
  }

  // BENCH_REMATCH=0 leaves it out (minutes on a loaded machine).
  if (process.env.BENCH_REMATCH !== '0') {
    const t0 = performance.now()
    const rows = await prisma.job.findMany({
      where: { status: 'open', chainId: CHAIN },
      select: JOB_SELECT,
    })
    const jobs = rows.map(matchableJob)
    const ctx = await loadContext(prisma, [CHAIN])
    const supply = await supplyRowsFor(prisma, jobs, ctx)
    const t1 = performance.now()
    let ranked = 0
    for (const job of jobs) ranked += rankForJob(job, supply, ctx, 10).items.length
    const t2 = performance.now()
    console.log(`full re-match of chain ${CHAIN}: ${jobs.length} open jobs × ${supply.length} supply rows → ${ranked} top-10 entries in ${((t2 - t0) / 1000).toFixed(2)} s (load ${((t1 - t0) / 1000).toFixed(2)} s, scoring ${((t2 - t1) / 1000).toFixed(2)} s, ${((t2 - t1) / Math.max(1, jobs.length)).toFixed(2)} ms/job)`)
  }
} finally {
  await prisma.$disconnect()
  await bff.stop()
}
await benchRecommendations(url)
