/**
 * Issue 5 benchmark: reminders dispatched through pg-boss to the fake WeChat server, on PostgreSQL.
 *
 *   npm run bench:reminders -w @zhilian/test
 *   (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/zl_bench_reminders — dropped and created again;
 *    BENCH_REMINDERS=100000, BENCH_WORKERS=4, BENCH_LOOPS=4 (boss.work loops per worker), BENCH_BATCH=50,
 *    BENCH_HAMMER_SECONDS=10)
 *
 * In one run: `BENCH_REMINDERS` users with an openid and one credit each, one due reminder each; the fake
 * WeChat server in a process of its own (BENCH_FAKE_PORT, default 4141); the fake's own maximum rate (the real
 * WeChat client hammering its send endpoint with as many requests in flight as the workers can have: loops ×
 * BENCH_SENDS, before and after the dispatch); the outbox relay turning the rows into pg-boss jobs;
 * `BENCH_WORKERS` workers in this process (each its own Prisma client and pg-boss pool) dispatching them in
 * batches (decision 031: one claim per batch, BENCH_SENDS=10 sends in flight, one mark per wave), with this
 * process's CPU per message. Duplicates are counted at the fake (the same openid, template and data received
 * twice), losses in the ledger (rows not sent).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { openDatabase, type DbHandle } from '@zhilian/db'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import { TEMPLATE_IDS } from '@zhilian/bff/reminders/templates'
import { createReminderWorker } from '@zhilian/bff/reminders/worker'
import type { FakeWeChatStats } from '@zhilian/wechat-fake'
import pino from 'pino'
import { freshDatabase } from './lib/fresh-db'

const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench_reminders'
const N = Number(process.env.BENCH_REMINDERS ?? 100_000)
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4)
const LOOPS = Number(process.env.BENCH_LOOPS ?? 4)
const BATCH = Number(process.env.BENCH_BATCH ?? 50)
const HAMMER_SECONDS = Number(process.env.BENCH_HAMMER_SECONDS ?? 10)
const SENDS = Number(process.env.BENCH_SENDS ?? 10)
const PORT = Number(process.env.BENCH_FAKE_PORT ?? 4141)
/** Requests the workers can have in flight at once; the fake's maximum is measured at the same figure. */
const CONCURRENCY = WORKERS * LOOPS * SENDS
const APPID = 'wx-bench'
const SECRET = 'bench-secret'
const TPL = TEMPLATE_IDS.event_starting
const logger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' })
const seconds = (since: number) => (performance.now() - since) / 1000

/** A child over IPC: resolves with the first message of `type`. */
function next<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => { if (m.type === type) { child.off('message', on); resolve(m as T) } }
    child.on('message', on)
  })
}
const fakeStats = async () => {
  const reply = next<{ stats: FakeWeChatStats }>(fakeProcess, 'stats')
  fakeProcess.send({ type: 'stats' })
  return (await reply).stats
}

console.log(`reminders benchmark: ${N} reminders, ${WORKERS} workers × ${LOOPS} loops (batch ${BATCH}, ${SENDS} sends in flight), database ${url}`)
await freshDatabase(url)
const fakeProcess = fork(fileURLToPath(new URL('./lib/fake-wechat-process.ts', import.meta.url)), [String(PORT), APPID, SECRET, TPL, 'o-bench-', String(N)], { execArgv: ['--import', 'tsx'] })
const fake = { url: (await next<{ url: string }>(fakeProcess, 'ready')).url }
const setup = await openDatabase({ url })
const handles: DbHandle[] = [setup]
try {
  // ── Ledger: users with openids and one credit each, one due reminder each (not timed).
  const t0 = performance.now()
  const at = new Date(Date.now() + 1_800_000).toISOString()
  await setup.prisma.$executeRaw`
    INSERT INTO "User" ("id", "role", "displayName", "openid", "updatedAt")
    SELECT 'bench-u-' || i, 'student', '学生' || i, 'o-bench-' || i, now() FROM generate_series(0, ${N - 1}::int) AS i`
  await setup.prisma.$executeRaw`
    INSERT INTO "SubscriptionCredit" ("id", "userId", "templateId", "remaining", "updatedAt")
    SELECT 'bench-c-' || i, 'bench-u-' || i, ${TPL}, 1, now() FROM generate_series(0, ${N - 1}::int) AS i`
  await setup.prisma.$executeRaw`
    INSERT INTO "Reminder" ("id", "userId", "templateKey", "subject", "sendAt", "dedupeKey", "payload")
    SELECT 'bench-r-' || i, 'bench-u-' || i, 'event_starting', 'event:bench', now() - interval '1 second', 'bench:' || i,
      jsonb_build_object('title', '2026年鲁中地区高端装备产业链校企对接暨毕业生双选大会第' || i || '场', 'at', ${at}::text,
        'place', '淄博职业学院体育馆', 'page', 'pages/events/detail?id=bench')
    FROM generate_series(0, ${N - 1}::int) AS i`
  await setup.prisma.$executeRawUnsafe('ANALYZE')
  console.log(`ledger: ${N} users, credits and due reminders in ${seconds(t0).toFixed(1)} s`)

  // ── The fake's own maximum: the real client, CONCURRENCY loops, unique data so none counts as a duplicate.
  // Measured before and after the dispatch (this machine is shared); the ratio uses the higher.
  const client = createWeChatClient({ appid: APPID, secret: SECRET, baseUrl: fake.url })
  const granted = next(fakeProcess, 'granted')
  fakeProcess.send({ type: 'grant', openid: 'o-hammer', count: 100_000_000 })
  await granted
  async function hammer(round: number) {
    let sent = 0
    let errors = 0
    const end = performance.now() + HAMMER_SECONDS * 1000
    const t = performance.now()
    await Promise.all(Array.from({ length: CONCURRENCY }, async (_, loop) => {
      for (let i = 0; performance.now() < end; i++) {
        const data = { thing1: { value: `压测${round}-${loop}-${i}` }, time2: { value: '2026-12-01 09:00' }, thing3: { value: '淄博职业学院体育馆' } }
        const r = await client.sendSubscribeMessage({ touser: 'o-hammer', template_id: TPL, page: 'pages/events/detail?id=bench', data })
        if (r.outcome === 'sent') sent++
        else errors++
      }
    }))
    const secs = seconds(t)
    return { sent, errors, secs, rate: sent / secs }
  }
  const hammerBefore = await hammer(1)

  // ── Workers: each with its own Prisma client and pg-boss pool, as separate processes would have.
  for (let w = 1; w < WORKERS; w++) handles.push(await openDatabase({ url }))
  const before = await fakeStats()
  const workers = handles.map((db) =>
    createReminderWorker({
      db, wechat: createWeChatClient({ appid: APPID, secret: SECRET, baseUrl: fake.url }), logger, batchSize: BATCH, localConcurrency: LOOPS, poolSize: LOOPS + 2, sendConcurrency: SENDS,
      timing: { pollingIntervalSeconds: 0.5, relayIntervalMs: 3_600_000 },
    }),
  )
  // The outbox relay: every ledger row gets its pg-boss job (one worker's relay; SKIP LOCKED would split it among several).
  const t2 = performance.now()
  await workers[0]!.relay()
  const enqueueSeconds = seconds(t2)

  const t3 = performance.now()
  const cpu0 = process.cpuUsage()
  await Promise.all(workers.map((w) => w.start()))
  const open = () => setup.prisma.reminder.count({ where: { subject: 'event:bench', status: { in: ['pending', 'sending'] } } })
  for (let left = await open(); left > 0; left = await open()) {
    await new Promise((r) => setTimeout(r, 250))
  }
  const dispatchSeconds = seconds(t3)
  const cpu = process.cpuUsage(cpu0)
  await Promise.all(workers.map((w) => w.stop()))

  const after = await fakeStats()
  const hammerAfter = await hammer(2)
  const fakeRate = Math.max(hammerBefore.rate, hammerAfter.rate)
  const sentRows = await setup.prisma.reminder.count({ where: { subject: 'event:bench', status: 'sent' } })
  const completed = (await setup.prisma.$queryRaw<{ completed: bigint }[]>`SELECT count(*) AS completed FROM pgboss.job WHERE name = 'reminders' AND state = 'completed'`)[0]?.completed ?? 0n
  const delivered = after.accepted - before.accepted
  const duplicates = (after.received - before.received) - (after.distinct - before.distinct)
  const losses = N - sentRows
  const dispatchRate = N / dispatchSeconds
  const e2eRate = N / (enqueueSeconds + dispatchSeconds)

  console.log()
  console.log(`| measure (same run, ${CONCURRENCY} concurrent senders) | count | seconds | per second |`)
  console.log('| --- | --- | --- | --- |')
  for (const [label, h] of [['before', hammerBefore], ['after', hammerAfter]] as const) {
    console.log(`| fake WeChat maximum ${label} (real client → send endpoint) | ${h.sent} (${h.errors} errors) | ${h.secs.toFixed(1)} | ${h.rate.toFixed(0)} |`)
  }
  console.log(`| enqueue: outbox relay → pg-boss jobs | ${N} | ${enqueueSeconds.toFixed(1)} | ${(N / enqueueSeconds).toFixed(0)} |`)
  console.log(`| dispatch: ${WORKERS} pg-boss workers → fake WeChat | ${delivered} | ${dispatchSeconds.toFixed(1)} | ${dispatchRate.toFixed(0)} |`)
  console.log(`dispatcher CPU (this process, workers only; the fake runs apart): ${((cpu.user + cpu.system) / N).toFixed(0)} µs per message`)
  console.log(`| end to end (enqueue + dispatch) | ${N} | ${(enqueueSeconds + dispatchSeconds).toFixed(1)} | ${e2eRate.toFixed(0)} |`)
  console.log()
  console.log(`dispatch / fake maximum: ${(dispatchRate / fakeRate).toFixed(2)}  (end to end / fake maximum: ${(e2eRate / fakeRate).toFixed(2)})`)
  console.log(`duplicates at the fake: ${duplicates}; losses (rows not sent): ${losses}; pg-boss jobs completed: ${completed}; messages accepted: ${delivered}`)
  console.log(`command: DATABASE_URL=${url} BENCH_REMINDERS=${N} BENCH_WORKERS=${WORKERS} BENCH_LOOPS=${LOOPS} BENCH_BATCH=${BATCH} BENCH_SENDS=${SENDS} npm run bench:reminders -w @zhilian/test`)
} finally {
  await Promise.all(handles.map((h) => h.close()))
  fakeProcess.disconnect()
}
