import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { decideAsRead } from '../../testing/review-as-read'
import { demandSections } from '../../testing/list-sections'
import { JobPlanSchema, MyListSchema, SectionSavedSchema, SubmittedSchema } from '@zhilian/shared/contracts/lists'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

async function enterpriseMember(verification: 'verified' | 'pending' = 'verified') {
  const org = await createEnterprise(h.prisma, { verification })
  const { user } = await createMember(h.prisma, org, { status: verification })
  const token = await h.tokenFor(user)
  const data = sampleDemandList()
  data.org.uscc = org.uscc
  const lists = () => h.clientAs(token).api['demand-lists']
  const put = (section: string, value: Record<string, unknown>) => lists().mine.sections[':section'].$put({ param: { section }, json: value })
  const fill = async () => {
    for (const [s, v] of demandSections(data)) expect((await put(s, v)).status).toBe(200)
  }
  const plan = async () => JobPlanSchema.parse(await (await lists().mine['job-plan'].$get()).json())
  const submit = async () => lists().mine.submit.$post({ json: { confirmJobs: (await plan()).planKey } })
  return { org, user, token, data, put, fill, submit }
}

describe('demand list', () => {
  it('sends the list to review without touching jobs; approval publishes its jobs (list approval is their review)', { timeout: 120_000 }, async () => {
    const m = await enterpriseMember()
    await m.fill()
    const res = await m.submit()
    expect(res.status).toBe(200)
    const sent = SubmittedSchema.parse(await res.json())
    expect(sent.version).toBe(1)
    expect(await h.prisma.job.count({ where: { orgId: m.org.id } })).toBe(0)
    const admin = await h.tokenFor(await createAdmin(h.prisma))
    expect((await decideAsRead(h, admin, 'demand_list', sent.id, { decision: 'approve' })).status).toBe(200)
    const jobs = await h.prisma.job.findMany({ where: { orgId: m.org.id }, include: { skills: true } })
    expect(jobs.map((j) => j.title).sort()).toEqual(m.data.jobs.map((j) => j.title).sort())
    expect(jobs.every((j) => j.status === 'open' && j.publishedAt && j.fromListId === sent.id)).toBe(true)
    expect(jobs.flatMap((j) => j.skills).length).toBe(m.data.jobs.flatMap((j) => j.skills).length)
    expect(await h.prisma.techChallenge.count({ where: { list: { orgId: m.org.id } } })).toBe(m.data.challenges.length)
  })

  it('lets an unverified enterprise keep drafts but not submit', async () => {
    const m = await enterpriseMember('pending')
    await m.fill()
    const mine = MyListSchema.parse(await (await h.clientAs(m.token).api['demand-lists'].mine.$get()).json())
    expect(mine.missingSections).toEqual([])
    expect(mine.canSubmit).toBe(false)
    await expectProblem(await m.submit(), 403, 'NOT_VERIFIED')
    expect(await h.prisma.job.count({ where: { orgId: m.org.id } })).toBe(0)
  })

  it('refuses a college account (403) and a signed-out caller (401)', async () => {
    const college = await h.tokenFor((await createMember(h.prisma, await createCollege(h.prisma))).user)
    await expectProblem(await h.clientAs(college).api['demand-lists'].mine.$get(), 403, 'FORBIDDEN')
    await expectProblem(await h.client.api['demand-lists'].mine.$get(), 401, 'UNAUTHENTICATED')
  })
})

describe('an 企业名称 or 岗位名称 with an invisible character (decision 060)', () => {
  it('names the problem beside each field when the steps are saved', async () => {
    const m = await enterpriseMember()
    const { filledBy, filledByPhone, filledAt, org, labelIds, jobs } = m.data
    const basic = SectionSavedSchema.parse(await (await m.put('basic', { filledBy, filledByPhone, filledAt, org: { ...org, name: `${org.name}\u2060` }, labelIds })).json())
    expect(basic.issues).toContainEqual(expect.objectContaining({ path: 'org.name', message: '企业名称中含有不可见字符，请删除后重试' }))
    const jobStep = SectionSavedSchema.parse(await (await m.put('jobs', { jobs: [{ ...jobs[0]!, title: `\u200d${jobs[0]!.title}` }] })).json())
    expect(jobStep.issues).toContainEqual(expect.objectContaining({ path: 'jobs.0.title', message: '岗位名称中含有不可见字符，请删除后重试' }))
  })
})
