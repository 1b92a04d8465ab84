import { createCollege, createEnterprise, createUser } from '@zhilian/db/factories'
import { ProjectDetailSchema } from '@zhilian/shared/contracts/projects'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReminderQueueTiming } from '../../reminders/queue'
import { TEMPLATE_IDS } from '../../reminders/templates'
import { createReminderWorker } from '../../reminders/worker'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * A project's milestone reminder fires (decision 034): scheduled when the milestone is agreed, dispatched by the real
 * pg-boss worker to the fake WeChat server for every party member who accepted the template, and stopped for good
 * once a party ticks the milestone off.
 */
let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(async () => { await h?.close() })

const FAST: Partial<ReminderQueueTiming> = {
  pollingIntervalSeconds: 0.5, expireInSeconds: 2, retryDelay: 1, retryDelayMax: 2, superviseIntervalSeconds: 1, relayIntervalMs: 200, leaseSeconds: 1, rescueIntervalMs: 200,
}
const TPL = TEMPLATE_IDS.milestone_due

async function until(what: string, done: () => Promise<boolean>, deadlineMs = 25_000) {
  const end = Date.now() + deadlineMs
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function memberWithConsent(org: { id: string; kind: string }, openid: string) {
  const user = await createUser(h.prisma, { role: org.kind === 'college' ? 'college' : 'enterprise', openid })
  await h.prisma.membership.create({ data: { userId: user.id, orgId: org.id, status: 'verified' } })
  await h.prisma.subscriptionCredit.create({ data: { userId: user.id, templateId: TPL, remaining: 2 } })
  h.fake.grantSubscription(openid, TPL, 2)
  return user
}

describe('milestone reminders', () => {
  it('reach both parties through the queue and the fake WeChat server, and stop once the milestone is done', async () => {
    const ent = await createEnterprise(h.prisma)
    const col = await createCollege(h.prisma)
    const entUser = await memberWithConsent(ent, 'o-ms-ent')
    const colUser = await memberWithConsent(col, 'o-ms-col')
    const dueDate = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)
    const res = await h.clientAs(await h.tokenFor(entUser)).api.projects.$post({ json: {
      source: 'order_class', majorCode: '460301', partnerOrgId: col.id, title: '智能制造订单班', goals: '联合培养40名智能制造产线运维人员',
      milestones: [{ title: '订单班开班', dueDate }],
    } })
    expect(res.status, await res.clone().text()).toBe(201)
    const project = ProjectDetailSchema.parse(await res.json())
    const milestone = project.milestones[0]!
    expect(milestone.dueAt).toBe(new Date(`${dueDate}T18:00:00+08:00`).toISOString())

    const subject = `milestone:${milestone.id}`
    const rows = await h.prisma.reminder.findMany({ where: { subject }, orderBy: [{ sendAt: 'asc' }, { userId: 'asc' }] })
    const due = new Date(milestone.dueAt).getTime()
    expect(rows.map((r) => [r.userId, r.sendAt.getTime()]).sort()).toEqual(
      [entUser.id, colUser.id].flatMap((u) => [[u, due - 24 * 3_600_000], [u, due - 9 * 3_600_000]]).sort(),
    )

    // The evening before arrives: the first reminder of each member falls due (the clock is the only thing faked).
    const evening = due - 24 * 3_600_000
    await h.prisma.reminder.updateMany({ where: { subject, sendAt: new Date(evening) }, data: { sendAt: new Date(Date.now() - 1000) } })
    const worker = createReminderWorker({ db: h.db, wechat: h.deps.wechat, logger: pino({ level: 'silent' }), batchSize: 10, timing: FAST })
    await worker.start()
    try {
      const sent = () => h.fake.messages().filter((m) => m.template_id === TPL)
      await until('both members messaged', async () => sent().length === 2 && (await h.prisma.reminder.count({ where: { subject, status: 'sent' } })) === 2)
      expect(sent().map((m) => m.touser).sort()).toEqual(['o-ms-col', 'o-ms-ent'])
      for (const m of sent()) {
        expect(m.data.thing1?.value).toBe('订单班开班')
        expect(m.page).toBe(`pkg-projects/detail/index?id=${project.id}`)
      }
      const inbox = await h.prisma.inboxMessage.findMany({ where: { userId: { in: [entUser.id, colUser.id] }, title: { startsWith: '里程碑即将到期' } } })
      expect(inbox).toHaveLength(2)
      expect(await h.prisma.subscriptionCredit.findMany({ where: { userId: { in: [entUser.id, colUser.id] } }, select: { remaining: true } })).toEqual([{ remaining: 1 }, { remaining: 1 }])

      // The college ticks the milestone off: the morning-of reminders are dropped and the relay cancels their jobs.
      const tick = await h.clientAs(await h.tokenFor(colUser)).api.projects[':id'].updates.$post({ param: { id: project.id }, json: { body: '订单班已开班，首批学员40人', milestoneId: milestone.id } })
      expect(tick.status).toBe(201)
      expect(await h.prisma.reminder.count({ where: { subject, status: 'skipped' } })).toBe(2)
      await until('the dropped rows\' jobs cancelled', async () => (await h.prisma.reminder.count({ where: { subject, status: 'skipped', jobId: { not: null } } })) === 0)
      expect(sent()).toHaveLength(2)
    } finally {
      await worker.stop({ graceful: true })
    }
  }, 60_000)
})
