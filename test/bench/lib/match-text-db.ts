/**
 * Issue 12's speed goal over the province-scale database: one job's top ten supply matches, with supply rows
 * from the generator's approved supply lists (all of them loaded once, as a warm BFF would hold what it needs)
 * and 200 open jobs sampled from the database with their real text. Per job, in-process through the functions
 * GET /api/matching/jobs/:id/supply calls: the text fit over all majors, the candidate majors' rows, matchSupply,
 * top ten. Prints wall and CPU p50/p95 and the load average.
 */
import { loadavg } from 'node:os'
import { loadContext } from '@zhilian/bff/analytics/context'
import { loadSupplyFacts } from '@zhilian/bff/analytics/facts'
import { candidateMajors, supplyRowOf, type FactRow } from '@zhilian/bff/analytics/match-input'
import { JOB_SELECT, matchableJob, rankForJob } from '@zhilian/bff/routes/matching/supply'
import { openDatabase } from '@zhilian/db'
import { wallAndCpu } from './stats'

export async function benchMatchTextOverDb(url: string, sample = 200) {
  const db = await openDatabase({ url })
  try {
    const t0 = performance.now()
    const [facts, ctx, ids] = await Promise.all([
      loadSupplyFacts(db.prisma),
      loadContext(db.prisma),
      db.prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Job" WHERE "status" = 'open' ORDER BY md5("id") LIMIT ${sample}`,
    ])
    const jobs = (await db.prisma.job.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: JOB_SELECT })).map(matchableJob)
    const byMajor = new Map<string, FactRow[]>()
    for (const f of facts) byMajor.set(f.majorCode, [...(byMajor.get(f.majorCode) ?? []), supplyRowOf(f)])
    const colleges = new Set(facts.map((f) => f.collegeId)).size
    console.log(`over the database: ${facts.length} college × major supply rows (${colleges} colleges), ${jobs.length} sampled open jobs, loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const timing = wallAndCpu()
    let returned = 0
    for (const job of jobs) {
      returned += timing.time(() => rankForJob(job, candidateMajors([job], ctx).flatMap((code) => byMajor.get(code) ?? []), ctx, 10)).items.length
    }
    console.log(`one job's top ten over the database's supply (${jobs.length} jobs, ${(returned / jobs.length).toFixed(1)} matches each): ${timing.summary()}; load average ${loadavg()[0]!.toFixed(1)}`)
  } finally {
    await db.close()
  }
}
