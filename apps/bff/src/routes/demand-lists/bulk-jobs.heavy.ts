import { createAdmin, createEnterprise, createMember } from '@zhilian/db/factories'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { JobPlanSchema, SubmittedSchema } from '@zhilian/shared/contracts/lists'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { decideAsRead } from '../../testing/review-as-read'
import { legacyApplyJobs } from '../../testing/legacy-list-writes'

/**
 * Decision 032: an approved 附件2 writes its jobs in set statements. The same 2,000-row list, changed
 * twice, must leave exactly the jobs the row-by-row Prisma path (kept in testing/legacy-list-writes.ts)
 * leaves: same rows, fields, statuses, publication, skills and majors, and the 我的岗位 job untouched.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const TYPES = ['full_time', 'apprenticeship', 'internship'] as const
const EDUCATION = ['associate', 'secondary_vocational', 'bachelor'] as const
const LEVELS = ['basic', 'intermediate', 'technician'] as const

function rows(count: number, from = 0): JobInput[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k
    return {
      title: `批量岗位${i + 1}号`, type: TYPES[i % 3]!, headcount: 1 + (i % 7), education: EDUCATION[i % 3]!, minYearsExperience: i % 4,
      cityCode: i % 2 ? '370200' : '370100', salaryMin: 5000 + (i % 5) * 100, salaryMax: 9000, description: `第${i + 1}个岗位的职责`,
      majorCodes: i % 3 ? ['460103'] : ['460103', '460104'],
      skills: Array.from({ length: 1 + (i % 3) }, (_, s) => ({ name: `技能${s + 1}`, level: LEVELS[(i + s) % 3]! })),
    }
  })
}

async function enterprise() {
  const org = await createEnterprise(h.prisma, { verification: 'verified' })
  const { user } = await createMember(h.prisma, org)
  // A job posted from 我的岗位 with a list row's title: no list may read or write it.
  await h.prisma.job.create({
    data: { orgId: org.id, title: '批量岗位1号', type: 'full_time', headcount: 2, education: 'associate', cityCode: '370100', salaryMin: 4000, salaryMax: 5000, description: '自行发布', status: 'open' },
  })
  return { org, token: await h.tokenFor(user) }
}

/** Everything a job row means, without ids and clock times (publication and removal are named by the stage that made them). */
async function jobsOf(orgId: string, stages: readonly Date[]) {
  const jobs = await h.prisma.job.findMany({ where: { orgId }, include: { skills: true, majors: true }, orderBy: { title: 'asc' } })
  const stage = (d: Date | null) => (d ? stages.filter((s) => s <= d).length : null)
  return jobs.map(({ id: _i, orgId: _o, createdAt: _c, updatedAt: _u, publishedAt, removedFromListAt, fromListId, skills, majors, ...job }) => ({
    ...job, fromList: fromListId !== null, published: stage(publishedAt), removed: stage(removedFromListAt),
    skills: skills.map((s) => `${s.name}/${s.level}`).sort(), majors: majors.map((m) => m.majorCode).sort(),
  })).sort((a, b) => (a.title + a.fromList < b.title + b.fromList ? -1 : 1))
}

describe('bulk job writes on approval', () => {
  it('a 2,000-row list submits and approves with the same jobs as the row-by-row path, through changes, removals and re-listing', { timeout: 600_000 }, async () => {
    const bulk = await enterprise()
    const legacy = await enterprise()
    // Approval files a list's jobs under the enterprise's (first) chain; both enterprises get the same one.
    const chain = await h.prisma.orgChain.findFirstOrThrow({ where: { orgId: bulk.org.id }, select: { chainId: true } })
    expect(await h.prisma.orgChain.findFirst({ where: { orgId: legacy.org.id }, select: { chainId: true } })).toEqual(chain)
    const legacyList = await h.prisma.demandList.create({ data: { orgId: legacy.org.id, version: 0 }, select: { id: true } })
    const admin = await h.tokenFor(await createAdmin(h.prisma))
    const sample = sampleDemandList()
    const { filledBy, filledByPhone, filledAt, labelIds, trainingNeeds, challenges, resourceRequests, cooperationModes, cooperationNote } = sample
    const put = async (section: string, value: Record<string, unknown>) =>
      expect((await h.clientAs(bulk.token).api['demand-lists'].mine.sections[':section'].$put({ param: { section }, json: value })).status).toBe(200)
    await put('basic', { filledBy, filledByPhone, filledAt, org: { ...sample.org, uscc: bulk.org.uscc }, labelIds })
    await put('training', { trainingNeeds })
    await put('innovation', { challenges, resourceRequests, cooperationModes, cooperationNote })

    const stages: Date[] = []
    const approveBoth = async (jobs: JobInput[]) => {
      stages.push(new Date())
      await put('jobs', { jobs })
      const plan = JobPlanSchema.parse(await (await h.clientAs(bulk.token).api['demand-lists'].mine['job-plan'].$get()).json())
      const sent = await h.clientAs(bulk.token).api['demand-lists'].mine.submit.$post({ json: { confirmJobs: plan.planKey } })
      expect(sent.status).toBe(200)
      const { id, version } = SubmittedSchema.parse(await sent.json())
      expect((await decideAsRead(h, admin, 'demand_list', id, { decision: 'approve' })).status).toBe(200)
      // The legacy path gets exactly the rows approval wrote: the recorded version's.
      const recorded = await h.prisma.listVersion.findUniqueOrThrow({ where: { listKind_listId_version: { listKind: 'demand', listId: id, version } } })
      const versionRows = (recorded.snapshot as { data: { jobs: JobInput[] } }).data.jobs
      await h.prisma.$transaction((tx) => legacyApplyJobs(tx, legacy.org.id, legacyList.id, chain.chainId, versionRows), { timeout: 300_000 })
      return plan
    }

    const first = rows(2000)
    const plan1 = await approveBoth(first)
    expect(plan1.add.length).toBe(2000)
    const after1 = await jobsOf(bulk.org.id, stages)
    expect(after1.filter((j) => j.fromList && j.status === 'open' && j.published === 1 && j.chainId === chain.chainId)).toHaveLength(2000)
    expect(after1).toEqual(await jobsOf(legacy.org.id, stages))

    // 100 rows changed in their fields, 100 in their skills and majors, 100 removed, 50 added.
    const second = [
      ...first.slice(0, 100).map((j) => ({ ...j, headcount: j.headcount + 1, description: `${j.description}（调整）` })),
      ...first.slice(100, 200).map((j) => ({ ...j, skills: [{ name: '新技能', level: 'senior_technician' as const }], majorCodes: ['460104'] })),
      ...first.slice(300),
      ...rows(50, 5000),
    ]
    const plan2 = await approveBoth(second)
    expect([plan2.add.length, plan2.change.length, plan2.close.length]).toEqual([50, 200, 100])
    const after2 = await jobsOf(bulk.org.id, stages)
    expect(after2.filter((j) => j.status === 'closed')).toHaveLength(100)
    expect(after2).toEqual(await jobsOf(legacy.org.id, stages))

    // Ten removed rows listed again are published again; one open row changes without being republished.
    const third = [...second, ...first.slice(200, 210)].map((j, i) => (i === 0 ? { ...j, salaryMax: 9500 } : j))
    const plan3 = await approveBoth(third)
    expect(plan3.change.length).toBe(11)
    const after3 = await jobsOf(bulk.org.id, stages)
    expect(after3.filter((j) => j.published === 3)).toHaveLength(10)
    expect(after3).toEqual(await jobsOf(legacy.org.id, stages))
    const own = after3.filter((j) => !j.fromList)
    expect(own).toEqual([expect.objectContaining({ title: '批量岗位1号', status: 'open', headcount: 2, description: '自行发布', published: null })])
  })
})
