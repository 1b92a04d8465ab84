/**
 * Issue 5 benchmark: entrance check-in on the day, through the real BFF on PostgreSQL.
 *
 *   npm run bench:checkins -w @zhilian/test
 *     BENCH_CHECKINS_DATABASE_URL  default postgresql://postgres@127.0.0.1:5432/zl_bench_checkins (created and reset here)
 *     BENCH_CHECKINS=10000         students checked in
 *     BENCH_CLIENTS=64             concurrent scanning clients
 *
 * Each of the 10,000 registered students is scanned once by one of 64 concurrent clients (keep-alive
 * HTTP, each code signed just before its scan, as a phone shows it); on top, every tenth student is
 * scanned a second time at the same moment by another client, the double scan at a busy gate. We count
 * check-ins the server called first-time: more than one per student would be a duplicate. The database
 * is then asked how many registrations carry a check-in time.
 *
 * Ratio, measured in the same run: the same conditional UPDATE the handler relies on, issued through
 * the raw pg driver (a pool of 10 connections, as the BFF's adapter) from 64 concurrent clients on a second event, so the figure says what the HTTP
 * layer, auth, code verification and Prisma cost on top of the database work.
 */
import { issueCheckinCode } from '@zhilian/bff/routes/checkin/checkin-code'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { openDatabase } from '@zhilian/db'
import { seedDemo } from '@zhilian/db/seed/index'
import pg from 'pg'
import { freshDatabase } from './lib/fresh-db'
import { BENCH_KEYS, startBff } from './lib/server'
import { percentile } from './lib/stats'

const url = process.env.BENCH_CHECKINS_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench_checkins'
const STUDENTS = Number(process.env.BENCH_CHECKINS ?? 10_000)
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64)

/** Two events (HTTP run, raw-SQL run), each with STUDENTS registered students. */
async function prepare(): Promise<{ adminId: string; adminTokenVersion: number; httpEvent: string; sqlEvent: string; students: string[] }> {
  const db = await openDatabase({ url })
  try {
    await seedDemo(db.prisma)
    const admin = await db.prisma.user.findFirstOrThrow({ where: { role: 'admin' }, select: { id: true, tokenVersion: true } })
    const city = await db.prisma.city.findFirstOrThrow({ select: { adcode: true } })
    const students = Array.from({ length: STUDENTS }, (_, i) => `bench-checkin-student-${i}`)
    for (let i = 0; i < students.length; i += 5000) {
      await db.prisma.user.createMany({ data: students.slice(i, i + 5000).map((id, k) => ({ id, role: 'student' as const, displayName: `签到学生${i + k}` })) })
    }
    const startsAt = new Date()
    const event = (title: string) =>
      db.prisma.event.create({
        data: { kind: 'job_fair', format: 'onsite', title, cityCode: city.adcode, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3600_000), status: 'published', createdByUserId: admin.id },
        select: { id: true },
      })
    const [httpEvent, sqlEvent] = [await event('签到压测（HTTP）'), await event('签到压测（SQL）')]
    for (const e of [httpEvent, sqlEvent]) {
      for (let i = 0; i < students.length; i += 5000) {
        await db.prisma.eventRegistration.createMany({ data: students.slice(i, i + 5000).map((userId) => ({ eventId: e.id, userId })) })
      }
    }
    await db.prisma.$executeRawUnsafe('ANALYZE')
    return { adminId: admin.id, adminTokenVersion: admin.tokenVersion, httpEvent: httpEvent.id, sqlEvent: sqlEvent.id, students }
  } finally {
    await db.close()
  }
}

interface RunResult { seconds: number; latencies: number[]; firstTimes: Map<string, number>; errors: number }

/** Drains `queue` from CLIENTS concurrent loops; `scan` returns the student id and whether it was a first check-in. */
async function drain(queue: string[], scan: (studentId: string) => Promise<boolean>): Promise<RunResult> {
  const latencies: number[] = []
  const firstTimes = new Map<string, number>()
  let errors = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < queue.length) {
        const studentId = queue[next++]!
        const t = performance.now()
        try {
          if (await scan(studentId)) firstTimes.set(studentId, (firstTimes.get(studentId) ?? 0) + 1)
        } catch {
          errors++
        }
        latencies.push(performance.now() - t)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return { seconds: (performance.now() - started) / 1000, latencies, firstTimes, errors }
}

/** Every student once, every tenth one again right next to its first scan, so the two race. */
function scanOrder(students: string[]): string[] {
  const order: string[] = []
  students.forEach((id, i) => {
    order.push(id)
    if (i % 10 === 0) order.push(id)
  })
  return order
}

function report(label: string, r: RunResult, scans: number) {
  const duplicates = [...r.firstTimes.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0)
  const rps = scans / r.seconds
  console.log(`| ${label} | ${scans} | ${r.errors} | ${rps.toFixed(0)} | ${percentile(r.latencies, 50).toFixed(1)} | ${percentile(r.latencies, 99).toFixed(1)} | ${r.firstTimes.size} | ${duplicates} |`)
  return rps
}

await freshDatabase(url)
const setup = await prepare()
const order = scanOrder(setup.students)
const bff = await startBff(url)
// Pool of 10, as PrismaPg's default in the BFF, so both sides queue on the same number of connections.
const raw = new pg.Pool({ connectionString: url, max: 10 })
try {
  const token = await issueSessionToken(BENCH_KEYS.session, { id: setup.adminId, role: 'admin', tokenVersion: setup.adminTokenVersion })
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const endpoint = `${bff.url}/api/events/${setup.httpEvent}/checkins`
  // Warm the route, the Prisma client and the pool before measuring.
  for (let i = 0; i < 50; i++) await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ code: 'warm.up' }) }).then((r) => r.arrayBuffer())

  const http = await drain(order, async (studentId) => {
    const { code } = issueCheckinCode(BENCH_KEYS.checkin, setup.httpEvent, studentId)
    const res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ code }) })
    const body = (await res.json()) as { firstTime?: boolean }
    if (!res.ok) throw new Error(`check-in answered ${res.status}`)
    return body.firstTime === true
  })
  const sql = await drain(order, async (studentId) => {
    const r = await raw.query('UPDATE "EventRegistration" SET "checkedInAt" = now() WHERE "eventId" = $1 AND "userId" = $2 AND "checkedInAt" IS NULL', [setup.sqlEvent, studentId])
    return r.rowCount === 1
  })

  console.log(`${STUDENTS} registered students, ${order.length} scans (every tenth student scanned twice at once), ${CLIENTS} concurrent clients`)
  console.log('| run | scans | errors | scans/s | p50 ms | p99 ms | students checked in | duplicate check-ins |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  const httpRps = report('POST /api/events/:id/checkins (BFF)', http, order.length)
  const sqlRps = report('same conditional UPDATE, raw pg', sql, order.length)
  const stored = await raw.query<{ n: string }>('SELECT count(*) AS n FROM "EventRegistration" WHERE "eventId" = $1 AND "checkedInAt" IS NOT NULL', [setup.httpEvent])
  console.log(`database: ${stored.rows[0]!.n} of ${STUDENTS} registrations checked in for the HTTP event`)
  console.log(`ratio BFF / raw SQL throughput: ${(httpRps / sqlRps).toFixed(3)}`)
} finally {
  await raw.end()
  await bff.stop()
}
