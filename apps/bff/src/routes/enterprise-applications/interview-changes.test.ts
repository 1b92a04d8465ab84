import { addMembership, createJob, createMember } from '@zhilian/db/factories'
import { ApplyResultSchema, InterviewResultSchema, MyApplicationsPageSchema } from '@zhilian/shared/contracts/applications'
import { MyScheduleSchema } from '@zhilian/shared/contracts/events'
import { ProfileExportSchema } from '@zhilian/shared/contracts/profile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepInterviews } from '../../reminders/interviews'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

/**
 * Decision 112: an interview is moved or called off as one thing — the row, the student's agenda entry, its reminders,
 * a notice — and nobody else's can be. Every case here failed before: the routes did not exist (404 on every call).
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()
const interviews = (token: string) => h.clientAs(token).api.enterprise.interviews[':id']
const reschedule = (token: string, id: string, json: { at: string; place: string; note?: string }) => interviews(token).reschedule.$post({ param: { id }, json })
const cancel = (token: string, id: string, reason: string) => interviews(token).cancel.$post({ param: { id }, json: { reason } })

/** An applicant invited through the route a recruiter uses, `hours` ahead; the worker's sweep gives it its reminders. */
async function invited(hours = 20) {
  const { org, user } = await recruiter(h.prisma, { name: '潍柴动力股份有限公司' })
  const job = await createJob(h.prisma, { orgId: org.id, title: '装配钳工' })
  const token = await h.tokenFor(user)
  const student = await applicant(h.prisma)
  const studentToken = await h.tokenFor(student)
  const applied = await h.clientAs(studentToken).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id) })
  const { id } = ApplyResultSchema.parse(await applied.json())
  const res = await h.clientAs(token).api.enterprise.applications[':id'].interview.$post({ param: { id }, json: { at: inHours(hours), place: '人力资源部一楼' } })
  expect(res.status).toBe(201)
  const { interview } = InterviewResultSchema.parse(await res.json())
  await sweepInterviews(h.prisma)
  return { org, job, token, student, studentToken, applicationId: id, interview }
}

const pending = (interviewId: string) =>
  h.prisma.reminder.findMany({ where: { subject: `interview:${interviewId}`, status: 'pending' }, select: { sendAt: true, payload: true }, orderBy: { sendAt: 'asc' } })
const notices = (interviewId: string) =>
  h.prisma.reminder.findMany({ where: { subject: `interview-notice:${interviewId}`, status: 'pending' }, select: { payload: true } })
const myCard = async (token: string, applicationId: string) =>
  MyApplicationsPageSchema.parse(await (await h.clientAs(token).api.applications.mine.$get({ query: {} })).json()).items.find((a) => a.id === applicationId)!
const myAgenda = async (token: string) => MyScheduleSchema.parse(await (await h.clientAs(token).api.events.schedule.mine.$get()).json()).items

describe('rescheduling an interview (decision 112)', () => {
  it('moves the one interview, its agenda entry and its reminders, and tells the student once', async () => {
    const s = await invited(20)
    // 20 hours ahead: the sweep scheduled the half-hour reminder (the day-before one is already past).
    expect((await pending(s.interview.id)).map((r) => (r.payload as { at: string }).at)).toEqual([s.interview.at])
    const at = inHours(30)
    const res = await reschedule(s.token, s.interview.id, { at, place: '二号楼面试室', note: '请带身份证' })
    expect(res.status).toBe(200)
    const moved = InterviewResultSchema.parse(await res.json())
    expect(moved).toMatchObject({ id: s.applicationId, status: 'interview', interview: { id: s.interview.id, at, place: '二号楼面试室', note: '请带身份证', cancelledAt: null } })

    // One interview still, at the new time; no second round, no second agenda entry.
    const rows = await h.prisma.interview.findMany({ where: { applicationId: s.applicationId } })
    expect(rows.map((r) => r.at.toISOString())).toEqual([at])
    const card = await myCard(s.studentToken, s.applicationId)
    expect(card.interviews).toEqual([expect.objectContaining({ at, place: '二号楼面试室', cancelledAt: null })])
    const agenda = (await myAgenda(s.studentToken)).filter((e) => e.interviewId === s.interview.id)
    expect(agenda).toEqual([expect.objectContaining({ startsAt: at, place: '二号楼面试室', cancelled: null })])

    // The old time's reminder is gone; the new time's two are there, and a later sweep adds nothing.
    const expectNew = [new Date(Date.parse(at) - 24 * 3_600_000).toISOString(), new Date(Date.parse(at) - 30 * 60_000).toISOString()]
    expect((await pending(s.interview.id)).map((r) => r.sendAt.toISOString())).toEqual(expectNew)
    await sweepInterviews(h.prisma)
    expect((await pending(s.interview.id)).map((r) => r.sendAt.toISOString())).toEqual(expectNew)
    expect(await h.prisma.reminder.count({ where: { subject: `interview:${s.interview.id}`, status: 'pending', payload: { path: ['at'], equals: s.interview.at } } })).toBe(0)

    // The student: one inbox message now, and one subscribe message queued that will not write a second.
    const inbox = await h.prisma.inboxMessage.findMany({ where: { userId: s.student.id, title: '面试时间调整' } })
    expect(inbox).toHaveLength(1)
    expect(inbox[0]!.body).toContain('您投递的「装配钳工」的面试改为：')
    expect(inbox[0]!.body).toContain('二号楼面试室')
    expect((await notices(s.interview.id)).map((n) => n.payload)).toEqual([expect.objectContaining({ heading: '面试改期', at, inboxWritten: true })])
    expect(await h.prisma.auditLog.count({ where: { action: 'application.interview_rescheduled', entityId: s.applicationId } })).toBe(1)
  })

  it('keeps the last of two concurrent moves, with one set of reminders and one notice waiting', async () => {
    const s = await invited(20)
    const [a, b] = [inHours(40), inHours(44)]
    const answers = await Promise.all([reschedule(s.token, s.interview.id, { at: a, place: '甲会议室' }), reschedule(s.token, s.interview.id, { at: b, place: '乙会议室' })])
    expect(answers.map((r) => r.status)).toEqual([200, 200])
    const row = await h.prisma.interview.findUniqueOrThrow({ where: { id: s.interview.id } })
    const item = await h.prisma.scheduleItem.findFirstOrThrow({ where: { interviewId: s.interview.id } })
    expect(item.startsAt.toISOString()).toBe(row.at.toISOString())
    const left = await pending(s.interview.id)
    expect(left).toHaveLength(2)
    expect(left.every((r) => (r.payload as { at: string }).at === row.at.toISOString())).toBe(true)
    expect((await notices(s.interview.id)).map((n) => (n.payload as { at: string }).at)).toEqual([row.at.toISOString()])
  })

  it('refuses a past time, a past or cancelled interview, and a closed application, in Chinese', async () => {
    const s = await invited(20)
    const early = await expectProblem(await reschedule(s.token, s.interview.id, { at: inHours(-1), place: '人力资源部一楼' }), 400, 'VALIDATION_FAILED')
    expect(early.issues).toEqual([expect.objectContaining({ path: 'at', message: '面试时间应晚于当前时间' })])
    await h.prisma.interview.update({ where: { id: s.interview.id }, data: { at: new Date(Date.now() - 3_600_000) } })
    for (const res of [await reschedule(s.token, s.interview.id, { at: inHours(30), place: '人力资源部一楼' }), await cancel(s.token, s.interview.id, '时间冲突')]) {
      expect((await expectProblem(res, 409, 'CONFLICT')).message).toBe('该面试的时间已过，不能再改期或取消')
    }
    const t = await invited(30)
    expect((await cancel(t.token, t.interview.id, '岗位调整')).status).toBe(200)
    expect((await expectProblem(await reschedule(t.token, t.interview.id, { at: inHours(50), place: '人力资源部一楼' }), 409, 'CONFLICT')).message)
      .toBe('该面试已取消，不能再改期或取消；如需面试请重新安排')
    const u = await invited(30)
    expect((await h.clientAs(u.studentToken).api.applications[':id'].withdraw.$post({ param: { id: u.applicationId } })).status).toBe(200)
    expect((await expectProblem(await cancel(u.token, u.interview.id, '岗位调整'), 409, 'CONFLICT')).message).toBe('该投递已是“已撤回”状态，面试不能再改期或取消')
  })
})

describe('cancelling an interview (decision 112)', () => {
  it('needs a reason, stops the reminders, keeps the interview with its reason, and sends the application back to 已查看', async () => {
    const s = await invited(20)
    const blank = await expectProblem(await cancel(s.token, s.interview.id, ''), 400, 'VALIDATION_FAILED')
    expect(blank.issues?.[0]?.message).toBe('请填写取消原因，学生会看到')
    const res = await cancel(s.token, s.interview.id, '岗位调整，暂停招聘')
    expect(res.status).toBe(200)
    expect(InterviewResultSchema.parse(await res.json())).toMatchObject({ status: 'viewed', interview: { id: s.interview.id, cancelReason: '岗位调整，暂停招聘', cancelledAt: expect.any(String) } })
    expect(await pending(s.interview.id)).toEqual([])
    await sweepInterviews(h.prisma)
    expect(await pending(s.interview.id)).toEqual([])

    const card = await myCard(s.studentToken, s.applicationId)
    expect(card.status).toBe('viewed')
    expect(card.interviews).toEqual([expect.objectContaining({ cancelReason: '岗位调整，暂停招聘', cancelledAt: expect.any(String) })])
    expect(card.timeline.at(-1)).toMatchObject({ from: 'interview', to: 'viewed', reason: '取消面试：岗位调整，暂停招聘' })
    const agenda = (await myAgenda(s.studentToken)).filter((e) => e.interviewId === s.interview.id)
    expect(agenda).toEqual([expect.objectContaining({ cancelled: { reason: '岗位调整，暂停招聘' }, overlaps: [] })])
    const inbox = await h.prisma.inboxMessage.findMany({ where: { userId: s.student.id, title: '面试已取消' } })
    expect(inbox.map((m) => m.body)).toEqual([expect.stringContaining('的面试已取消，原因：岗位调整，暂停招聘。投递回到“已查看”')])
    expect((await notices(s.interview.id)).map((n) => n.payload)).toEqual([expect.objectContaining({ heading: '面试已取消', inboxWritten: true })])

    // The student's own export (PIPL art. 45) carries the cancellation too.
    const exported = ProfileExportSchema.parse(await (await h.clientAs(s.studentToken).api.profile.export.$get()).json())
    expect(exported.applications.find((a) => a.interviews.length)?.interviews).toEqual([expect.objectContaining({ cancelReason: '岗位调整，暂停招聘' })])

    // Scheduling again is the next step from 已查看, and makes a new round.
    const again = await h.clientAs(s.token).api.enterprise.applications[':id'].interview.$post({ param: { id: s.applicationId }, json: { at: inHours(50), place: '人力资源部一楼' } })
    expect(again.status).toBe(201)
    expect(await h.prisma.interview.count({ where: { applicationId: s.applicationId } })).toBe(2)
  })

  it('leaves the application at 面试 while another round stands', async () => {
    const s = await invited(20)
    const further = await h.clientAs(s.token).api.enterprise.applications[':id'].interview.$post({ param: { id: s.applicationId }, json: { at: inHours(48), place: '总经理办公室' } })
    expect(further.status).toBe(201)
    const res = await cancel(s.token, s.interview.id, '面试官出差')
    expect(InterviewResultSchema.parse(await res.json()).status).toBe('interview')
    const card = await myCard(s.studentToken, s.applicationId)
    expect(card.status).toBe('interview')
    expect(card.interviews.map((i) => i.cancelledAt === null)).toEqual([false, true])
  })
})

describe('a suspended unit (decision 089)', () => {
  it('calls nobody to a new time, and may still call an interview off', async () => {
    const s = await invited(30)
    await h.prisma.organization.update({ where: { id: s.org.id }, data: { verification: 'suspended', suspendedBy: '淄博市工业和信息化局', suspendedReason: '冒用他人执照' } })
    const moved = await expectProblem(await reschedule(s.token, s.interview.id, { at: inHours(50), place: '别处' }), 409, 'UNIT_SUSPENDED')
    expect(moved.message).toContain('暂不能安排面试或发出录用通知')
    expect((await cancel(s.token, s.interview.id, '单位暂停招聘')).status).toBe(200)
  })
})

describe('who may move or cancel an interview (decision 112)', () => {
  it('answers another unit 404, a member without 投递管理 403, the student 403, and changes nothing', async () => {
    const s = await invited(30)
    const other = await recruiter(h.prisma)
    const outsider = await h.tokenFor(other.user)
    for (const res of [await reschedule(outsider, s.interview.id, { at: inHours(60), place: '别处' }), await cancel(outsider, s.interview.id, '不是我的')]) {
      expect((await expectProblem(res, 404, 'NOT_FOUND')).message).toBe('面试不存在或已被删除')
    }
    const viewer = (await createMember(h.prisma, s.org, { orgRole: 'viewer' })).user
    const viewerToken = await h.tokenFor(viewer)
    await expectProblem(await reschedule(viewerToken, s.interview.id, { at: inHours(60), place: '别处' }), 403, 'FORBIDDEN')
    await expectProblem(await cancel(viewerToken, s.interview.id, '只读成员'), 403, 'FORBIDDEN')
    await expectProblem(await cancel(s.studentToken, s.interview.id, '学生本人'), 403, 'FORBIDDEN')
    // A member of the owning unit through a second membership (decision 094) may.
    const both = await recruiter(h.prisma)
    await addMembership(h.prisma, both.user.id, s.org, { orgRole: 'hr' })
    expect((await reschedule(await h.tokenFor(both.user), s.interview.id, { at: inHours(60), place: '三号楼' })).status).toBe(200)
    const row = await h.prisma.interview.findUniqueOrThrow({ where: { id: s.interview.id } })
    expect(row).toMatchObject({ place: '三号楼', cancelledAt: null })
  })
})
