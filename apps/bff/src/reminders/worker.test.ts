import { createUser } from '@zhilian/db/factories'
import pino from 'pino'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createWeChatClient } from '../lib/wechat'
import { createHarness, TEST_APPID, type Harness } from '../testing/harness'
import type { ReminderQueueTiming } from './queue'
import { dropReminders, moveReminders, scheduleReminders, type ReminderTarget } from './schedule'
import { TEMPLATE_IDS } from './templates'
import { createReminderWorker, type ReminderWorker, type ReminderWorkerOptions } from './worker'

let h: Harness
beforeAll(async () => { h = await createHarness() })
/**
 * These tests wait for pg-boss's own timers (expiry, retries, supervision), which a loaded machine slows: at load
 * 15–20 a passing test took over the default 30 s. A longer wait fails the same way, only later.
 */
vi.setConfig({ testTimeout: 90_000 })
afterAll(async () => { await h?.close() })

/** pg-boss at test speed: expiry after 2 s, supervision every second, retries after about a second, a 1 s lease. */
const FAST: Partial<ReminderQueueTiming> = {
  pollingIntervalSeconds: 0.5, expireInSeconds: 2, retryDelay: 1, retryDelayMax: 2, superviseIntervalSeconds: 1, relayIntervalMs: 200, leaseSeconds: 1, rescueIntervalMs: 200,
}
/** A worker about to die: a dead process runs no rescue pass either. */
const DYING: Partial<ReminderQueueTiming> = { ...FAST, rescueIntervalMs: 3_600_000 }
/** pg-boss's own expiry as on the server (5 min): only the rescue pass can recover within a test. */
const SLOW_EXPIRY: Partial<ReminderQueueTiming> = { ...FAST, expireInSeconds: 300, superviseIntervalSeconds: 60 }
const TPL = TEMPLATE_IDS.event_starting
const running: { worker: ReminderWorker; graceful: boolean }[] = []
afterEach(async () => {
  for (const r of running.splice(0)) await r.worker.stop({ graceful: r.graceful })
})

const worker = (extra: Partial<ReminderWorkerOptions> = {}) =>
  createReminderWorker({ db: h.db, wechat: h.deps.wechat, logger: pino({ level: 'silent' }), batchSize: 10, timing: FAST, ...extra })
async function started(extra: Partial<ReminderWorkerOptions> = {}, graceful = true) {
  const w = worker(extra)
  running.push({ worker: w, graceful })
  await w.start()
  return w
}

/** Waits for a state the workers reach on their own (polling, expiry); fails with `what` if they never do. */
async function until(what: string, done: () => Promise<boolean>, deadlineMs = 60_000) {
  const end = Date.now() + deadlineMs
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** `n` users, each with one due reminder; `credit` is both our count and the fake's grant. */
async function dueReminders(n: number, tag: string, credit = { ours: 1, fake: 1 }) {
  const users = []
  for (let i = 0; i < n; i++) {
    const user = await createUser(h.prisma, { openid: `o-${tag}-${i}` })
    if (credit.ours) await h.prisma.subscriptionCredit.create({ data: { userId: user.id, templateId: TPL, remaining: credit.ours } })
    h.fake.grantSubscription(user.openid!, TPL, credit.fake)
    await h.prisma.reminder.create({
      data: {
        userId: user.id, templateKey: 'event_starting', subject: `event:${tag}`, sendAt: new Date(Date.now() - 1000), dedupeKey: `${tag}:${i}`,
        payload: { title: `高端装备产业链专场双选会（${tag}）第${i}场，含企业宣讲与现场签约`, at: new Date(Date.now() + 1_800_000).toISOString(), place: '淄博职业学院体育馆' },
      },
    })
    users.push(user)
  }
  return users
}
const sentTo = (tag: string) => h.fake.messages().filter((m) => m.touser.startsWith(`o-${tag}-`))
const countRows = (subject: string, status: 'pending' | 'sending' | 'sent') => h.prisma.reminder.count({ where: { subject, status } })
/** The pg-boss jobs of a subject's rows, as pg-boss itself records them. */
const jobsOf = (subject: string) =>
  h.prisma.$queryRaw<{ state: string; retry_count: number; start_after: Date }[]>`
    SELECT j.state::text AS state, j.retry_count, j.start_after FROM pgboss.job j
    JOIN "Reminder" r ON r."jobId"::uuid = j.id WHERE r."subject" = ${subject} AND j.name = 'reminders'`

describe('reminder dispatch on pg-boss', () => {
  it('loses none and sends none twice when a worker dies mid-batch: pg-boss expires its jobs and another worker finishes', async () => {
    const users = await dueReminders(8, 'crash')
    // One send at a time, so the batch stops at a known row: the dying worker claims all 8 rows in one statement,
    // sends and marks 3, and never returns from the 4th, holding all 8 jobs active.
    const dead = new Promise<void>(() => {})
    await started({ beforeSend: (_id, index) => (index === 3 ? dead : undefined), timing: DYING, sendConcurrency: 1 }, false)
    await until('3 sends and 5 rows still claimed', async () => sentTo('crash').length === 3 && (await countRows('event:crash', 'sent')) === 3 && (await countRows('event:crash', 'sending')) === 5)
    expect([await countRows('event:crash', 'sent'), await countRows('event:crash', 'pending')]).toEqual([3, 0])

    await started()
    // A job may expire more than once on a slow machine; a re-run finds its row sent and completes.
    const allCompleted = async () => (await jobsOf('event:crash')).filter((j) => j.state === 'completed').length === 8
    await until('all 8 sent and their jobs completed', async () => (await countRows('event:crash', 'sent')) === 8 && (await allCompleted()))
    const messages = sentTo('crash')
    expect(messages).toHaveLength(8)
    expect(new Set(messages.map((m) => m.touser)).size).toBe(8)
    // Every job went through pg-boss's expiry into a retry before it completed.
    expect((await jobsOf('event:crash')).every((j) => j.retry_count >= 1)).toBe(true)
    expect(await h.prisma.subscriptionCredit.aggregate({ where: { userId: { in: users.map((u) => u.id) } }, _sum: { remaining: true } })).toEqual({ _sum: { remaining: 0 } })
    expect(await h.prisma.inboxMessage.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(8)
    // Every thing field was cut to WeChat's 20 characters (the fake answers 47003 otherwise).
    expect(messages.every((m) => [...(m.data.thing1?.value ?? '')].length <= 20)).toBe(true)
  })

  it('recovers a dead worker\'s batch within seconds through the lease, not pg-boss\'s 5-minute expiry', async () => {
    await dueReminders(8, 'lease')
    const dead = new Promise<void>(() => {})
    await started({ beforeSend: (_id, index) => (index === 3 ? dead : undefined), timing: { ...SLOW_EXPIRY, rescueIntervalMs: 3_600_000 }, sendConcurrency: 1 }, false)
    await until('3 sends and 5 rows still claimed', async () => sentTo('lease').length === 3 && (await countRows('event:lease', 'sent')) === 3 && (await countRows('event:lease', 'sending')) === 5)
    await started({ timing: SLOW_EXPIRY })
    // Well inside the 300 s expiry: every job of the dead batch is still active in pg-boss.
    await until('all 8 sent', async () => (await countRows('event:lease', 'sent')) === 8)
    expect((await jobsOf('event:lease')).map((j) => j.state)).toEqual(Array(8).fill('active'))
    const messages = sentTo('lease')
    expect(messages).toHaveLength(8)
    expect(new Set(messages.map((m) => m.touser)).size).toBe(8)
  })

  it('never sends twice when a worker dies after WeChat accepted and before it recorded that: the send key stops the retry', async () => {
    const users = await dueReminders(4, 'key')
    const dead = new Promise<void>(() => {})
    await started({ afterSend: (_id, index) => (index === 1 ? dead : undefined), timing: DYING, sendConcurrency: 1 }, false)
    await until('2 messages at the fake, the 2nd unrecorded', async () => sentTo('key').length === 2 && (await countRows('event:key', 'sending')) === 3)
    const unrecorded = await h.prisma.reminder.findFirstOrThrow({ where: { subject: 'event:key', status: 'sending', sendKey: { not: null } } })
    expect(unrecorded.sendKey).toBe(`${unrecorded.id}#1`)
    await started()
    // The dead worker's jobs expire into retries (2 s here) that find their rows recorded and complete.
    await until('all 4 recorded and their jobs completed', async () =>
      (await countRows('event:key', 'sent')) === 4 && (await jobsOf('event:key')).every((j) => j.state === 'completed'))
    const messages = sentTo('key')
    expect(messages).toHaveLength(4)
    expect(new Set(messages.map((m) => m.touser)).size).toBe(4)
    const row = await h.prisma.reminder.findUniqueOrThrow({ where: { id: unrecorded.id } })
    // Two claims at least: the dying worker's and the one that found the key (on a slow machine a lease can run out
    // once more before that one's mark).
    expect(row.status).toBe('sent')
    expect(row.attempts).toBeGreaterThanOrEqual(2)
    expect(row.lastError).toContain('not sent again')
    // The inbox still carries each reminder once.
    expect(await h.prisma.inboxMessage.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(4)
  })

  it('two workers at once share the due reminders without overlap', async () => {
    await dueReminders(20, 'pair')
    // Started one after the other, then working at once. Two pg-boss instances starting together on a fresh PGlite
    // both install pg-boss's schema: the second's CREATE TYPE fails, and before its adapter's ROLLBACK the other's
    // next statement meets the aborted transaction on the one connection. A server runs one instance per process
    // (the data folder is locked to one), so only this test could start two at once. No worker dies here, so the
    // lease is the server's kind (longer than a send), not FAST's 1 s: on a loaded machine a send to the fake took
    // longer than 1 s, the other worker's rescue pass took the row over and recorded it sent by its key.
    const live = { ...FAST, leaseSeconds: 10 }
    await started({ batchSize: 3, timing: live })
    await started({ batchSize: 3, timing: live })
    await until('all 20 sent', async () => (await countRows('event:pair', 'sent')) === 20)
    const messages = sentTo('pair')
    expect(messages).toHaveLength(20)
    expect(new Set(messages.map((m) => m.touser)).size).toBe(20)
  })

  it('refreshes an expired token mid-batch and still sends every reminder', async () => {
    await dueReminders(6, 'token')
    const before = h.fake.stats().stableToken
    expect(await worker({ beforeSend: (_id, index) => { if (index === 2) h.fake.expireTokens() } }).drain()).toBe(6)
    expect(sentTo('token')).toHaveLength(6)
    expect(h.fake.stats().stableToken).toBeGreaterThan(before)
    expect(await countRows('event:token', 'sent')).toBe(6)
  })

  it('marks 43101 refused and never retries it, keeping the credit and writing the inbox', async () => {
    const [user] = await dueReminders(1, 'refused', { ours: 1, fake: 0 })
    const sendsBefore = h.fake.stats().send
    await worker().drain()
    await worker().drain()
    expect(h.fake.stats().send - sendsBefore).toBe(1)
    const row = await h.prisma.reminder.findFirstOrThrow({ where: { subject: 'event:refused' } })
    expect({ status: row.status, attempts: row.attempts }).toEqual({ status: 'refused', attempts: 1 })
    expect(row.lastError).toContain('43101')
    expect((await jobsOf('event:refused')).map((j) => j.state)).toEqual(['completed'])
    expect(await h.prisma.inboxMessage.count({ where: { userId: user!.id } })).toBe(1)
  })

  it('backs off on 45009 through a pg-boss retry and sends on the later attempt', async () => {
    await dueReminders(1, 'quota')
    h.fake.failNextSend(45009)
    await worker().drain()
    const row = await h.prisma.reminder.findFirstOrThrow({ where: { subject: 'event:quota' } })
    expect({ status: row.status, lastError: row.lastError }).toMatchObject({ status: 'pending', lastError: expect.stringContaining('45009') })
    const [job] = await jobsOf('event:quota')
    expect(job!.state).toBe('retry')
    expect(job!.start_after.getTime()).toBeGreaterThan(Date.now() - 100)
    await started()
    await until('sent after the back-off', async () => (await countRows('event:quota', 'sent')) === 1)
    expect(sentTo('quota')).toHaveLength(1)
    expect((await h.prisma.reminder.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(2)
  })

  it('sends later, never marks sent, when no access token could be had: nothing left for WeChat', async () => {
    await dueReminders(1, 'notoken')
    // The secret WeChat refuses: the token request fails, so the send request is never made.
    const refused = createWeChatClient({ appid: TEST_APPID, secret: 'not-the-secret', baseUrl: h.fake.url })
    await worker({ wechat: refused }).drain()
    const row = await h.prisma.reminder.findFirstOrThrow({ where: { subject: 'event:notoken' } })
    expect(row).toMatchObject({ status: 'pending', sendKey: null, lastError: expect.stringContaining('no access token') })
    await started()
    await until('sent once a token could be had', async () => (await countRows('event:notoken', 'sent')) === 1)
    expect(sentTo('notoken')).toHaveLength(1)
    expect((await h.prisma.reminder.findUniqueOrThrow({ where: { id: row.id } })).lastError).toBeNull()
  })

  it('keeps a row whose send is in flight from a rescue pass, however long ago its batch was claimed', async () => {
    await dueReminders(2, 'flight')
    const LONG_LEASE: Partial<ReminderQueueTiming> = { ...FAST, leaseSeconds: 30, rescueIntervalMs: 3_600_000 }
    let inFlight!: (id: string) => void
    const reached = new Promise<string>((resolve) => { inFlight = resolve })
    let release!: () => void
    const held = new Promise<void>((resolve) => { release = resolve })
    const a = worker({
      timing: LONG_LEASE,
      sendConcurrency: 1,
      // The second wave starts as if the first had taken an hour; its send is then refused with a back-off.
      beforeSend: async (id, index) => {
        if (index !== 1) return
        await h.prisma.$executeRaw`UPDATE "Reminder" SET "claimedAt" = now() - interval '1 hour' WHERE "id" = ${id}`
        h.fake.failNextSend(45009)
      },
      afterSend: async (id, index) => {
        if (index !== 1) return
        inFlight(id)
        await held
      },
    })
    const draining = a.drain()
    const id = await reached
    // Another worker's rescue pass while that send is out: the row is not abandoned, so it is not taken.
    expect(await worker({ timing: LONG_LEASE }).rescue()).toBe(0)
    release()
    await draining
    const row = await h.prisma.reminder.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ status: 'pending', sendKey: null, lastError: expect.stringContaining('45009') })
    await started()
    await until('both sent', async () => (await countRows('event:flight', 'sent')) === 2)
    expect(new Set(sentTo('flight').map((m) => m.touser)).size).toBe(2)
  })

  it('spends exactly one credit per message when one user has two messages in a batch: two credits send both, one credit sends one', async () => {
    const due = async (userId: string, tag: string, i: number) => h.prisma.reminder.create({
      data: { userId, templateKey: 'event_starting', subject: `event:${tag}`, sendAt: new Date(Date.now() - 1000), dedupeKey: `${tag}:${i}`, payload: { title: '鲁中高端装备双选会', at: new Date(Date.now() + 1_800_000).toISOString(), place: '淄博' } },
    })
    const two = await createUser(h.prisma, { openid: 'o-pair2-0' })
    const one = await createUser(h.prisma, { openid: 'o-pair1-0' })
    for (const [user, ours] of [[two, 2], [one, 1]] as const) {
      await h.prisma.subscriptionCredit.create({ data: { userId: user.id, templateId: TPL, remaining: ours } })
      // The fake would accept a second message for both: only our ledger can hold the second one back.
      h.fake.grantSubscription(user.openid!, TPL, 2)
      await due(user.id, user === two ? 'pair2' : 'pair1', 0)
      await due(user.id, user === two ? 'pair2' : 'pair1', 1)
    }
    expect(await worker().drain()).toBeGreaterThanOrEqual(4)
    expect([sentTo('pair2').length, sentTo('pair1').length]).toEqual([2, 1])
    for (const user of [two, one]) {
      const credit = await h.prisma.subscriptionCredit.findFirstOrThrow({ where: { userId: user.id, templateId: TPL } })
      const entries = await h.prisma.subscriptionCreditEntry.findMany({ where: { userId: user.id, templateId: TPL } })
      expect(credit.remaining).toBe(0)
      // The balance equals its entries: the starting credit (no entry here) less one −1 per message sent.
      expect(entries.map((e) => [e.delta, e.reason])).toEqual(Array(user === two ? 2 : 1).fill([-1, 'sent']))
      expect(new Set(entries.map((e) => e.reminderId)).size).toBe(entries.length)
      expect(await h.prisma.inboxMessage.count({ where: { userId: user.id } })).toBe(2)
    }
  })

  // Decision 112: a moved or cancelled interview's notice writes its inbox message with the change; the queued row
  // adds only the subscribe message. Fails on the old deliver.ts, which wrote a second inbox message for it.
  it('sends the subscribe message of a notice whose inbox message went out with the change, and writes no second one', async () => {
    const user = await createUser(h.prisma, { openid: 'o-notice-0' })
    const tpl = TEMPLATE_IDS.interview_invitation
    await h.prisma.subscriptionCredit.create({ data: { userId: user.id, templateId: tpl, remaining: 1 } })
    h.fake.grantSubscription(user.openid!, tpl, 1)
    await h.prisma.reminder.create({
      data: {
        userId: user.id, templateKey: 'interview_invitation', subject: 'interview-notice:x', sendAt: new Date(Date.now() - 1000), dedupeKey: 'notice:x',
        payload: { title: '面试时间调整', heading: '面试改期', at: new Date(Date.now() + 86_400_000).toISOString(), place: '二号楼', inboxWritten: true },
      },
    })
    await worker().drain()
    expect(sentTo('notice')).toHaveLength(1)
    expect(await h.prisma.reminder.count({ where: { subject: 'interview-notice:x', status: 'sent' } })).toBe(1)
    expect(await h.prisma.inboxMessage.count({ where: { userId: user.id } })).toBe(0)
  })

  it('without a credit the reminder lands in the inbox only', async () => {
    const [user] = await dueReminders(1, 'nocredit', { ours: 0, fake: 0 })
    const sendsBefore = h.fake.stats().send
    await worker().drain()
    expect(h.fake.stats().send).toBe(sendsBefore)
    expect(await h.prisma.inboxMessage.count({ where: { userId: user!.id } })).toBe(1)
  })
})

describe('moving and cancelling', () => {
  const target = (userId: string, subject: string, at: Date): ReminderTarget => ({
    userId, templateKey: 'event_starting', subject, payload: { title: '鲁中高端装备双选会', at: at.toISOString(), place: '淄博' },
  })

  it('a moved event drops its old reminders, cancels their jobs and schedules jobs at the new times', async () => {
    const user = await createUser(h.prisma, { openid: 'o-move' })
    const subject = 'event:move'
    const at = new Date(Date.now() + 2 * 3_600_000)
    await h.prisma.$transaction((tx) => scheduleReminders(tx, [target(user.id, subject, at)]))
    await worker().relay()
    const first = await jobsOf(subject)
    expect(first.map((j) => [j.state, j.start_after.getTime()])).toEqual([['created', at.getTime() - 1_800_000]])

    const later = new Date(at.getTime() + 3_600_000)
    await h.prisma.$transaction((tx) => moveReminders(tx, subject, [target(user.id, subject, later)]))
    await worker().relay()
    const states = await h.prisma.$queryRaw<{ status: string; state: string; start_after: Date }[]>`
      SELECT r.status::text AS status, j.state::text AS state, j.start_after FROM "Reminder" r
      JOIN pgboss.job j ON j.id = md5('reminder:' || r."id")::uuid WHERE r."subject" = ${subject} ORDER BY j.start_after`
    expect(states.map((s) => [s.status, s.state, s.start_after.getTime()])).toEqual([
      ['skipped', 'cancelled', at.getTime() - 1_800_000],
      ['pending', 'created', later.getTime() - 1_800_000],
    ])
  })

  it('a cancelled event sends nothing: its due job is cancelled before a worker takes it', async () => {
    await dueReminders(2, 'cancel')
    const w = worker()
    await w.relay()
    expect((await jobsOf('event:cancel')).map((j) => j.state)).toEqual(['created', 'created'])
    await h.prisma.$transaction((tx) => dropReminders(tx, 'event:cancel'))
    expect(await w.drain()).toBe(0)
    expect(sentTo('cancel')).toHaveLength(0)
    expect(await h.prisma.reminder.count({ where: { subject: 'event:cancel', status: 'skipped', jobId: null } })).toBe(2)
  })
})

describe('interview reminders', () => {
  it('schedules reminders for an upcoming interview, moves them with it, drops them when it is deleted', async () => {
    const { createJob, createStudent } = await import('@zhilian/db/factories')
    const student = await createStudent(h.prisma)
    const job = await createJob(h.prisma)
    const app = await h.prisma.application.create({ data: { studentUserId: student.id, jobId: job.id, consentAt: new Date(), consentText: '{}' } })
    const at = new Date(Date.now() + 2 * 3_600_000)
    const interview = await h.prisma.interview.create({ data: { applicationId: app.id, at, place: '人力资源部3楼' } })
    const pending = () => h.prisma.reminder.findMany({ where: { subject: `interview:${interview.id}`, status: 'pending' }, select: { sendAt: true, templateKey: true, payload: true } })
    await worker().drain()
    const [first] = await pending()
    expect(first).toMatchObject({ sendAt: new Date(at.getTime() - 1_800_000), templateKey: 'interview_invitation' })
    expect((first!.payload as { page: string }).page).toBe(`pages/applications/index?id=${app.id}`)
    await worker().drain()
    expect(await pending()).toHaveLength(1)

    const later = new Date(at.getTime() + 30 * 3_600_000)
    await h.prisma.interview.update({ where: { id: interview.id }, data: { at: later } })
    await worker().drain()
    expect(await pending()).toEqual([])
    const moved = new Date(at.getTime() + 3_600_000)
    await h.prisma.interview.update({ where: { id: interview.id }, data: { at: moved } })
    await worker().drain()
    expect((await pending()).map((r) => r.sendAt)).toEqual([new Date(moved.getTime() - 1_800_000)])
    await h.prisma.interview.delete({ where: { id: interview.id } })
    await worker().drain()
    expect(await pending()).toEqual([])
  })
})
