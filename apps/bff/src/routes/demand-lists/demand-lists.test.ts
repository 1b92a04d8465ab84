import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { JobPlanSchema, MyListSchema, SubmittedSchema } from '@zhilian/shared/contracts/lists'

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
  const put = (section: string, value: unknown) => h.app.request(`/api/demand-lists/mine/sections/${section}`, jsonInit('PUT', value, bearer(token)))
  const { filledBy, filledByPhone, filledAt, org: unit, labelIds, jobs, trainingNeeds, challenges, resourceRequests, cooperationModes, cooperationNote } = data
  const fill = async () => {
    for (const [s, v] of Object.entries({
      basic: { filledBy, filledByPhone, filledAt, org: unit, labelIds }, jobs: { jobs }, training: { trainingNeeds },
      innovation: { challenges, resourceRequests, cooperationModes, cooperationNote },
    })) expect((await put(s, v)).status).toBe(200)
  }
  const plan = async () => JobPlanSchema.parse(await (await h.app.request('/api/demand-lists/mine/job-plan', { headers: bearer(token) })).json())
  const submit = async () => h.app.request('/api/demand-lists/mine/submit', jsonInit('POST', { confirmJobs: (await plan()).planKey }, bearer(token)))
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
    expect((await h.app.request(`/api/review/demand_list/${sent.id}/decision`, jsonInit('POST', { decision: 'approve' }, bearer(admin)))).status).toBe(200)
    const jobs = await h.prisma.job.findMany({ where: { orgId: m.org.id }, include: { skills: true } })
    expect(jobs.map((j) => j.title).sort()).toEqual(m.data.jobs.map((j) => j.title).sort())
    expect(jobs.every((j) => j.status === 'open' && j.publishedAt && j.fromListId === sent.id)).toBe(true)
    expect(jobs.flatMap((j) => j.skills).length).toBe(m.data.jobs.flatMap((j) => j.skills).length)
    expect(await h.prisma.techChallenge.count({ where: { list: { orgId: m.org.id } } })).toBe(m.data.challenges.length)
  })

  it('lets an unverified enterprise keep drafts but not submit', async () => {
    const m = await enterpriseMember('pending')
    await m.fill()
    const mine = MyListSchema.parse(await (await h.app.request('/api/demand-lists/mine', { headers: bearer(m.token) })).json())
    expect(mine.missingSections).toEqual([])
    expect(mine.canSubmit).toBe(false)
    await expectProblem(await m.submit(), 403, 'NOT_VERIFIED')
    expect(await h.prisma.job.count({ where: { orgId: m.org.id } })).toBe(0)
  })

  it('refuses a college account (403) and a signed-out caller (401)', async () => {
    const college = await h.tokenFor((await createMember(h.prisma, await createCollege(h.prisma))).user)
    await expectProblem(await h.app.request('/api/demand-lists/mine', { headers: bearer(college) }), 403, 'FORBIDDEN')
    await expectProblem(await h.app.request('/api/demand-lists/mine'), 401, 'UNAUTHENTICATED')
  })
})
