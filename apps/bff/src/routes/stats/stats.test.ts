import { createCollege, createEnterprise, createJob } from '@zhilian/db/factories'
import { HomeStatsSchema, type HomeStats } from '@zhilian/shared/contracts/stats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const A = 'SD-C02'
const B = 'SD-C07'

async function supplyList(collegeId: string, year: number, status: 'approved' | 'submitted', rows: { major: string; chains: string[]; counts: number[] }[]) {
  const list = await h.prisma.supplyList.create({ data: { collegeId, year, status, ...(status === 'approved' ? { approvedVersion: 1 } : {}) } })
  for (const row of rows) {
    await h.prisma.majorOffering.create({
      data: { listId: list.id, majorCode: row.major, chains: { create: row.chains.map((chainId) => ({ chainId })) } },
    })
    for (const [i, count] of row.counts.entries()) {
      await h.prisma.enrolment.create({ data: { listId: list.id, majorCode: row.major, grade: i + 1, count } })
    }
  }
}

async function fetchStats(): Promise<HomeStats> {
  const res = await h.client.api.stats.home.$get()
  expect(res.status).toBe(200)
  return HomeStatsSchema.parse(await res.json())
}

describe('GET /api/stats/home', () => {
  it('counts exactly what was inserted, per chain and for the province', async () => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    const collegeA = await createCollege(h.prisma, { chainIds: [A] })
    const collegeAB = await createCollege(h.prisma, { chainIds: [A, B] })
    await createCollege(h.prisma, { chainIds: [A], verification: 'pending' })
    const entA = await createEnterprise(h.prisma, { chainIds: [A] })
    const entB = await createEnterprise(h.prisma, { chainIds: [B] })
    const entPending = await createEnterprise(h.prisma, { chainIds: [B], verification: 'pending' })

    const openA = [
      await createJob(h.prisma, { orgId: entA.id, chainId: A, headcount: 4, hiredCount: 1 }),
      await createJob(h.prisma, { orgId: entA.id, chainId: A, headcount: 2 }),
    ]
    const openB = [await createJob(h.prisma, { orgId: entB.id, chainId: B, headcount: 6, hiredCount: 2 })]
    await createJob(h.prisma, { orgId: entB.id, chainId: B, status: 'closed', headcount: 9 })
    await createJob(h.prisma, { orgId: entPending.id, chainId: B, headcount: 9 })

    const majors = await h.prisma.major.findMany({ take: 3, orderBy: { code: 'asc' }, select: { code: true } })
    const [m1, m2, m3] = majors.map((m) => m.code) as [string, string, string]
    const countsA1 = [30, 28, 25]
    const countsAB = [40, 35]
    const countsB = [12]
    await supplyList(collegeA.id, 2024, 'approved', [{ major: m1, chains: [A], counts: [99, 99, 99] }])
    await supplyList(collegeA.id, 2025, 'approved', [{ major: m1, chains: [A], counts: countsA1 }])
    await supplyList(collegeAB.id, 2025, 'approved', [
      { major: m2, chains: [A, B], counts: countsAB },
      { major: m3, chains: [B], counts: countsB },
    ])
    await supplyList(collegeAB.id, 2026, 'submitted', [{ major: m1, chains: [A], counts: [500] }])

    const stats = await fetchStats()
    const byId = Object.fromEntries(stats.chains.map((c) => [c.chainId, c]))
    const headcount = (jobs: { headcount: number; hiredCount: number }[]) => sum(jobs.map((j) => j.headcount - j.hiredCount))

    expect(byId[A]).toMatchObject({
      colleges: 2,
      enterprises: 1,
      openJobs: openA.length,
      openHeadcount: headcount(openA),
      enrolledStudents: sum(countsA1) + sum(countsAB),
    })
    expect(byId[B]).toMatchObject({
      colleges: 1,
      enterprises: 1,
      openJobs: openB.length,
      openHeadcount: headcount(openB),
      enrolledStudents: sum(countsAB) + sum(countsB),
    })
    expect(stats.province).toEqual({
      colleges: 2,
      enterprises: 2,
      openJobs: openA.length + openB.length,
      openHeadcount: headcount([...openA, ...openB]),
      enrolledStudents: sum(countsA1) + sum(countsAB) + sum(countsB),
    })
    const others = stats.chains.filter((c) => c.chainId !== A && c.chainId !== B)
    expect(others.every((c) => c.colleges + c.enterprises + c.openJobs + c.enrolledStudents === 0)).toBe(true)
    const active = await h.prisma.industryChain.count({ where: { active: true } })
    expect(stats.chains).toHaveLength(active)
  })
})
