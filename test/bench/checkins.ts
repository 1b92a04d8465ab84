/**
 * Issues 5 and 13 benchmark: entrance check-in and booth scans on the day, through the real BFF on PostgreSQL.
 *
 *   npm run bench:checkins -w @zhilian/test
 *     BENCH_CHECKINS_DATABASE_URL  default postgresql://postgres@127.0.0.1:5432/zl_bench_checkins (created and reset here)
 *     BENCH_CHECKINS=10000         students checked in per run
 *     BENCH_CLIENTS=64             concurrent scanning clients
 *     BENCH_POOLS=2,5,10,20        the BFF's pool sizes (DB_POOL_MAX) to measure the desk scan at
 *     BENCH_WARM_SCANS=1500        students scanned, unmeasured, at an event of their own before each measured run
 *     BENCH_RATE_LIMIT=off         on: the production configuration (decision 082) — the BFF counts every scan by
 *                                  address and user (RATE_LIMIT=on, TRUST_PROXY=true) and the baseline's statement
 *                                  counts the same keys; each client is a desk or booth account of its own behind an
 *                                  address of its own, as at a fair, so no limit is reached
 *
 * Every process has one job: the BFF (`npm start`'s entry, its own process), the baseline server (bare Hono
 * + raw pg, its own process), and the load (a process of its own, keep-alive fetch loops). Each of the
 * students is scanned once by one of the concurrent clients, each code signed just before its scan as a
 * phone shows it; every tenth student is scanned a second time at the same moment by another client, the
 * double scan at a busy gate. A check-in the server called first-time more than once per student is a
 * duplicate; the database is then asked how many registrations carry a check-in time. Each run reads the
 * server's CPU time from /proc before and after, and prints it per scan beside scans/s and p99, with the CPU of the
 * PostgreSQL backends serving the benchmark's database (decision 053: the statement's own cost, not in the ratio)
 * and the load process's own CPU (decision 071: it shares the two cores, so it must stay small beside the rest).
 * Every server is measured warm and net of its idle CPU, as bench:jobs measures (lib/autocannon-cli.ts): first the
 * same kind of scans at the same concurrency on a warm-up event (JIT, the pool's connections, the BFF's start-up
 * work such as its reminder worker), then its CPU over a few idle seconds, subtracted pro rata from the run.
 *
 * The same-run baselines run the very statement the endpoint runs (`deskScanSql`, `boothScanSql`: session re-check,
 * organiser or exhibitor check, window, code claim, check-in or visit, name; same text and parameters) behind bare
 * Hono with the raw pg driver, over HTTP from the same load process, with the BFF's default pool size.
 */
import { DEFAULT_DB_POOL_MAX } from '@zhilian/bff/env'
import { CHECKIN_ROLES } from '@zhilian/bff/routes/checkin/checkin.routes'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { openDatabase } from '@zhilian/db'
import { createEnterprise, createMember } from '@zhilian/db/factories'
import { seedDemo } from '@zhilian/db/seed/index'
import pg from 'pg'
import { freshDatabase } from './lib/fresh-db'
import { forkServer } from './lib/fork-server'
import { duplicates, idleCpuPerSecond, identities as countedIdentities, type Measured, measureScans, type ScanJob, scanOrder, scans, type Who } from './lib/scan-runs'
import { BENCH_KEYS, startBff } from './lib/server'
import { percentile } from './lib/stats'

const url = process.env.BENCH_CHECKINS_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench_checkins'
const database = new URL(url).pathname.slice(1)
const STUDENTS = Number(process.env.BENCH_CHECKINS ?? 10_000)
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64)
const POOLS = (process.env.BENCH_POOLS ?? '2,5,10,20').split(',').map(Number)
const WARM = Number(process.env.BENCH_WARM_SCANS ?? 1500)
const IDLE_SECONDS = 5
const COUNTED = process.env.BENCH_RATE_LIMIT === 'on'
interface Setup { admin: Who; exhibitor: Who; desks: Who[]; booths: Who[]; events: string[]; warm: string[]; students: string[] }

/**
 * One event per run (the two raw baselines, each pool size, the booth run), each with every student registered, and
 * one warm-up event per run with the first WARM students; an approved booth of the exhibitor at the two booth runs' events and their warm-ups.
 */
async function prepare(runs: number): Promise<Setup> {
  const db = await openDatabase({ url })
  try {
    await seedDemo(db.prisma)
    const admin = await db.prisma.user.findFirstOrThrow({ where: { role: 'admin', adminDepartment: null }, select: { id: true, tokenVersion: true } })
    const city = await db.prisma.city.findFirstOrThrow({ select: { adcode: true } })
    const students = Array.from({ length: STUDENTS }, (_, i) => `bench-checkin-student-${i}`)
    for (let i = 0; i < students.length; i += 5000) {
      await db.prisma.user.createMany({ data: students.slice(i, i + 5000).map((id, k) => ({ id, role: 'student' as const, displayName: `签到学生${i + k}` })) })
    }
    const startsAt = new Date()
    const event = async (title: string, registered: string[]) => {
      const e = await db.prisma.event.create({
        data: { kind: 'job_fair', format: 'onsite', title, cityCode: city.adcode, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3600_000), status: 'published', createdByUserId: admin.id },
        select: { id: true },
      })
      for (let i = 0; i < registered.length; i += 5000) {
        await db.prisma.eventRegistration.createMany({ data: registered.slice(i, i + 5000).map((userId) => ({ eventId: e.id, userId })) })
      }
      return e.id
    }
    const events: string[] = []
    const warm: string[] = []
    for (let r = 0; r < runs; r++) {
      events.push(await event(`签到压测 ${r}`, students))
      warm.push(await event(`签到压测预热 ${r}`, students.slice(0, WARM)))
    }
    const ent = await createEnterprise(db.prisma)
    const { user } = await createMember(db.prisma, ent)
    for (const eventId of [events[1]!, events.at(-1)!, warm[1]!, warm.at(-1)!]) await db.prisma.booth.create({ data: { eventId, orgId: ent.id, status: 'approved' } })
    // The counted runs' accounts: one province administrator per desk, one member of the exhibitor per booth client.
    const desks: Who[] = []
    const booths: Who[] = []
    for (let k = 0; COUNTED && k < CLIENTS; k++) {
      desks.push(await db.prisma.user.create({ data: { role: 'admin', displayName: `签到台${k}` }, select: { id: true, tokenVersion: true } }))
      booths.push((await createMember(db.prisma, ent)).user)
    }
    await db.prisma.$executeRawUnsafe('ANALYZE')
    return { admin, exhibitor: { id: user.id, tokenVersion: user.tokenVersion }, desks, booths, events, warm, students }
  } finally {
    await db.close()
  }
}

/**
 * Warms the server with the same scans at `warmEventId`, reads its idle CPU, then runs the measured scans from a load
 * process of its own while reading the server's CPU time, net of its idle CPU over the run's duration.
 */
async function load(serverPid: number, job: Omit<ScanJob, 'clients'>, order: string[], warm: { eventId: string; order: string[] }) {
  await scans({ ...job, url: job.url.replace(job.eventId, warm.eventId), eventId: warm.eventId, clients: CLIENTS }, warm.order)
  return measureScans(serverPid, database, await idleCpuPerSecond(serverPid, IDLE_SECONDS), { ...job, clients: CLIENTS }, order)
}

/** The counted runs' per-client headers (lib/scan-runs.ts); none when not counted. */
const identities = (accounts: Who[], role: 'admin' | 'enterprise') => (COUNTED ? countedIdentities(accounts, role) : undefined)

function row(label: string, r: Measured, scans: number, extra: string) {
  const rps = scans / r.seconds
  console.log(`| ${label} | ${scans} | ${r.errors} | ${rps.toFixed(0)} | ${percentile(r.latencies, 50).toFixed(1)} | ${percentile(r.latencies, 99).toFixed(1)} | ${r.cpuPerScan.toFixed(0)} | ${r.dbCpuPerScan.toFixed(0)} | ${r.loadCpuPerScan.toFixed(0)} | ${(r.idlePerSecond / 1000).toFixed(1)} | ${extra} |`)
  return rps
}

await freshDatabase(url)
const setup = await prepare(POOLS.length + 3)
const order = scanOrder(setup.students)
const [rawEvent, rawBoothEvent, boothEvent, ...poolEvents] = [setup.events[0]!, setup.events[1]!, setup.events.at(-1)!, ...setup.events.slice(2, -1)]
const [rawWarm, rawBoothWarm, boothWarm, ...poolWarm] = [setup.warm[0]!, setup.warm[1]!, setup.warm.at(-1)!, ...setup.warm.slice(2, -1)]
const warmOrder = scanOrder(setup.students.slice(0, WARM))
const warmAt = (eventId: string) => ({ eventId, order: warmOrder })
const check = new pg.Pool({ connectionString: url, max: 2 })
const visitsAt = async (eventId: string) =>
  Number((await check.query<{ n: string }>('SELECT count(*) AS n FROM "BoothVisit" v JOIN "Booth" b ON b."id" = v."boothId" WHERE b."eventId" = $1', [eventId])).rows[0]!.n)
const checkedIn = async (eventId: string) =>
  Number((await check.query<{ n: string }>('SELECT count(*) AS n FROM "EventRegistration" WHERE "eventId" = $1 AND "checkedInAt" IS NOT NULL', [eventId])).rows[0]!.n)
const lines: string[] = []
const out = (line: string) => lines.push(line)

try {
  // 1. The baselines: bare Hono + raw pg running the endpoint's own statement, one per scan.
  const rawLine = async (kind: 'desk' | 'booth', who: { id: string; tokenVersion: number }, roles: string[], eventId: string, warmEventId: string) => {
    const scanner = JSON.stringify({ kind, roles, counted: COUNTED })
    const raw = await forkServer(new URL('./lib/raw-checkin-server.ts', import.meta.url), [url, String(DEFAULT_DB_POOL_MAX), process.env.BENCH_RAW_PORT ?? '0', scanner])
    const token = await issueSessionToken(BENCH_KEYS.session, { id: who.id, role: kind === 'desk' ? 'admin' : 'enterprise', tokenVersion: who.tokenVersion })
    try {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
      const ids = await identities(kind === 'desk' ? setup.desks : setup.booths, kind === 'desk' ? 'admin' : 'enterprise')
      return await load(raw.pid, { url: `http://127.0.0.1:${raw.port}/checkin/${eventId}`, headers, identities: ids, eventId }, order, warmAt(warmEventId))
    } finally {
      raw.stop()
    }
  }
  const rawRun = await rawLine('desk', setup.admin, CHECKIN_ROLES, rawEvent, rawWarm)
  const rawCount = await checkedIn(rawEvent)
  const rawBooth = await rawLine('booth', setup.exhibitor, ['enterprise'], rawBoothEvent, rawBoothWarm)
  const rawVisits = await visitsAt(rawBoothEvent)

  // 2. The BFF at each pool size.
  const token = issueSessionToken(BENCH_KEYS.session, { id: setup.admin.id, role: 'admin', tokenVersion: setup.admin.tokenVersion })
  const headers = { authorization: `Bearer ${await token}`, 'content-type': 'application/json' }
  const runs: { pool: number; r: Measured; count: number }[] = []
  let booth: { r: Measured; visits: number } | undefined
  for (const [i, pool] of POOLS.entries()) {
    const bff = await startBff(url, { DB_POOL_MAX: String(pool), ...(COUNTED ? { RATE_LIMIT: 'on', TRUST_PROXY: 'true' } : {}) })
    try {
      const eventId = poolEvents[i]!
      const endpoint = `${bff.url}/api/events/${eventId}/checkins`
      runs.push({ pool, r: await load(bff.pid, { url: endpoint, headers, identities: await identities(setup.desks, 'admin'), eventId }, order, warmAt(poolWarm[i]!)), count: await checkedIn(eventId) })
      // 3. Booth scans, at the default pool size: one visit per student, the double scans answered from the same row.
      if (pool === DEFAULT_DB_POOL_MAX) {
        const exhibitor = `Bearer ${await issueSessionToken(BENCH_KEYS.session, { id: setup.exhibitor.id, role: 'enterprise', tokenVersion: setup.exhibitor.tokenVersion })}`
        const visits = `${bff.url}/api/events/${boothEvent}/booths/mine/visits`
        const r = await load(bff.pid, { url: visits, headers: { ...headers, authorization: exhibitor }, identities: await identities(setup.booths, 'enterprise'), eventId: boothEvent }, order, warmAt(boothWarm))
        booth = { r, visits: await visitsAt(boothEvent) }
      }
    } finally {
      await bff.stop()
    }
  }

  out(`${STUDENTS} registered students, ${order.length} scans per run (every tenth student scanned twice at once), ${CLIENTS} concurrent clients from a load process of its own`)
  out(`${WARM} students scanned at a warm-up event before each run; server CPU is net of the idle CPU measured after it`)
  out(COUNTED ? `rate limit ON (decision 082): every scan counted by address and user in its statement, BFF and baseline alike; ${CLIENTS} accounts behind ${CLIENTS} addresses` : 'rate limit off in the BFF and the baseline (counting: BENCH_RATE_LIMIT=on)')
  out('| run | scans | errors | scans/s | p50 ms | p99 ms | server CPU µs/scan | PostgreSQL CPU µs/scan | load process CPU µs/scan | idle CPU ms/s | checked in · duplicates |')
  out('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  console.log(lines.splice(0).join('\n'))
  const rawRps = row(`baseline: bare Hono + raw pg, the desk scan's statement (pool ${DEFAULT_DB_POOL_MAX})`, rawRun, order.length, `${rawCount} · ${duplicates(rawRun)}`)
  const rawBoothRps = row(`baseline: bare Hono + raw pg, the booth scan's statement (pool ${DEFAULT_DB_POOL_MAX})`, rawBooth, order.length, `${rawVisits} visits`)
  const ratios: string[] = []
  for (const { pool, r, count } of runs) {
    const rps = row(`POST /api/events/:id/checkins, BFF pool ${pool}`, r, order.length, `${count} · ${duplicates(r)}`)
    ratios.push(`pool ${pool}: ${(rps / rawRps).toFixed(2)} (CPU ${(rawRun.cpuPerScan / r.cpuPerScan).toFixed(2)})`)
  }
  if (booth) {
    const rps = row(`POST /api/events/:id/booths/mine/visits, BFF pool ${DEFAULT_DB_POOL_MAX}`, booth.r, order.length, `${booth.visits} visits`)
    ratios.push(`booth scan: ${(rps / rawBoothRps).toFixed(2)} (CPU ${(rawBooth.cpuPerScan / booth.r.cpuPerScan).toFixed(2)})`)
  }
  console.log(`ratio BFF / baseline, scans/s (server CPU per scan, baseline / BFF): ${ratios.join('; ')}`)
  console.log(`command: BENCH_CHECKINS=${STUDENTS} BENCH_CLIENTS=${CLIENTS} BENCH_POOLS=${POOLS.join(',')} BENCH_WARM_SCANS=${WARM}${COUNTED ? ' BENCH_RATE_LIMIT=on' : ''} npm run bench:checkins -w @zhilian/test`)
} finally {
  await check.end()
}
