import { createUser } from '@zhilian/db/factories'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { TEMPLATE_IDS } from './templates'
import { createReminderWorker, type ReminderWorkerOptions } from './worker'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(async () => { await h?.close() })

const TPL = TEMPLATE_IDS.event_starting
const worker = (extra: Partial<ReminderWorkerOptions> = {}) =>
  createReminderWorker({ db: h.prisma, wechat: h.deps.wechat, logger: pino({ level: 'silent' }), batchSize: 10, ...extra })

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

describe('reminder worker', () => {
  it('loses none and sends none twice when a worker dies between claim and mark', async () => {
    const users = await dueReminders(8, 'crash')
    const dying = worker({ beforeSend: (_id, index) => { if (index === 3) throw new Error('killed') } })
    await expect(dying.runOnce()).rejects.toThrow('killed')
    expect(await h.prisma.reminder.count({ where: { subject: 'event:crash', status: 'sending' } })).toBe(5)
    expect(sentTo('crash')).toHaveLength(3)

    const second = worker({ leaseMs: 0 })
    await second.drain()
    await second.drain()
    const messages = sentTo('crash')
    expect(messages).toHaveLength(8)
    expect(new Set(messages.map((m) => m.touser)).size).toBe(8)
    expect(await h.prisma.reminder.count({ where: { subject: 'event:crash', status: 'sent' } })).toBe(8)
    expect(await h.prisma.subscriptionCredit.aggregate({ where: { userId: { in: users.map((u) => u.id) } }, _sum: { remaining: true } })).toEqual({ _sum: { remaining: 0 } })
    expect(await h.prisma.inboxMessage.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(8)
    // Every thing field was cut to WeChat's 20 characters (the fake answers 47003 otherwise).
    expect(messages.every((m) => [...(m.data.thing1?.value ?? '')].length <= 20)).toBe(true)
  })

  it('two workers at once share the due reminders without overlap', async () => {
    await dueReminders(20, 'pair')
    await Promise.all([worker({ batchSize: 3 }).drain(), worker({ batchSize: 3 }).drain()])
    const messages = sentTo('pair')
    expect(messages).toHaveLength(20)
    expect(new Set(messages.map((m) => m.touser)).size).toBe(20)
  })

  it('refreshes an expired token mid-batch and still sends every reminder', async () => {
    await dueReminders(6, 'token')
    const before = h.fake.stats().stableToken
    await worker({ beforeSend: (_id, index) => { if (index === 2) h.fake.expireTokens() } }).drain()
    expect(sentTo('token')).toHaveLength(6)
    expect(h.fake.stats().stableToken).toBeGreaterThan(before)
    expect(await h.prisma.reminder.count({ where: { subject: 'event:token', status: 'sent' } })).toBe(6)
  })

  it('marks 43101 refused and never retries it, keeping the credit and writing the inbox', async () => {
    const [user] = await dueReminders(1, 'refused', { ours: 1, fake: 0 })
    const sendsBefore = h.fake.stats().send
    await worker().drain()
    await worker({ leaseMs: 0 }).drain()
    expect(h.fake.stats().send - sendsBefore).toBe(1)
    const row = await h.prisma.reminder.findFirstOrThrow({ where: { subject: 'event:refused' } })
    expect({ status: row.status, attempts: row.attempts }).toEqual({ status: 'refused', attempts: 1 })
    expect(row.lastError).toContain('43101')
    expect(await h.prisma.inboxMessage.count({ where: { userId: user!.id } })).toBe(1)
  })

  it('backs off on 45009 and sends on the later attempt', async () => {
    await dueReminders(1, 'quota')
    h.fake.failNextSend(45009)
    await worker().drain()
    const row = await h.prisma.reminder.findFirstOrThrow({ where: { subject: 'event:quota' } })
    expect(row.status).toBe('pending')
    expect(row.sendAt.getTime()).toBeGreaterThan(Date.now())
    await h.prisma.reminder.update({ where: { id: row.id }, data: { sendAt: new Date(Date.now() - 1) } })
    await worker().drain()
    expect((await h.prisma.reminder.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('sent')
    expect(sentTo('quota')).toHaveLength(1)
  })

  it('without a credit the reminder lands in the inbox only', async () => {
    const [user] = await dueReminders(1, 'nocredit', { ours: 0, fake: 0 })
    const sendsBefore = h.fake.stats().send
    await worker().drain()
    expect(h.fake.stats().send).toBe(sendsBefore)
    expect(await h.prisma.inboxMessage.count({ where: { userId: user!.id } })).toBe(1)
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
    const pending = () => h.prisma.reminder.findMany({ where: { subject: `interview:${interview.id}`, status: 'pending' }, select: { sendAt: true, templateKey: true } })
    await worker().drain()
    expect(await pending()).toEqual([{ sendAt: new Date(at.getTime() - 1_800_000), templateKey: 'interview_invitation' }])
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
