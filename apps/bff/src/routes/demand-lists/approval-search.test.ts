import { createAdmin, createEnterprise, createMember } from '@zhilian/db/factories'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import { JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { JobPlanSchema, SubmittedSchema } from '@zhilian/shared/contracts/lists'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { decideAsRead } from '../../testing/review-as-read'

/**
 * Decision 032 (update): an approved list's new jobs carry search pairs computed once in the bulk INSERT, and
 * the skills written next leave them alone. The search must still find every job by its title, description,
 * skill points and enterprise name, follow a second approval's edits, and hold exactly the pairs the job trigger
 * would compute from the stored rows. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const row = (title: string, description: string, skills: string[]): JobInput => ({
  ...sampleDemandList().jobs[0]!, title, description, skills: skills.map((name) => ({ name, level: 'basic' as const })),
})

async function search(q: string, chainId: string): Promise<string[]> {
  const res = await h.client.api.jobs.$get({ query: { q, chainId, limit: 50 } })
  expect(res.status).toBe(200)
  return JobListPageSchema.parse(await res.json()).items.map((j) => j.title)
}

/** Jobs of the enterprise whose stored pairs differ from what the trigger computes from their rows now. */
async function stalePairs(orgId: string): Promise<number> {
  const [row] = await h.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Job" j
    WHERE j."orgId" = ${orgId} AND j."searchGrams" IS DISTINCT FROM "zl_job_search_grams"(j."id", j."title", j."description", j."orgId")`
  return Number(row!.n)
}

describe('search after a demand list is approved', () => {
  it('finds new and changed jobs by title, description, skill and enterprise name, with the pairs the trigger computes', { timeout: 120_000 }, async () => {
    const org = await createEnterprise(h.prisma, { name: '淄博铧鼎精工有限公司', verification: 'verified' })
    const { user } = await createMember(h.prisma, org)
    const token = await h.tokenFor(user)
    const admin = await h.tokenFor(await createAdmin(h.prisma))
    const sample = sampleDemandList()
    const { filledBy, filledByPhone, filledAt, labelIds, trainingNeeds, challenges, resourceRequests, cooperationModes, cooperationNote } = sample
    const put = async (section: string, value: Record<string, unknown>) =>
      expect((await h.clientAs(token).api['demand-lists'].mine.sections[':section'].$put({ param: { section }, json: value })).status).toBe(200)
    await put('basic', { filledBy, filledByPhone, filledAt, org: { ...sample.org, uscc: org.uscc }, labelIds })
    await put('training', { trainingNeeds })
    await put('innovation', { challenges, resourceRequests, cooperationModes, cooperationNote })
    const approve = async (jobs: JobInput[]) => {
      await put('jobs', { jobs })
      const plan = JobPlanSchema.parse(await (await h.clientAs(token).api['demand-lists'].mine['job-plan'].$get()).json())
      const sent = await h.clientAs(token).api['demand-lists'].mine.submit.$post({ json: { confirmJobs: plan.planKey } })
      expect(sent.status).toBe(200)
      const { id } = SubmittedSchema.parse(await sent.json())
      expect((await decideAsRead(h, admin, 'demand_list', id, { decision: 'approve' })).status).toBe(200)
    }
    const { chainId } = await h.prisma.orgChain.findFirstOrThrow({ where: { orgId: org.id }, select: { chainId: true } })

    const press = row('冲压模具钳工', '负责级进模装调与试冲', ['色谱分析', 'CAD Drawing'])
    const weld = row('机器人焊接员', '示教编程与焊缝质检', ['弧焊工艺'])
    await approve([press, weld])
    expect(await stalePairs(org.id)).toBe(0)
    expect(await search('模具钳', chainId)).toEqual(['冲压模具钳工'])
    expect(await search('级进模', chainId)).toEqual(['冲压模具钳工'])
    expect(await search('色谱', chainId)).toEqual(['冲压模具钳工'])
    expect(await search('cad draw', chainId)).toEqual(['冲压模具钳工'])
    expect(await search('焊缝质检', chainId)).toEqual(['机器人焊接员'])
    expect((await search('铧鼎', chainId)).sort()).toEqual(['冲压模具钳工', '机器人焊接员'])

    // Second version: a skill replaced, a description rewritten, a job added; the old words no longer find them.
    await approve([
      { ...press, skills: [{ name: '气动回路', level: 'basic' }] },
      { ...weld, description: '激光切割排版' },
      row('数控磨床操作工', '首件检验', ['液压识图']),
    ])
    expect(await stalePairs(org.id)).toBe(0)
    expect(await search('色谱', chainId)).toEqual([])
    expect(await search('气动', chainId)).toEqual(['冲压模具钳工'])
    expect(await search('焊缝', chainId)).toEqual([])
    expect(await search('激光切割', chainId)).toEqual(['机器人焊接员'])
    expect(await search('液压识图', chainId)).toEqual(['数控磨床操作工'])
  })
})
