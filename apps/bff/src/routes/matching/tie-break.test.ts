import { createAdmin, createCollege, createEnterprise, createJob } from '@zhilian/db/factories'
import { MatchExplanationSchema } from '@zhilian/shared/contracts/matching'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { supplyList } from '../../testing/analytics-fixtures'
import { createHarness, type Harness } from '../../testing/harness'

/**
 * Majors the job's text cannot tell apart are ordered by the province's supply, then by the distance to the
 * nearest college offering them (decision 018), not by code. A 职员 post on 高端装备 names no major and
 * no catalogue word, so every core 高职专科 major of the chain scores the same (chain + level parts only).
 */
let h: Harness
const CHAIN = 'SD-C02'
const MECH = '460301' // 机电一体化技术
const CONTROL = '460303' // 智能控制技术
const ROBOT = '460305' // 工业机器人技术
const ZIBO = '370300'
const WEIHAI = '371000'
let admin = ''
const ids: Record<string, string> = {}

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const ent = await createEnterprise(db, { cityCode: ZIBO, chainIds: [CHAIN] })
  const zibo = await createCollege(db, { cityCode: ZIBO, chainIds: [CHAIN], name: '淄博职业学院' })
  const weihai = await createCollege(db, { cityCode: WEIHAI, chainIds: [CHAIN], name: '威海职业学院' })
  // Supply: ROBOT 100 (威海), CONTROL 50 (淄博, where the job is), MECH 50 (威海, ≈ 330 km away).
  await supplyList(db, zibo.id, 2025, [{ code: CONTROL, chains: [CHAIN], grades: [50] }])
  await supplyList(db, weihai.id, 2025, [{ code: ROBOT, chains: [CHAIN], grades: [60], cohorts: [{ year: 2025, count: 40 }] }, { code: MECH, chains: [CHAIN], grades: [50] }])
  const job = await createJob(db, { orgId: ent.id, chainId: CHAIN, majorCodes: [], cityCode: ZIBO, title: '职员', description: '', skills: [], education: 'associate' })
  Object.assign(ids, { job: job.id, zibo: zibo.id, weihai: weihai.id })
  admin = await h.tokenFor(await createAdmin(db))
})
afterAll(() => h.close())

const textFit = async (majorCode: string, collegeId: string) => {
  const res = await h.clientAs(admin).api.matching.explain.$get({ query: { jobId: ids.job!, collegeId, majorCode } })
  expect(res.status).toBe(200)
  return MatchExplanationSchema.parse(await res.json()).textFit
}

describe('text-equal majors in 匹配解释', () => {
  it('rank by supply first, then by the nearer college, with equal text scores', async () => {
    const [robot, control, mech] = [await textFit(ROBOT, ids.weihai!), await textFit(CONTROL, ids.zibo!), await textFit(MECH, ids.weihai!)]
    expect(robot.score).toBe(control.score)
    expect(control.score).toBe(mech.score)
    expect(robot.parts.text + robot.parts.phrase).toBe(0)
    // Code order would be MECH, CONTROL, ROBOT (after the chain's lower codes).
    expect([robot.rank, control.rank, mech.rank]).toEqual([1, 2, 3])
  })

  it('follows a newly approved list at once (the cached supply is keyed by the lists)', async () => {
    await supplyList(h.prisma, ids.zibo!, 2026, [{ code: MECH, chains: [CHAIN], grades: [150] }])
    // 淄博's 2026 list replaces its 2025 one: MECH 200 (淄博 150 + 威海 50), ROBOT 100, CONTROL offered nowhere.
    expect((await textFit(MECH, ids.zibo!)).rank).toBe(1)
    expect((await textFit(ROBOT, ids.weihai!)).rank).toBe(2)
    expect((await textFit(CONTROL, ids.zibo!)).rank).toBeGreaterThan(2)
  })
})
