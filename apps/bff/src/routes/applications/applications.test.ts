import { createJob, createMember, createStudent } from '@zhilian/db/factories'
import { type ApplyBody, ApplyResultSchema, MyApplicationSchema, MyApplicationsPageSchema, readConsent } from '@zhilian/shared/contracts/applications'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const apply = (jobId: string, json: ApplyBody, token: string) => h.clientAs(token).api.jobs[':id'].applications.$post({ param: { id: jobId }, json })
const withdraw = (id: string, token: string) => h.clientAs(token).api.applications[':id'].withdraw.$post({ param: { id } })
const mine = (token: string) => h.clientAs(token).api.applications.mine

async function setup() {
  const { org, user: staff } = await recruiter(h.prisma)
  const job = await createJob(h.prisma, { orgId: org.id, title: '数控车工' })
  const student = await applicant(h.prisma)
  return { org, staff, job, student, token: await h.tokenFor(student) }
}

describe('POST /api/jobs/:id/applications', () => {
  it('records the consent wording and time, and starts the timeline', async () => {
    const { org, job, token } = await setup()
    const res = await apply(job.id, { ...consentFor(org.id, ['realName', 'skills']), coverNote: '可随时到岗' }, token)
    expect(res.status).toBe(201)
    const created = ApplyResultSchema.parse(await res.json())
    expect(created.status).toBe('submitted')
    const consent = readConsent(created.consentText)
    expect(consent).toMatchObject({ recipientOrgId: org.id, recipientName: org.name, purpose: '求职应聘', fields: ['realName', 'skills'] })
    expect(consent?.text).toContain(org.name)
    expect(consent?.text).toContain('姓名、技能')
    expect(Math.abs(Date.parse(created.consentAt) - Date.now())).toBeLessThan(60_000)
    const events = await h.prisma.applicationEvent.findMany({ where: { applicationId: created.id } })
    expect(events.map((e) => [e.from, e.to])).toEqual([[null, 'submitted']])
  })

  it('requires a consent, naming this job’s enterprise', async () => {
    const { job, token } = await setup()
    // A body without the consent cannot be typed, so this stays a raw request.
    await expectProblem(await h.app.request(`/api/jobs/${job.id}/applications`, jsonInit('POST', {}, bearer(token))), 400, 'VALIDATION_FAILED')
    const { org: otherOrg } = await recruiter(h.prisma)
    const wrong = await expectProblem(await apply(job.id, consentFor(otherOrg.id), token), 400, 'VALIDATION_FAILED')
    expect(wrong.issues?.[0]?.path).toBe('consent.recipientOrgId')
    const empty = { consent: { ...consentFor(job.orgId).consent, fields: [] } }
    await expectProblem(await apply(job.id, empty, token), 400, 'VALIDATION_FAILED')
    expect(await h.prisma.application.count({ where: { jobId: job.id } })).toBe(0)
  })

  it('refuses an incomplete résumé with 409 naming what is missing', async () => {
    const { job } = await setup()
    const bare = await createStudent(h.prisma) // the factory's profile has no college and no phone
    const problem = await expectProblem(await apply(job.id, consentFor(job.orgId), await h.tokenFor(bare)), 409, 'CONFLICT')
    expect(problem.message).toContain('就读院校')
    expect(problem.message).toContain('手机号')
  })

  it('refuses a second application to the same job, even when sent twice at once', async () => {
    const { job, token } = await setup()
    const results = await Promise.all([1, 2].map(() => apply(job.id, consentFor(job.orgId), token)))
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
    await expectProblem(await apply(job.id, consentFor(job.orgId), token), 409, 'DUPLICATE')
    expect(await h.prisma.application.count({ where: { jobId: job.id } })).toBe(1)
  })

  it('only takes applications for open jobs with head-count left', async () => {
    const { org, token } = await setup()
    const paused = await createJob(h.prisma, { orgId: org.id, status: 'paused' })
    await expectProblem(await apply(paused.id, consentFor(org.id), token), 404, 'NOT_FOUND')
    const full = await createJob(h.prisma, { orgId: org.id, headcount: 2, hiredCount: 2 })
    await expectProblem(await apply(full.id, consentFor(org.id), token), 409, 'CAPACITY_FULL')
  })

  // Decision 049: a job still marked open whose closing date (shown as …截止) had passed took applications.
  it('refuses a job past its closing date, and takes one still before it', async () => {
    const { org, token } = await setup()
    const closed = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() - 86_400_000) })
    const refused = await expectProblem(await apply(closed.id, consentFor(org.id), token), 409, 'INVALID_TRANSITION')
    expect(refused.message).toContain('截止')
    expect(await h.prisma.application.count({ where: { jobId: closed.id } })).toBe(0)
    const later = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() + 86_400_000) })
    expect((await apply(later.id, consentFor(org.id), token)).status).toBe(201)
    // Once the expiry sweep has closed it (decision 051), the answer still names the date, not 不存在.
    const swept = await createJob(h.prisma, { orgId: org.id, status: 'closed', closesAt: new Date(Date.now() - 86_400_000) })
    const sweptAnswer = await expectProblem(await apply(swept.id, consentFor(org.id), token), 409, 'INVALID_TRANSITION')
    expect(sweptAnswer.message).toContain('截止')
  })

  it('is for students only', async () => {
    const { job, staff } = await setup()
    await expectProblem(await apply(job.id, consentFor(job.orgId), await h.tokenFor(staff)), 403, 'FORBIDDEN')
    await expectProblem(await h.client.api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(job.orgId) }), 401, 'UNAUTHENTICATED')
  })
})

describe('my applications and withdrawal', () => {
  it('lists own applications with job, enterprise and timeline', async () => {
    const { org, job, token, staff } = await setup()
    const other = await createJob(h.prisma, { orgId: org.id, title: '装配钳工' })
    const a = ApplyResultSchema.parse(await (await apply(job.id, consentFor(org.id), token)).json())
    await apply(other.id, consentFor(org.id), token)
    // The enterprise opens it (the explicit 已查看 action, decision 014): the student's timeline shows 已查看.
    expect((await h.clientAs(await h.tokenFor(staff)).api.enterprise.applications[':id'].viewed.$post({ param: { id: a.id } })).status).toBe(200)
    const res = await mine(token).$get({ query: { limit: 1 } })
    const first = MyApplicationsPageSchema.parse(await res.json())
    expect(first.items).toHaveLength(1)
    const second = MyApplicationsPageSchema.parse(await (await mine(token).$get({ query: { limit: 5, cursor: first.nextCursor! } })).json())
    const all = [...first.items, ...second.items]
    expect(all.map((x) => x.job.title).sort()).toEqual(['数控车工', '装配钳工'])
    const viewed = all.find((x) => x.id === a.id)!
    expect(viewed).toMatchObject({ status: 'viewed', org: { id: org.id, name: org.name }, canWithdraw: true })
    expect(viewed.timeline.map((e) => e.to)).toEqual(['submitted', 'viewed'])
    // Narrowed to one job, as the job page asks whether its student applied already.
    const one = MyApplicationsPageSchema.parse(await (await mine(token).$get({ query: { jobId: other.id } })).json())
    expect(one.items.map((x) => x.job.title)).toEqual(['装配钳工'])
  })

  it('lets the owner withdraw before a decision, and nobody else', async () => {
    const { org, job, token } = await setup()
    const a = ApplyResultSchema.parse(await (await apply(job.id, consentFor(org.id), token)).json())
    const stranger = await applicant(h.prisma)
    await expectProblem(await withdraw(a.id, await h.tokenFor(stranger)), 404, 'NOT_FOUND')
    const res = await withdraw(a.id, token)
    expect(res.status).toBe(200)
    const withdrawn = MyApplicationSchema.parse(await res.json())
    expect(withdrawn).toMatchObject({ status: 'withdrawn', canWithdraw: false })
    await expectProblem(await withdraw(a.id, token), 409, 'INVALID_TRANSITION')
  })

  it('refuses withdrawal once an offer was made', async () => {
    const { org, job, token } = await setup()
    const a = ApplyResultSchema.parse(await (await apply(job.id, consentFor(org.id), token)).json())
    await h.prisma.application.update({ where: { id: a.id }, data: { status: 'offer' } })
    const problem = await expectProblem(await withdraw(a.id, token), 409, 'INVALID_TRANSITION')
    expect(problem.message).toContain('录用意向')
  })

  it('keeps enterprise staff out of student routes', async () => {
    const staff = await createMember(h.prisma, (await recruiter(h.prisma)).org)
    await expectProblem(await mine(await h.tokenFor(staff.user)).$get({ query: {} }), 403, 'FORBIDDEN')
  })
})
