import { createCollege, createJob, createStudent } from '@zhilian/db/factories'
import { JobRecommendationsSchema } from '@zhilian/shared/contracts/recommendations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { supplyList } from '../../testing/analytics-fixtures'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Two postings a student's scorer cannot tell apart (same words, named major, education; both in cities the
 * student wants) are ordered by competition — graduates of the student's own major in the job's city per open
 * place (analytics/major-supply) — then by distance from the student's college (decision 018, "Student ties").
 */
let h: Harness
const CHAIN = 'SD-C02'
const MECH = '460301' // 机电一体化技术, the student's major
const ZIBO = '370300'
const WEIHAI = '371000'
const ids: Record<string, string> = {}
let token = ''

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const zibo = await createCollege(db, { cityCode: ZIBO, chainIds: [CHAIN], name: '淄博职业学院' })
  const weihai = await createCollege(db, { cityCode: WEIHAI, chainIds: [CHAIN], name: '威海职业学院' })
  // 200 peers in 淄博 (where the student studies), 10 in 威海 (≈ 330 km away).
  await supplyList(db, zibo.id, 2025, [{ code: MECH, chains: [CHAIN], grades: [200] }])
  await supplyList(db, weihai.id, 2025, [{ code: MECH, chains: [CHAIN], grades: [10] }])
  const post = { chainId: CHAIN, majorCodes: [MECH], title: '机电设备维修工', description: '', skills: [{ name: 'PLC编程', level: 'basic' as const }], education: 'associate' as const, headcount: 2 }
  const near = await createJob(db, { ...post, cityCode: ZIBO })
  const far = await createJob(db, { ...post, cityCode: WEIHAI })
  Object.assign(ids, { near: near.id, far: far.id, weihai: weihai.id })
  token = await h.tokenFor(await createStudent(db, { profile: { majorCode: MECH, collegeId: zibo.id, skills: ['PLC编程'], expectedCities: [ZIBO, WEIHAI], expectedChains: [CHAIN] } }))
})
afterAll(() => h.close())

const ranked = async () => {
  const body = JobRecommendationsSchema.parse(await (await h.clientAs(token).api.recommendations.jobs.$get({ query: { limit: 10 } })).json())
  return body.items.map((i) => ({ id: i.job.id, score: i.fit!.score }))
}

describe('equal-score jobs in student recommendations', () => {
  it('go to the one with fewer peers of the student\'s major per open place, though it is farther', async () => {
    const items = await ranked()
    expect(items).toHaveLength(2)
    expect(items[0]!.score).toBe(items[1]!.score)
    expect(items.map((i) => i.id)).toEqual([ids.far, ids.near])
  })

  it('follow a newly approved list at once, fall to the nearer job when competition is equal, and count open places', async () => {
    // 威海's 2026 list: 200 peers there too, so competition ties and the job near the student's college wins.
    await supplyList(h.prisma, ids.weihai!, 2026, [{ code: MECH, chains: [CHAIN], grades: [200] }])
    expect((await ranked()).map((i) => i.id)).toEqual([ids.near, ids.far])
    // One of 淄博's two places filled: 201 peers per place there against 100.5 in 威海.
    await h.prisma.job.update({ where: { id: ids.near! }, data: { hiredCount: 1 } })
    expect((await ranked()).map((i) => i.id)).toEqual([ids.far, ids.near])
  })
})
