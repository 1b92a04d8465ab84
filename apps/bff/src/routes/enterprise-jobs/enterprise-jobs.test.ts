import { createAdmin, createEnterprise, createJob, createMember, createStudent } from '@zhilian/db/factories'
import { AdminOrgSchema } from '@zhilian/shared/contracts/admin'
import { EnterpriseJobPageSchema, EnterpriseJobSchema, JobDetailSchema } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness, type TestClient } from '../../testing/harness'
import { decideAsRead } from '../../testing/review-as-read'
import { recruiter } from '../../testing/application-fixtures'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const jobs = (token: string) => h.clientAs(token).api.enterprise.jobs
type JobCreate = Parameters<ReturnType<typeof jobs>['$post']>[0]['json']
const post = (token: string, json: JobCreate) => jobs(token).$post({ json })
const patch = (token: string, id: string, json: Parameters<ReturnType<typeof jobs>[':id']['$patch']>[0]['json']) => jobs(token)[':id'].$patch({ param: { id }, json })
const publicJob = (id: string) => h.client.api.jobs[':id'].$get({ param: { id } })
const review = (token: string, id: string, json: { decision: 'approve' } | { decision: 'request_changes'; reason: string }) => decideAsRead(h, token, 'job', id, json)

const jobBody: JobCreate = {
  title: '数控车工',
  type: 'full_time',
  headcount: 2,
  education: 'associate',
  minYearsExperience: 0,
  cityCode: '370300',
  salaryMin: 6000,
  salaryMax: 9000,
  description: '操作数控车床加工轴类零件',
  majorCodes: ['460103'],
  skills: [{ name: '数控车床操作', level: 'intermediate' }],
  chainId: 'SD-C02',
}

let adminToken: string | undefined
const admin = async () => (adminToken ??= await h.tokenFor(await createAdmin(h.prisma)))

async function staff() {
  const { org, user } = await recruiter(h.prisma)
  return { org, token: await h.tokenFor(user) }
}

describe('enterprise jobs', () => {
  it('sends a posted job to review; students find it once an administrator approves; lists it with application counts', async () => {
    const { org, token } = await staff()
    const res = await post(token, jobBody)
    expect(res.status).toBe(201)
    const job = EnterpriseJobSchema.parse(await res.json())
    expect(job).toMatchObject({ orgId: org.id, status: 'pending_review', hiredCount: 0, majorCodes: ['460103'], chainId: 'SD-C02' })
    await expectProblem(await publicJob(job.id), 404, 'NOT_FOUND')
    expect((await review(await admin(), job.id, { decision: 'approve' })).status).toBe(200)
    expect(JobDetailSchema.parse(await (await publicJob(job.id)).json()).title).toBe('数控车工')
    const draft = EnterpriseJobSchema.parse(await (await post(token, { ...jobBody, publish: false })).json())
    expect(draft.status).toBe('draft')
    const page = EnterpriseJobPageSchema.parse(await (await jobs(token).$get({ query: {} })).json())
    expect(page.items.map((j) => j.id).sort()).toEqual([job.id, draft.id].sort())
    const drafts = EnterpriseJobPageSchema.parse(await (await jobs(token).$get({ query: { status: 'draft' } })).json())
    expect(drafts.items.map((j) => j.id)).toEqual([draft.id])
  })

  it('puts a job returned by a reviewer back in review when resumed, not live', async () => {
    const { org, token } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', publishedAt: null })
    expect((await review(await admin(), job.id, { decision: 'request_changes', reason: '请删除收费内容' })).status).toBe(200)
    const resumed = EnterpriseJobSchema.parse(await (await jobs(token)[':id'].resume.$post({ param: { id: job.id } })).json())
    expect(resumed.status).toBe('pending_review')
    await expectProblem(await publicJob(job.id), 404, 'NOT_FOUND')
    expect(await h.prisma.auditLog.count({ where: { entityId: job.id, action: 'job.resume' } })).toBe(1)
  })

  it('re-reviews a material edit of an open job, but not a head-count change', async () => {
    const { org, token } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id, headcount: 3, salaryMin: 5000, salaryMax: 7000 })
    const more = EnterpriseJobSchema.parse(await (await patch(token, job.id, { headcount: 6, title: job.title })).json())
    expect(more.status).toBe('open')
    const edited = EnterpriseJobSchema.parse(await (await patch(token, job.id, { description: '入职前需先培训后上岗，培训费3000元。' })).json())
    expect(edited.status).toBe('pending_review')
    await expectProblem(await publicJob(job.id), 404, 'NOT_FOUND')
    const entry = await h.prisma.auditLog.findFirstOrThrow({ where: { entityId: job.id, action: 'job.updated' }, orderBy: { at: 'desc' } })
    expect(entry.diff).toMatchObject({ material: ['description'], status: { from: 'open', to: 'pending_review' }, signals: ['training_fee_wording'] })
    const queue = (await (await h.clientAs(await admin()).api.review.queue.$get({ query: { kind: 'job', limit: 50 } })).json()) as { items: { id: string; signals: { code: string }[] }[] }
    expect(queue.items.find((i) => i.id === job.id)?.signals.map((x) => x.code)).toContain('training_fee_wording')
  })

  it('publishes at once for a trusted poster, set by an administrator with a reason and audited; 招转培 wording still goes to review', async () => {
    const { org, token } = await staff()
    const set = (as: string, json: { trusted: boolean; reason: string }) => h.clientAs(as).api.admin.organizations[':id'].trusted.$put({ param: { id: org.id }, json })
    await expectProblem(await set(token, { trusted: true, reason: '自己说可信' }), 403, 'FORBIDDEN')
    // A body without the reason cannot be typed, so this stays a raw request.
    await expectProblem(await h.app.request(`/api/admin/organizations/${org.id}/trusted`, jsonInit('PUT', { trusted: true }, bearer(await admin()))), 400, 'VALIDATION_FAILED')
    const trusted = AdminOrgSchema.parse(await (await set(await admin(), { trusted: true, reason: '链主企业，近一年岗位无投诉' })).json())
    expect(trusted.trustedPoster).toBe(true)
    expect(await h.prisma.auditLog.findFirst({ where: { entityId: org.id, action: 'organization.trust' }, select: { diff: true } })).toMatchObject({ diff: { reason: '链主企业，近一年岗位无投诉' } })
    const open = EnterpriseJobSchema.parse(await (await post(token, jobBody)).json())
    expect(open.status).toBe('open')
    const fee = EnterpriseJobSchema.parse(await (await post(token, { ...jobBody, title: '储备干部', description: '先培训后上岗，需交培训费' })).json())
    expect(fee.status).toBe('pending_review')
    await set(await admin(), { trusted: false, reason: '收到举报' })
    expect(EnterpriseJobSchema.parse(await (await post(token, { ...jobBody, title: '装配工' })).json()).status).toBe('pending_review')
  })

  it('validates with the demand-list rules and real references', async () => {
    const { token } = await staff()
    const salary = await expectProblem(await post(token, { ...jobBody, salaryMin: 9000, salaryMax: 6000 }), 400, 'VALIDATION_FAILED')
    expect(salary.issues?.some((i) => i.path === 'salaryMin' && i.message.includes('最低薪资'))).toBe(true)
    const refs = await expectProblem(await post(token, { ...jobBody, cityCode: '110000', majorCodes: ['999999'] }), 400, 'VALIDATION_FAILED')
    expect(refs.issues?.map((i) => i.path).sort()).toEqual(['cityCode', 'majorCodes.0'])
  })

  it('patches fields, re-checking the merged job, and keeps head-count above hires', async () => {
    const { org, token } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id, headcount: 3, hiredCount: 2, salaryMin: 5000, salaryMax: 7000 })
    await expectProblem(await patch(token, job.id, { salaryMin: 8000 }), 400, 'VALIDATION_FAILED')
    await expectProblem(await patch(token, job.id, { headcount: 1 }), 400, 'VALIDATION_FAILED')
    const filled = EnterpriseJobSchema.parse(await (await patch(token, job.id, { headcount: 2 })).json())
    expect(filled.status).toBe('filled')
    const reopened = EnterpriseJobSchema.parse(await (await patch(token, job.id, { headcount: 5 })).json())
    expect(reopened.status).toBe('open')
    const patched = EnterpriseJobSchema.parse(await (await patch(token, job.id, { title: '数控车工（夜班）', skills: [{ name: 'CAD制图', level: 'basic' }] })).json())
    expect(patched).toMatchObject({ title: '数控车工（夜班）', skills: [{ name: 'CAD制图', level: 'basic' }], status: 'pending_review' })
  })

  it('pauses, resumes, closes and duplicates, refusing moves the status does not allow', async () => {
    const { org, token } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id })
    const act = async (action: 'pause' | 'resume' | 'close' | 'duplicate') => jobs(token)[':id'][action].$post({ param: { id: job.id } })
    expect(EnterpriseJobSchema.parse(await (await act('pause')).json()).status).toBe('paused')
    await expectProblem(await publicJob(job.id), 404, 'NOT_FOUND')
    await expectProblem(await act('pause'), 409, 'INVALID_TRANSITION')
    expect(EnterpriseJobSchema.parse(await (await act('resume')).json()).status).toBe('open')
    expect(EnterpriseJobSchema.parse(await (await act('close')).json()).status).toBe('closed')
    await expectProblem(await act('resume'), 409, 'INVALID_TRANSITION')
    await expectProblem(await patch(token, job.id, { title: '新标题' }), 409, 'INVALID_TRANSITION')
    const copyRes = await act('duplicate')
    expect(copyRes.status).toBe(201)
    const copy = EnterpriseJobSchema.parse(await copyRes.json())
    expect(copy).toMatchObject({ status: 'draft', title: job.title, hiredCount: 0, orgId: org.id })
    expect(copy.id).not.toBe(job.id)
    expect(copy.skills).toHaveLength(job.skills.length)
  })

  it('answers 404 for another enterprise’s job on every id-taking route, and keeps it unchanged', async () => {
    const { token } = await staff()
    const theirs = await createJob(h.prisma, { orgId: (await createEnterprise(h.prisma)).id })
    const param = { id: theirs.id }
    const calls = [
      (c: TestClient) => c.api.enterprise.jobs[':id'].$get({ param }),
      (c: TestClient) => c.api.enterprise.jobs[':id'].$patch({ param, json: { title: '改了' } }),
      (c: TestClient) => c.api.enterprise.jobs[':id'].pause.$post({ param }),
      (c: TestClient) => c.api.enterprise.jobs[':id'].resume.$post({ param }),
      (c: TestClient) => c.api.enterprise.jobs[':id'].close.$post({ param }),
      (c: TestClient) => c.api.enterprise.jobs[':id'].duplicate.$post({ param }),
      (c: TestClient) => c.api.enterprise.jobs[':id'].applicants.$get({ param }),
    ]
    for (const send of calls) await expectProblem(await send(h.clientAs(token)), 404, 'NOT_FOUND')
    const after = await h.prisma.job.findUniqueOrThrow({ where: { id: theirs.id } })
    expect({ title: after.title, status: after.status }).toEqual({ title: theirs.title, status: 'open' })
    expect(await h.prisma.job.count({ where: { orgId: theirs.orgId } })).toBe(1)
  })

  it('refuses students, and unverified staff with NOT_VERIFIED', async () => {
    const student = await h.tokenFor(await createStudent(h.prisma))
    await expectProblem(await jobs(student).$get({ query: {} }), 403, 'FORBIDDEN')
    await expectProblem(await post(student, jobBody), 403, 'FORBIDDEN')
    const org = await createEnterprise(h.prisma)
    const job = await createJob(h.prisma, { orgId: org.id })
    const pending = await h.tokenFor((await createMember(h.prisma, org, { status: 'pending' })).user)
    await expectProblem(await post(pending, jobBody), 403, 'NOT_VERIFIED')
    await expectProblem(await jobs(pending)[':id'].pause.$post({ param: { id: job.id } }), 403, 'NOT_VERIFIED')
    await expectProblem(await patch(pending, job.id, { title: '改了' }), 403, 'NOT_VERIFIED')
  })
})

describe('a job title with an invisible character (decision 060)', () => {
  it('refuses a posted title or an edit that hides a zero-width space or a direction control, beside the field', async () => {
    const { org, token } = await staff()
    const problem = await expectProblem(await post(token, { ...jobBody, title: '数控\u200b车工' }), 400, 'VALIDATION_FAILED')
    expect(problem.issues).toContainEqual({ path: 'title', message: '岗位名称中含有不可见字符，请删除后重试' })
    const job = EnterpriseJobSchema.parse(await (await post(token, { ...jobBody, publish: false })).json())
    const edited = await expectProblem(await patch(token, job.id, { title: '\u202e工车控数' }), 400, 'VALIDATION_FAILED')
    expect(edited.issues?.map((i) => i.path)).toContain('title')
    expect((await h.prisma.job.findMany({ where: { orgId: org.id }, select: { title: true } })).map((j) => j.title)).toEqual(['数控车工'])
  })
})
