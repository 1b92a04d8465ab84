/**
 * Makes sure the benchmark database holds province-scale data: creates it, migrates, seeds the demo
 * organisations (reference data, chains, colleges, enterprises) and adds the synthetic rows. A
 * database that already holds enough jobs is used as it is, so reruns skip the minutes of loading.
 */
import { closeExpiredJobs } from '@zhilian/bff/jobs/expire-jobs'
import { openDatabase } from '@zhilian/db'
import { seedDemo } from '@zhilian/db/seed/index'
import { scaleData } from '@zhilian/db/scale'
import pg from 'pg'

export async function ensureScaleDb(url: string, size: { jobs: number; students: number }) {
  const target = new URL(url)
  const name = target.pathname.slice(1)
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const server = new pg.Client({ connectionString: admin.toString() })
  await server.connect()
  const exists = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  if (!exists.rowCount) await server.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
  await server.end()

  const db = await openDatabase({ url, migrate: true })
  try {
    if ((await db.prisma.user.count()) === 0) await seedDemo(db.prisma)
    if ((await db.prisma.job.count()) < size.jobs) {
      console.log(`loading ${size.jobs} jobs and ${size.students} students (several minutes, once)…`)
      await scaleData(db.prisma, { ...size, concurrency: 4 })
      // Bulk loads leave the planner without statistics and the tables without visibility maps until autovacuum gets
      // round to them; a production database has both, so measure with them. Without the maps no index-only scan
      // skips the heap: the recommendations' candidate pool ran at p50 12 / p95 25 ms instead of 7 / 15 (2026-12-06).
      await db.prisma.$executeRawUnsafe('VACUUM ANALYZE')
    }
    // The BFF closes jobs past their closing date when it starts (decision 051). The synthetic jobs' dates were set on
    // the day the database was loaded, so on a later day that first start closed tens of thousands of them while the
    // first runs measured, and left as many dead rows in "Job" for every later run (decision 093's window: searches at
    // a quarter of their usual rate). Close them here, then vacuum, so every run measures the table the BFF will see.
    const closed = await closeExpiredJobs(db.prisma)
    if (closed > 0) {
      console.log(`closed ${closed} jobs past their closing date; vacuuming "Job"…`)
      await db.prisma.$executeRawUnsafe('VACUUM ANALYZE "Job"')
    }
    const [jobs, openJobs, students] = await Promise.all([
      db.prisma.job.count(),
      db.prisma.job.count({ where: { status: 'open' } }),
      db.prisma.user.count({ where: { role: 'student' } }),
    ])
    return { jobs, openJobs, students }
  } finally {
    await db.close()
  }
}
