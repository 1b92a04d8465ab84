import { createJob, createMember, createStudent } from '@zhilian/db/factories'
import {
  ApplicantsSchema,
  ApplicationDetailSchema,
  ApplyResultSchema,
  BulkTransitionResultSchema,
  InterviewResultSchema,
  type TransitionBody,
  TransitionResultSchema,
} from '@zhilian/shared/contracts/applications'
import type { ProfileField } from '@zhilian/shared/contracts/profile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness, type TestClient } from '../../testing/harness'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const applications = (token: string) => h.clientAs(token).api.enterprise.applications
const applicants = (jobId: string, token: string) => h.clientAs(token).api.enterprise.jobs[':id'].applicants.$get({ param: { id: jobId } })
const detailOf = (id: string, token: string) => applications(token)[':id'].$get({ param: { id } })
const bulkView = (ids: string[], token: string) => applications(token)['bulk-transition'].$post({ json: { ids, to: 'viewed' } })

async function hiring(headcount = 3) {
  const { org, user } = await recruiter(h.prisma)
  const job = await createJob(h.prisma, { orgId: org.id, title: '数控车工', headcount })
  return { org, job, token: await h.tokenFor(user), staffId: user.id }
}

async function apply(jobId: string, orgId: string, fields?: ProfileField[]) {
  const student = await applicant(h.prisma)
  const res = await h.clientAs(await h.tokenFor(student)).api.jobs[':id'].applications.$post({ param: { id: jobId }, json: consentFor(orgId, fields) })
  expect(res.status).toBe(201)
  return { id: ApplyResultSchema.parse(await res.json()).id, student }
}

const move = async (id: string, to: TransitionBody['to'], token: string, reason?: string) =>
  applications(token)[':id'].transition.$post({ param: { id }, json: { to, reason } })

describe('pipeline through HTTP', () => {
  it('moves step by step, logs each move, tells the student, and records who did it', async () => {
    const { org, job, token, staffId } = await hiring()
    const { id, student } = await apply(job.id, org.id)
    for (const to of ['viewed', 'interview', 'offer'] as const) {
      const res = await move(id, to, token)
      expect(res.status).toBe(200)
      expect(TransitionResultSchema.parse(await res.json()).status).toBe(to)
    }
    const events = await h.prisma.applicationEvent.findMany({ where: { applicationId: id }, orderBy: { at: 'asc' } })
    expect(events.map((e) => e.to)).toEqual(['submitted', 'viewed', 'interview', 'offer'])
    expect(events.slice(1).every((e) => e.byUserId === staffId)).toBe(true)
    const inbox = await h.prisma.inboxMessage.findMany({ where: { userId: student.id }, orderBy: { createdAt: 'asc' } })
    expect(inbox.map((m) => m.body)).toContain('您投递的「数控车工」进度更新：面试')
    expect(await h.prisma.auditLog.count({ where: { entity: 'Application', entityId: id, actorUserId: staffId } })).toBe(3)
  })

  it('refuses an offer after a rejection, and a skipped stage without a reason', async () => {
    const { org, job, token } = await hiring()
    const rejected = await apply(job.id, org.id)
    expect((await move(rejected.id, 'rejected', token)).status).toBe(200)
    await expectProblem(await move(rejected.id, 'offer', token, '补录'), 409, 'INVALID_TRANSITION')

    const skipping = await apply(job.id, org.id)
    const problem = await expectProblem(await move(skipping.id, 'offer', token), 400, 'VALIDATION_FAILED')
    expect(problem.issues?.[0]?.path).toBe('reason')
    expect((await h.prisma.application.findUniqueOrThrow({ where: { id: skipping.id } })).status).toBe('submitted')
    const res = await move(skipping.id, 'offer', token, '双选会现场面谈通过')
    expect(TransitionResultSchema.parse(await res.json()).status).toBe('offer')
    const event = await h.prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: skipping.id, to: 'offer' } })
    expect(event.reason).toBe('双选会现场面谈通过')
    // Withdrawal belongs to the student.
    const fresh = await apply(job.id, org.id)
    await expectProblem(await move(fresh.id, 'withdrawn', token), 403, 'FORBIDDEN')
  })

  it('hiring reduces head-count left and fills (closes) the job at the last seat', async () => {
    const { org, job, token } = await hiring(2)
    const a = await apply(job.id, org.id)
    const b = await apply(job.id, org.id)
    const c = await apply(job.id, org.id)
    const first = TransitionResultSchema.parse(await (await move(a.id, 'hired', token, '实习转正')).json())
    expect(first.job).toMatchObject({ hiredCount: 1, headcount: 2, status: 'open' })
    const second = TransitionResultSchema.parse(await (await move(b.id, 'hired', token, '实习转正')).json())
    expect(second.job).toMatchObject({ hiredCount: 2, status: 'filled' })
    await expectProblem(await move(c.id, 'hired', token, '实习转正'), 409, 'CAPACITY_FULL')
    await expectProblem(await h.client.api.jobs[':id'].$get({ param: { id: job.id } }), 404, 'NOT_FOUND')
  })

  it('never hires beyond head-count when hires race', async () => {
    const { org, job, token } = await hiring(2)
    const apps = []
    for (let i = 0; i < 6; i++) apps.push(await apply(job.id, org.id))
    const results = await Promise.all(apps.map((a) => move(a.id, 'hired', token, '集中录用')))
    expect(results.filter((r) => r.status === 200)).toHaveLength(2)
    const row = await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })
    expect({ hired: row.hiredCount, status: row.status }).toEqual({ hired: 2, status: 'filled' })
    expect(await h.prisma.application.count({ where: { jobId: job.id, status: 'hired' } })).toBe(2)
  })

  it('bulk moves each application on its own and reports per item', async () => {
    const { org, job, token } = await hiring()
    const a = await apply(job.id, org.id)
    const b = await apply(job.id, org.id)
    await move(b.id, 'rejected', token)
    const foreign = await hiring()
    const theirs = await apply(foreign.job.id, foreign.org.id)
    const res = await bulkView([a.id, b.id, theirs.id], token)
    const body = BulkTransitionResultSchema.parse(await res.json())
    expect(body).toMatchObject({ succeeded: 1, failed: 2 })
    expect(body.results.map((r) => [r.id, r.ok, r.code])).toEqual([
      [a.id, true, undefined],
      [b.id, false, 'INVALID_TRANSITION'],
      [theirs.id, false, 'NOT_FOUND'],
    ])
    expect((await h.prisma.application.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe('submitted')
  })
})

describe('reading applicants', () => {
  it('masks the phone and shows only consented résumé fields', async () => {
    const { org, job, token } = await hiring()
    const limited = await apply(job.id, org.id, ['realName', 'skills'])
    const full = await apply(job.id, org.id, ['realName', 'phone', 'college', 'intro'])
    const res = await applicants(job.id, token)
    const pipeline = ApplicantsSchema.parse(await res.json())
    const submitted = pipeline.stages.find((s) => s.status === 'submitted')!
    expect(submitted.count).toBe(2)
    const one = submitted.items.find((i) => i.id === limited.id)!
    const phone = limited.student.studentProfile!.phone!
    expect(one.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
    expect(one.phoneMasked).toBe(true)
    expect(Object.keys(one.resume).sort()).toEqual(['realName', 'skills'])
    const two = submitted.items.find((i) => i.id === full.id)!
    expect(two).toMatchObject({ phone: full.student.studentProfile!.phone, phoneMasked: false })
    expect(Object.keys(two.resume).sort()).toEqual(['college', 'intro', 'realName'])
    expect(JSON.stringify(pipeline)).not.toContain(phone)
  })

  it('reads without writing; POST …/viewed marks a submitted application viewed, once', async () => {
    const { org, job, token } = await hiring()
    const { id, student } = await apply(job.id, org.id)
    const read = ApplicationDetailSchema.parse(await (await detailOf(id, token)).json())
    expect(read.status).toBe('submitted')
    expect((await h.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe('submitted')
    expect(await h.prisma.applicationEvent.count({ where: { applicationId: id, to: 'viewed' } })).toBe(0)
    expect(await h.prisma.inboxMessage.count({ where: { userId: student.id } })).toBe(0)
    for (let i = 0; i < 2; i++) {
      const res = await applications(token)[':id'].viewed.$post({ param: { id } })
      expect(res.status).toBe(200)
      expect(TransitionResultSchema.parse(await res.json()).status).toBe('viewed')
    }
    const detail = ApplicationDetailSchema.parse(await (await detailOf(id, token)).json())
    expect(detail.allowed.map((a) => a.status)).toContain('interview')
    expect(detail.timeline.map((e) => e.to)).toEqual(['submitted', 'viewed'])
    expect(await h.prisma.inboxMessage.count({ where: { userId: student.id } })).toBe(1)
  })

  it('schedules an interview: records the viewed step, moves to 面试, tells the student when and where', async () => {
    const { org, job, token } = await hiring()
    const { id, student } = await apply(job.id, org.id)
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString()
    await expectProblem(await applications(token)[':id'].interview.$post({ param: { id }, json: { at: new Date(Date.now() - 1000).toISOString(), place: '公司二楼' } }), 400, 'VALIDATION_FAILED')
    const res = await applications(token)[':id'].interview.$post({ param: { id }, json: { at, place: '淄博市张店区公司二楼会议室', note: '带上简历' } })
    expect(res.status).toBe(201)
    const body = InterviewResultSchema.parse(await res.json())
    expect(body).toMatchObject({ status: 'interview', interview: { place: '淄博市张店区公司二楼会议室', at } })
    const events = await h.prisma.applicationEvent.findMany({ where: { applicationId: id }, orderBy: { at: 'asc' } })
    expect(events.map((e) => e.to)).toEqual(['submitted', 'viewed', 'interview'])
    const inbox = await h.prisma.inboxMessage.findMany({ where: { userId: student.id } })
    expect(inbox.some((m) => m.body.startsWith('您投递的「数控车工」进度更新：面试') && m.body.includes('淄博市张店区公司二楼会议室'))).toBe(true)
    const agenda = await h.prisma.scheduleItem.findMany({ where: { userId: student.id } })
    expect(agenda.map((a) => [a.interviewId, a.startsAt.toISOString()])).toEqual([[body.interview.id, at]])
  })
})

describe('ids never leak across enterprises', () => {
  it('answers 404 for another enterprise’s job and application on every id-taking route', async () => {
    const mine = await hiring()
    const theirs = await hiring()
    const { id: theirApp } = await apply(theirs.job.id, theirs.org.id)
    const at = new Date(Date.now() + 86_400_000).toISOString()
    const param = { id: theirApp }
    const calls = [
      (c: TestClient) => c.api.enterprise.jobs[':id'].applicants.$get({ param: { id: theirs.job.id } }),
      (c: TestClient) => c.api.enterprise.applications[':id'].$get({ param }),
      (c: TestClient) => c.api.enterprise.applications[':id'].transition.$post({ param, json: { to: 'viewed' } }),
      (c: TestClient) => c.api.enterprise.applications[':id'].interview.$post({ param, json: { at, place: '会议室' } }),
    ]
    for (const send of calls) {
      await expectProblem(await send(h.clientAs(mine.token)), 404, 'NOT_FOUND')
    }
    expect((await h.prisma.application.findUniqueOrThrow({ where: { id: theirApp } })).status).toBe('submitted')
  })

  it('refuses students (403) and unverified staff (NOT_VERIFIED)', async () => {
    const { org, job } = await hiring()
    const { id } = await apply(job.id, org.id)
    const student = await h.tokenFor(await createStudent(h.prisma))
    await expectProblem(await applicants(job.id, student), 403, 'FORBIDDEN')
    await expectProblem(await move(id, 'viewed', student), 403, 'FORBIDDEN')
    await expectProblem(await bulkView([id], student), 403, 'FORBIDDEN')
    const pending = await createMember(h.prisma, org, { status: 'pending' })
    const pendingToken = await h.tokenFor(pending.user)
    await expectProblem(await move(id, 'viewed', pendingToken), 403, 'NOT_VERIFIED')
    await expectProblem(await applicants(job.id, pendingToken), 403, 'NOT_VERIFIED')
  })
})
