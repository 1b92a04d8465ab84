import { createJob } from '@zhilian/db/factories'
import { ApplyResultSchema, InterviewResultSchema } from '@zhilian/shared/contracts/applications'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReminderWorker } from '../../reminders/worker'
import { TEMPLATE_IDS, type TemplateKey } from '../../reminders/templates'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Decision 116: an enterprise's move reaches the student's phone through the reminder queue, one notice per move, sent
 * only on a credit the student granted; the inbox message stands alone otherwise. Before it, nothing ever queued
 * `application_changed`, and a first invitation queued no `interview_invitation` (both cases found no notice).
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const drain = () => createReminderWorker({ db: h.db, wechat: h.deps.wechat, logger: pino({ level: 'silent' }) }).drain()

/** A student who applied to a recruiter's job through the routes; `grants` are the templates the student accepted. */
async function applied(grants: TemplateKey[] = []) {
  const { org, user } = await recruiter(h.prisma, { name: '潍柴动力股份有限公司' })
  const job = await createJob(h.prisma, { orgId: org.id, title: '装配钳工' })
  const token = await h.tokenFor(user)
  const student = await applicant(h.prisma)
  const studentToken = await h.tokenFor(student)
  if (grants.length) {
    // As the mini-program records an answer to wx.requestSubscribeMessage: our credit, and WeChat's own grant.
    const results = Object.fromEntries(grants.map((k) => [TEMPLATE_IDS[k], 'accept' as const]))
    expect((await h.clientAs(studentToken).api.subscriptions.$post({ json: { results } })).status).toBe(200)
    for (const k of grants) h.fake.grantSubscription(student.openid!, TEMPLATE_IDS[k], 1)
  }
  const res = await h.clientAs(studentToken).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id) })
  const { id } = ApplyResultSchema.parse(await res.json())
  return { token, student, studentToken, applicationId: id }
}

const move = (token: string, id: string, to: 'viewed' | 'interview' | 'offer' | 'hired' | 'rejected', reason?: string) =>
  h.clientAs(token).api.enterprise.applications[':id'].transition.$post({ param: { id }, json: { to, reason } })
const invite = (token: string, id: string, at: string, place: string) =>
  h.clientAs(token).api.enterprise.applications[':id'].interview.$post({ param: { id }, json: { at, place } })
const notices = (userId: string) =>
  h.prisma.reminder.findMany({ where: { userId }, select: { templateKey: true, status: true, payload: true, lastError: true }, orderBy: { createdAt: 'asc' } })
const sentTo = (openid: string) => h.fake.messages().filter((m) => m.touser === openid)

describe('an application status change reaches the phone (decision 116)', () => {
  it('queues one application_changed notice for 不合适 and sends it on the student’s credit, the inbox written once', async () => {
    const s = await applied(['application_changed'])
    expect((await move(s.token, s.applicationId, 'rejected')).status).toBe(200)

    expect(await notices(s.student.id)).toEqual([{
      templateKey: 'application_changed', status: 'pending', lastError: null,
      payload: expect.objectContaining({ title: '装配钳工', status: '不合适', heading: '投递进度更新', page: `pages/applications/index?id=${s.applicationId}`, inboxWritten: true }),
    }])
    await drain()
    const [sent, ...more] = sentTo(s.student.openid!)
    expect(more).toEqual([])
    expect(sent).toMatchObject({ template_id: TEMPLATE_IDS.application_changed, page: `pages/applications/index?id=${s.applicationId}` })
    expect(sent!.data).toMatchObject({ thing1: { value: '装配钳工' }, phrase3: { value: '不合适' } })
    expect((await notices(s.student.id)).map((n) => n.status)).toEqual(['sent'])
    expect(await h.prisma.subscriptionCredit.findFirstOrThrow({ where: { userId: s.student.id, templateId: TEMPLATE_IDS.application_changed } })).toMatchObject({ remaining: 0 })
    // The move wrote the inbox message; the send did not write a second.
    expect(await h.prisma.inboxMessage.count({ where: { userId: s.student.id } })).toBe(1)
    // A second drain finds nothing more to send.
    await drain()
    expect(sentTo(s.student.openid!)).toHaveLength(1)
  })

  it('sends nothing to WeChat without a credit: the inbox message alone stands', async () => {
    const s = await applied()
    const sendsBefore = h.fake.stats().send
    expect((await move(s.token, s.applicationId, 'offer', '现场试做合格，直接发录用意向')).status).toBe(200)
    expect((await notices(s.student.id)).map((n) => [n.templateKey, (n.payload as { status: string }).status])).toEqual([['application_changed', '录用意向']])
    await drain()
    expect(h.fake.stats().send).toBe(sendsBefore)
    expect(await notices(s.student.id)).toEqual([expect.objectContaining({ status: 'sent', lastError: 'inbox only' })])
    expect((await h.prisma.inboxMessage.findMany({ where: { userId: s.student.id } })).map((m) => m.body)).toEqual(['您投递的「装配钳工」进度更新：录用意向'])
  })

  it('pushes 面试, 录用意向 and 已入职, each retiring an unsent one before it; not 已查看 (it would spend the credit) nor a withdrawal', async () => {
    const s = await applied(['application_changed'])
    for (const to of ['viewed', 'interview', 'offer', 'hired'] as const) expect((await move(s.token, s.applicationId, to)).status).toBe(200)
    // Each move retires the one before it if still unsent: drained between moves, all three would go.
    expect((await notices(s.student.id)).map((n) => [(n.payload as { status: string }).status, n.status])).toEqual([['面试', 'skipped'], ['录用意向', 'skipped'], ['已入职', 'pending']])
    const t = await applied(['application_changed'])
    expect((await move(t.token, t.applicationId, 'viewed')).status).toBe(200)
    expect((await h.clientAs(t.studentToken).api.applications[':id'].withdraw.$post({ param: { id: t.applicationId } })).status).toBe(200)
    expect(await notices(t.student.id)).toEqual([])
  })

  it('queues one notice per application of a bulk move', async () => {
    const a = await applied()
    const job = await h.prisma.application.findUniqueOrThrow({ where: { id: a.applicationId }, select: { job: { select: { id: true, orgId: true } } } })
    const other = await applicant(h.prisma)
    const second = await h.clientAs(await h.tokenFor(other)).api.jobs[':id'].applications.$post({ param: { id: job.job.id }, json: consentFor(job.job.orgId) })
    const { id } = ApplyResultSchema.parse(await second.json())
    const res = await h.clientAs(a.token).api.enterprise.applications['bulk-transition'].$post({ json: { ids: [a.applicationId, id], to: 'rejected' } })
    expect(res.status).toBe(200)
    for (const userId of [a.student.id, other.id]) expect((await notices(userId)).map((n) => n.templateKey)).toEqual(['application_changed'])
  })
})

describe('a first interview invitation reaches the phone (decision 116)', () => {
  it('queues one interview_invitation with the time and place, not a bare 面试, and sends it on the credit', async () => {
    const s = await applied(['interview_invitation', 'application_changed'])
    const at = inDays(3)
    expect((await invite(s.token, s.applicationId, at, '人力资源部一楼')).status).toBe(201)
    expect(await notices(s.student.id)).toEqual([{
      templateKey: 'interview_invitation', status: 'pending', lastError: null,
      payload: expect.objectContaining({ title: '面试：装配钳工', at, place: '人力资源部一楼', heading: '面试邀请', inboxWritten: true }),
    }])
    await drain()
    const sent = sentTo(s.student.openid!)
    expect(sent).toEqual([expect.objectContaining({ template_id: TEMPLATE_IDS.interview_invitation })])
    expect(sent[0]!.data).toMatchObject({ thing1: { value: '面试：装配钳工' }, thing3: { value: '人力资源部一楼' } })
    // 已投递 → 已查看 → 面试 wrote two inbox messages; the send added none.
    expect(await h.prisma.inboxMessage.count({ where: { userId: s.student.id } })).toBe(2)

    // A reschedule before the invitation went out retires it: the student's phone hears the new time only.
    const t = await applied()
    const first = InterviewResultSchema.parse(await (await invite(t.token, t.applicationId, inDays(3), '一楼')).json())
    expect((await h.clientAs(t.token).api.enterprise.interviews[':id'].reschedule.$post({ param: { id: first.interview.id }, json: { at: inDays(4), place: '二楼' } })).status).toBe(200)
    const waiting = (await notices(t.student.id)).filter((n) => n.status === 'pending' && (n.payload as { inboxWritten?: boolean }).inboxWritten)
    expect(waiting.map((n) => (n.payload as { heading: string }).heading)).toEqual(['面试改期'])
  })
})
