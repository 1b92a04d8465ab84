/**
 * Issue 10 benchmark, the crash run of the reminder benchmark (reminders.ts measures throughput):
 * reminders falling due over `BENCH_CRASH_SPREAD_SECONDS`, one dispatcher process (the server's
 * timings: 10 s lease, 2 s rescue pass, pg-boss expiry 300 s) killed with SIGKILL `BENCH_CRASH_KILLS`
 * times while it dispatches and started again, and the fake WeChat server in a process of its own.
 *
 *   npm run bench:reminders:crash -w @zhilian/test
 *   (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/zl_bench_reminders_crash — dropped and created again;
 *    BENCH_CRASH_REMINDERS=2000, BENCH_CRASH_SPREAD_SECONDS=30, BENCH_CRASH_KILLS=3, BENCH_FAKE_PORT=4121)
 *
 * Reports, counted at the fake and in the ledger: lost (a reminder that reached neither WeChat nor the
 * inbox), duplicated (a reminder WeChat received twice), inbox-only after a crash (a send in flight at a
 * kill whose outcome nobody recorded: never sent again, decision 026), and lateness (receipt at the fake,
 * or the inbox write, minus the reminder's send time) — maximum and 99th percentile.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '@zhilian/db'
import { TEMPLATE_IDS } from '@zhilian/bff/reminders/templates'
import { freshDatabase } from './lib/fresh-db'

const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench_reminders_crash'
const N = Number(process.env.BENCH_CRASH_REMINDERS ?? 2000)
const SPREAD_S = Number(process.env.BENCH_CRASH_SPREAD_SECONDS ?? 30)
const KILLS = Number(process.env.BENCH_CRASH_KILLS ?? 3)
const PORT = Number(process.env.BENCH_FAKE_PORT ?? 4121)
const APPID = 'wx-crash'
const SECRET = 'crash-secret'
const TPL = TEMPLATE_IDS.event_starting
const PREFIX = 'o-crash-'
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A child over IPC: resolves with the first message of `type`. */
function next<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => { if (m.type === type) { child.off('message', on); resolve(m as T) } }
    child.on('message', on)
  })
}

console.log(`reminders crash benchmark: ${N} reminders due over ${SPREAD_S} s, ${KILLS} × kill -9 of the dispatcher, database ${url}`)
await freshDatabase(url)
const fake = fork(here('./lib/fake-wechat-process.ts'), [String(PORT), APPID, SECRET, TPL, PREFIX, String(N)], { execArgv: ['--import', 'tsx'] })
const { url: fakeUrl } = await next<{ url: string }>(fake, 'ready')
const db = await openDatabase({ url })
let dispatcher: ChildProcess | undefined
try {
  const env = { ...process.env, DATABASE_URL: url, WECHAT_BASE_URL: fakeUrl, WECHAT_APPID: APPID, WECHAT_SECRET: SECRET }
  const restarts: number[] = []
  /** When each dispatcher was ready (epoch ms), and the rows each kill left held: claimed, or pending under an active job. */
  const readyAt: number[] = []
  const held: { ids: string[]; restartReady: number }[] = []
  /** A dispatcher process, resolved once it dispatches; how long that took is part of every crash's lateness. */
  async function launch() {
    const t = performance.now()
    const child = fork(here('./lib/reminder-dispatcher.ts'), [], { execArgv: ['--import', 'tsx'], env })
    await next(child, 'started')
    restarts.push((performance.now() - t) / 1000)
    readyAt.push(Date.now())
    return child
  }
  dispatcher = await launch()
  // Due from 5 s from now, evenly over the spread: the dispatcher is always in the middle of something.
  const start = new Date(Date.now() + 5_000)
  const at = new Date(Date.now() + 1_800_000).toISOString()
  await db.prisma.$executeRaw`
    INSERT INTO "User" ("id", "role", "displayName", "openid", "updatedAt")
    SELECT 'crash-u-' || i, 'student', '学生' || i, ${PREFIX} || i, now() FROM generate_series(0, ${N - 1}::int) AS i`
  await db.prisma.$executeRaw`
    INSERT INTO "SubscriptionCredit" ("id", "userId", "templateId", "remaining", "updatedAt")
    SELECT 'crash-c-' || i, 'crash-u-' || i, ${TPL}, 1, now() FROM generate_series(0, ${N - 1}::int) AS i`
  await db.prisma.$executeRaw`
    INSERT INTO "Reminder" ("id", "userId", "templateKey", "subject", "sendAt", "dedupeKey", "payload")
    SELECT 'crash-r-' || i, 'crash-u-' || i, 'event_starting', 'event:crash', ${start}::timestamptz + (i * ${(SPREAD_S * 1000) / N}::float8) * interval '1 millisecond',
      'crash:' || i, jsonb_build_object('title', '鲁中高端装备产业链双选会第' || i || '场', 'at', ${at}::text, 'place', '淄博职业学院体育馆', 'page', 'pages/events/detail?id=crash')
    FROM generate_series(0, ${N - 1}::int) AS i`

  const sent = () => db.prisma.reminder.count({ where: { subject: 'event:crash', status: 'sent' } })
  const open = () => db.prisma.reminder.count({ where: { subject: 'event:crash', status: { in: ['pending', 'sending'] } } })
  const t0 = performance.now()
  const kills: string[] = []
  for (let k = 1; k <= KILLS; k++) {
    // Kill while it dispatches: once a further share of the reminders is recorded sent.
    const target = Math.floor((N * k) / (KILLS + 1))
    while ((await sent()) < target) await sleep(50)
    dispatcher.kill('SIGKILL')
    await new Promise((r) => dispatcher!.once('exit', r))
    const left = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT r."id" FROM "Reminder" r WHERE r."subject" = 'event:crash' AND (r."status" = 'sending' OR (r."status" = 'pending' AND EXISTS (
        SELECT 1 FROM pgboss.job j WHERE j.name = 'reminders' AND j.state = 'active' AND j.id = r."jobId"::uuid)))`
    kills.push(`${((performance.now() - t0) / 1000).toFixed(1)} s (${target} sent, ${left.length} held by the dead dispatcher)`)
    dispatcher = await launch()
    held.push({ ids: left.map((r) => r.id), restartReady: readyAt.at(-1)! })
  }
  const deadline = Date.now() + 600_000
  while ((await open()) > 0 && Date.now() < deadline) await sleep(250)
  const seconds = (performance.now() - t0) / 1000
  dispatcher.kill('SIGTERM')

  const { messages } = await new Promise<{ messages: { touser: string; at: number }[] }>((resolve) => {
    void next<{ messages: { touser: string; at: number }[] }>(fake, 'messages').then(resolve)
    fake.send({ type: 'messages' })
  })
  const rows = await db.prisma.reminder.findMany({
    where: { subject: 'event:crash' }, select: { id: true, userId: true, sendAt: true, sentAt: true, status: true, lastError: true },
  })
  const inboxUsers = new Set((await db.prisma.inboxMessage.findMany({ where: { userId: { startsWith: 'crash-u-' } }, select: { userId: true } })).map((m) => m.userId))
  const received = new Map<string, number[]>()
  for (const m of messages) received.set(m.touser, [...(received.get(m.touser) ?? []), m.at])
  let duplicated = 0
  let lost = 0
  let inboxOnly = 0
  const lateness: number[] = []
  for (const r of rows) {
    const openid = PREFIX + r.userId.slice('crash-u-'.length)
    const times = received.get(openid) ?? []
    if (times.length > 1) duplicated += times.length - 1
    if (times.length === 0 && !inboxUsers.has(r.userId)) lost++
    if (times.length === 0 && inboxUsers.has(r.userId)) inboxOnly++
    const deliveredAt = times[0] ?? r.sentAt?.getTime()
    if (deliveredAt !== undefined) lateness.push(deliveredAt - r.sendAt.getTime())
  }
  lateness.sort((a, b) => a - b)
  // Recovery: how long after the new dispatcher was ready the rows the dead one held were delivered (lease + rescue).
  const deliveredAt = new Map(rows.map((r) => [r.id, received.get(PREFIX + r.userId.slice('crash-u-'.length))?.[0] ?? r.sentAt?.getTime()]))
  const recovery = held.flatMap((k) => k.ids.map((id) => (deliveredAt.get(id) ?? Infinity) - k.restartReady))
  const heldCount = recovery.length
  const pct = (p: number) => lateness[Math.min(lateness.length - 1, Math.floor(lateness.length * p))] ?? NaN
  const notSent = rows.filter((r) => r.status !== 'sent').length
  console.log()
  console.log(`kills: ${kills.join('; ')}`)
  console.log(`dispatcher start (process start → dispatching; this machine is shared): ${restarts.map((r) => `${r.toFixed(1)} s`).join(', ')}`)
  console.log('| reminders | kills | lost | duplicated | inbox only (send in flight at a kill) | rows not sent | lateness p50 | p99 | max | held by dead dispatchers | their recovery after restart, max | run |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  console.log(`| ${N} | ${KILLS} | ${lost} | ${duplicated} | ${inboxOnly} | ${notSent} | ${(pct(0.5) / 1000).toFixed(2)} s | ${(pct(0.99) / 1000).toFixed(2)} s | ${(lateness.at(-1)! / 1000).toFixed(2)} s | ${heldCount} | ${heldCount ? (Math.max(...recovery) / 1000).toFixed(2) : '–'} s | ${seconds.toFixed(1)} s |`)
  console.log(`command: DATABASE_URL=${url} BENCH_CRASH_REMINDERS=${N} BENCH_CRASH_SPREAD_SECONDS=${SPREAD_S} BENCH_CRASH_KILLS=${KILLS} npm run bench:reminders:crash -w @zhilian/test`)
  if (lost > 0 || duplicated > 0) process.exitCode = 1
} finally {
  dispatcher?.kill('SIGKILL')
  await db.close()
  fake.disconnect()
}
