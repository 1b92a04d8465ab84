/**
 * Issue 13 benchmark (decision 114): the booth scan, `POST /api/events/{id}/booths/mine/visits` — one statement since
 * decision 095 gave it the caller's units — against its raw line, at 32 and 64 connections, in alternating rounds.
 *
 *   npm run bench:booth-scan -w @zhilian/test
 *     BENCH_BOOTH_DATABASE_URL  default postgresql://postgres@127.0.0.1:5432/zl_bench_booth (created and reset here)
 *     BENCH_STUDENTS=3000       students scanned per run (every tenth twice at once, by two clients)
 *     BENCH_CLIENTS=32,64       concurrent scanning connections, one comparison each
 *     BENCH_ROUNDS=3            alternating rounds (BFF, raw line, BFF, raw line …) per connection count; medians printed
 *     BENCH_WARM_SCANS=1500     students scanned, unmeasured, by each server at a warm-up event before the first round
 *     BENCH_RATE_LIMIT=off      on: the production configuration (decision 082) — every scan counted by address and
 *                               user in its statement, BFF and raw line alike; each connection a member of the
 *                               exhibitor of its own behind an address of its own
 *     BENCH_PORT, BENCH_RAW_PORT  pin the servers' ports
 *
 * Every process has one job: the BFF (`npm start`'s entry), the raw line (lib/raw-checkin-server.ts: bare Hono + a raw
 * `pg` pool running `boothScanSql`'s very text and parameters, prepared under the same name, after verifying the token
 * and the code as any scan must) and the load (lib/scan-load.ts, autocannon's client, each code signed just before its
 * scan). Each run scans every student at an event of its own where the exhibitor has an approved booth; server CPU per
 * scan is read from /proc (net of the server's idle CPU), beside scans/s, p50/p99, PostgreSQL backends' CPU and the
 * load process's own. The ratios are the medians of the rounds' BFF / raw line (scans/s) and raw / BFF (CPU per scan).
 *
 * Correctness, checked after every run and fatal when it fails: each scan answered 2xx, the database holds exactly one
 * visit per student at the run's booth, and both scans of a double-scanned student were answered with that one visit.
 */
import { DEFAULT_DB_POOL_MAX } from '@zhilian/bff/env'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { openDatabase } from '@zhilian/db'
import { createEnterprise, createMember } from '@zhilian/db/factories'
import { seedDemo } from '@zhilian/db/seed/index'
import { loadavg } from 'node:os'
import pg from 'pg'
import { forkServer } from './lib/fork-server'
import { freshDatabase } from './lib/fresh-db'
import { idleCpuPerSecond, identities, type Measured, measureScans, scanOrder, scans, type Who } from './lib/scan-runs'
import { BENCH_KEYS, startBff } from './lib/server'
import { percentile } from './lib/stats'

const url = process.env.BENCH_BOOTH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench_booth'
const database = new URL(url).pathname.slice(1)
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 3000)
const CLIENTS = (process.env.BENCH_CLIENTS ?? '32,64').split(',').map(Number)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const WARM = Number(process.env.BENCH_WARM_SCANS ?? 1500)
const IDLE_SECONDS = 5
const COUNTED = process.env.BENCH_RATE_LIMIT === 'on'
const SERVERS = ['bff', 'raw'] as const
type Server = (typeof SERVERS)[number]

interface Setup { exhibitor: Who; members: Who[]; warm: Record<Server, string>; runs: Record<Server, string>[][]; students: string[] }

/** Students, the exhibitor and (counted) one member per connection; per server a warm-up event and one event per run, each with an approved booth. */
async function prepare(): Promise<Setup> {
  const db = await openDatabase({ url })
  try {
    await seedDemo(db.prisma)
    const admin = await db.prisma.user.findFirstOrThrow({ where: { role: 'admin', adminDepartment: null }, select: { id: true } })
    const city = await db.prisma.city.findFirstOrThrow({ select: { adcode: true } })
    const students = Array.from({ length: Math.max(STUDENTS, WARM) }, (_, i) => `bench-booth-student-${i}`)
    for (let i = 0; i < students.length; i += 5000) {
      await db.prisma.user.createMany({ data: students.slice(i, i + 5000).map((id, k) => ({ id, role: 'student' as const, displayName: `到访学生${i + k}` })) })
    }
    const ent = await createEnterprise(db.prisma)
    const { user } = await createMember(db.prisma, ent)
    const startsAt = new Date()
    const event = async (title: string) => {
      const e = await db.prisma.event.create({
        data: { kind: 'job_fair', format: 'onsite', title, cityCode: city.adcode, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3600_000), status: 'published', createdByUserId: admin.id },
        select: { id: true },
      })
      await db.prisma.booth.create({ data: { eventId: e.id, orgId: ent.id, status: 'approved' } })
      return e.id
    }
    const pair = async (title: string) => ({ bff: await event(`${title} BFF`), raw: await event(`${title} 基线`) })
    const warm = await pair('展位扫码预热')
    const runs: Record<Server, string>[][] = []
    for (const clients of CLIENTS) {
      const rounds: Record<Server, string>[] = []
      for (let r = 0; r < ROUNDS; r++) rounds.push(await pair(`展位扫码 ${clients} 连接 第${r + 1}轮`))
      runs.push(rounds)
    }
    // Members of their own for every run (and the warm-up): the scan limit counts 600 a minute per user, and on a quiet
    // machine one set of members passed it within a minute's six runs, the raw line then answering its refusals as
    // scans without a visit.
    const members: Who[] = []
    const needed = COUNTED ? Math.max(...CLIENTS) * SERVERS.length + CLIENTS.reduce((a, c) => a + c, 0) * ROUNDS * SERVERS.length : 0
    for (let k = 0; k < needed; k++) members.push((await createMember(db.prisma, ent)).user)
    await db.prisma.$executeRawUnsafe('ANALYZE')
    return { exhibitor: { id: user.id, tokenVersion: user.tokenVersion }, members, warm, runs, students: students.slice(0, STUDENTS) }
  } finally {
    await db.close()
  }
}

await freshDatabase(url)
const setup = await prepare()
const order = scanOrder(setup.students)
const check = new pg.Pool({ connectionString: url, max: 2 })

/** Throws unless every scan was answered 2xx, the booth holds exactly one visit per student, and every answer a student got names that visit. */
async function verify(eventId: string, r: Measured, students: string[]) {
  // The visit's time as the answer writes it (UTC, milliseconds), whatever this process's time zone.
  const { rows } = await check.query<{ userId: string; at: string }>(
    `SELECT v."userId", to_char(v."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM "BoothVisit" v JOIN "Booth" b ON b."id" = v."boothId" WHERE b."eventId" = $1`, [eventId])
  const recorded = new Map(rows.map((v) => [v.userId, v.at]))
  const wrong = students.filter((id) => r.visits[id]?.length !== 1 || r.visits[id]![0] !== recorded.get(id))
  if (r.errors || rows.length !== students.length || recorded.size !== students.length || wrong.length) {
    throw new Error(`event ${eventId}: ${r.errors} errors, ${rows.length} visits for ${students.length} students (${recorded.size} distinct), ${wrong.length} students answered with no visit or another (first: ${wrong[0]})`)
  }
  return rows.length
}

const exhibitorToken = await issueSessionToken(BENCH_KEYS.session, { id: setup.exhibitor.id, role: 'enterprise', tokenVersion: setup.exhibitor.tokenVersion })
const headers = { authorization: `Bearer ${exhibitorToken}`, 'content-type': 'application/json' }
const bff = await startBff(url, COUNTED ? { RATE_LIMIT: 'on', TRUST_PROXY: 'true' } : {})
const raw = await forkServer(new URL('./lib/raw-checkin-server.ts', import.meta.url),
  [url, String(DEFAULT_DB_POOL_MAX), process.env.BENCH_RAW_PORT ?? '0', JSON.stringify({ kind: 'booth', roles: ['enterprise'], counted: COUNTED })])
const servers: Record<Server, { pid: number; url: (eventId: string) => string; label: string }> = {
  bff: { pid: bff.pid, url: (eventId) => `${bff.url}/api/events/${eventId}/booths/mine/visits`, label: 'POST /api/events/:id/booths/mine/visits (BFF)' },
  raw: { pid: raw.pid, url: (eventId) => `http://127.0.0.1:${raw.port}/checkin/${eventId}`, label: `raw line: bare Hono + raw pg, the booth scan's statement (pool ${DEFAULT_DB_POOL_MAX})` },
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')

try {
  let nextMember = 0
  const job = async (server: Server, eventId: string, clients: number) => ({
    url: servers[server].url(eventId), headers, eventId, clients,
    ...(COUNTED ? { identities: await identities(setup.members.slice(nextMember, (nextMember += clients)), 'enterprise') } : {}),
  })
  // Each server warm (JIT, its pools' connections, the BFF's start-up work), then its idle CPU, subtracted pro rata.
  const idle = {} as Record<Server, number>
  const warmOrder = scanOrder(setup.students.slice(0, WARM))
  for (const server of SERVERS) {
    await scans(await job(server, setup.warm[server], Math.max(...CLIENTS)), warmOrder)
    idle[server] = await idleCpuPerSecond(servers[server].pid, IDLE_SECONDS)
  }
  console.log(`${STUDENTS} students, ${order.length} scans a run (every tenth student scanned twice at once), each run at an event of its own; ${ROUNDS} alternating rounds per connection count`)
  console.log(`each server warmed with ${WARM} students at ${Math.max(...CLIENTS)} connections; idle CPU ms/s BFF ${(idle.bff / 1000).toFixed(1)}, raw ${(idle.raw / 1000).toFixed(1)}, subtracted pro rata`)
  console.log(COUNTED ? `rate limit ON (decision 082): every scan counted by address and user in its statement, BFF and raw line alike; one member and one address per connection` : 'rate limit off in the BFF and the raw line (counting: BENCH_RATE_LIMIT=on)')
  console.log('| connections | round | run | scans/s | p50 ms | p99 ms | server CPU µs/scan | PostgreSQL CPU µs/scan | load process CPU µs/scan | visits | load average |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  const summaries: string[] = []
  for (const [c, clients] of CLIENTS.entries()) {
    const rounds: Record<Server, Measured & { rps: number }>[] = []
    for (const [r, events] of setup.runs[c]!.entries()) {
      const round = {} as Record<Server, Measured & { rps: number }>
      for (const server of SERVERS) {
        const before = load()
        const m = await measureScans(servers[server].pid, database, idle[server], await job(server, events[server], clients), order)
        const visits = await verify(events[server], m, setup.students)
        round[server] = { ...m, rps: order.length / m.seconds }
        console.log(`| ${clients} | ${r + 1} | ${servers[server].label} | ${round[server].rps.toFixed(0)} | ${percentile(m.latencies, 50).toFixed(1)} | ${percentile(m.latencies, 99).toFixed(1)} | ${m.cpuPerScan.toFixed(0)} | ${m.dbCpuPerScan.toFixed(0)} | ${m.loadCpuPerScan.toFixed(0)} | ${visits} | ${before} → ${load()} |`)
      }
      rounds.push(round)
    }
    const rps = rounds.map((x) => x.bff.rps / x.raw.rps)
    const cpu = rounds.map((x) => x.raw.cpuPerScan / x.bff.cpuPerScan)
    const p99 = (s: Server) => rounds.map((x) => percentile(x[s].latencies, 99).toFixed(1)).join(' / ')
    summaries.push(`${clients} connections: BFF / raw line ${median(rps).toFixed(2)} by scans/s (rounds ${rps.map((x) => x.toFixed(2)).join(' / ')}), ${median(cpu).toFixed(2)} by server CPU per scan (${cpu.map((x) => x.toFixed(2)).join(' / ')}); p99 ms BFF ${p99('bff')}, raw ${p99('raw')}`)
  }
  console.log(summaries.join('\n'))
  console.log(`every run: one visit per student recorded, every scan answered 2xx with it (double scans included)`)
  console.log(`command: BENCH_STUDENTS=${STUDENTS} BENCH_CLIENTS=${CLIENTS.join(',')} BENCH_ROUNDS=${ROUNDS} BENCH_WARM_SCANS=${WARM}${COUNTED ? ' BENCH_RATE_LIMIT=on' : ''} npm run bench:booth-scan -w @zhilian/test`)
} finally {
  await check.end()
  raw.stop()
  await bff.stop()
}
