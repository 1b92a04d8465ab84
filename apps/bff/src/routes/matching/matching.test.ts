import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import {
  ChallengeCollegesMatchSchema,
  CollegeDemandMatchSchema,
  DemandListSupplyMatchSchema,
  EquipmentRequestMatchSchema,
  ExplainJobsSchema,
  JobSupplyMatchSchema,
  MatchExplanationSchema,
  MyMatchablesSchema,
  TrainingNeedMatchSchema,
} from '@zhilian/shared/contracts/matching'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList, supplyList } from '../../testing/analytics-fixtures'
import { withStatementLog } from '@zhilian/db/statement-log'
import { testClient } from 'hono/testing'
import { appWith, bearer, createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
const CHAIN = 'SD-C02'
const ROBOT = '460305' // 工业机器人技术
const MECH = '460301' // 机电一体化技术
const IT = '510201' // 计算机应用技术 (another chain)
const ZIBO = '370300'
const WEIHAI = '371000'
const JINAN = '370100'

const t: Record<string, string> = {}
const ids: Record<string, string> = {}

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const ent = await createEnterprise(db, { cityCode: ZIBO, chainIds: [CHAIN] })
  const other = await createEnterprise(db, { cityCode: ZIBO, chainIds: [CHAIN] })
  const far = await createCollege(db, { cityCode: WEIHAI, chainIds: [CHAIN], name: '威海职业学院' })
  const near = await createCollege(db, { cityCode: ZIBO, chainIds: [CHAIN], name: '淄博职业学院' })
  const jinan = await createCollege(db, { cityCode: JINAN, chainIds: [CHAIN], name: '济南职业学院' })

  // Only 威海 offers a major the robot job can use; 淄博's college offers an unrelated one.
  await supplyList(db, far.id, 2025, [{ code: ROBOT, chains: [CHAIN], grades: [60, 55, 50], cohorts: [{ year: 2024, count: 48 }, { year: 2025, count: 52 }] }])
  await supplyList(db, near.id, 2025, [
    { code: IT, chains: ['SD-C01'], grades: [80], cohorts: [{ year: 2025, count: 70 }] },
    { code: MECH, chains: [CHAIN] }, // offered, but no students and no graduates yet
  ])
  await supplyList(db, jinan.id, 2025, [{ code: MECH, chains: [CHAIN], grades: [40, 40, 40], cohorts: [{ year: 2025, count: 120 }] }])
  const jinanList = await db.supplyList.findFirstOrThrow({ where: { collegeId: jinan.id }, select: { id: true } })
  await db.trainingCourse.create({ data: { listId: jinanList.id, title: 'PLC编程与调试', content: '西门子PLC编程、触摸屏组态与电气调试', format: 'offline', yearlyCapacity: 200 } })
  await db.equipment.create({ data: { listId: jinanList.id, name: '五轴联动加工中心', quantity: 2, coreFunction: '复杂曲面零件五轴精密加工', open: true, openHours: '工作日 8:30-17:00', fee: 'paid' } })
  await db.equipment.create({ data: { listId: jinanList.id, name: '恒温恒湿试验箱', quantity: 1, coreFunction: '环境可靠性试验', open: false } })
  await db.researchProject.create({ data: { listId: jinanList.id, name: '焊接机器人焊缝视觉跟踪系统研发', level: 'provincial', outcomeType: '样机', amountWan: 30, finished: true, year: 2024 } })

  const robotJob = await createJob(db, { orgId: ent.id, chainId: CHAIN, majorCodes: [ROBOT], cityCode: ZIBO, headcount: 5, title: '工业机器人运维工程师' })
  const mechJob = await createJob(db, {
    orgId: ent.id, chainId: CHAIN, majorCodes: [MECH], cityCode: ZIBO, headcount: 4, title: '机电设备维修工',
    skills: [{ name: 'PLC编程', level: 'intermediate' }, { name: '液压系统维修', level: 'basic' }],
  })
  const list = await demandList(db, ent.id)
  const need = await db.trainingNeed.create({ data: { listId: list.id, content: 'PLC编程与电气调试培训', audience: '设备维修工', perSession: 20, perYear: 60, periodText: '每季度一期', format: 'offline' } })
  const challenge = await db.techChallenge.create({ data: { listId: list.id, title: '焊接机器人焊缝跟踪精度提升', problem: '厚板焊接时焊缝视觉跟踪偏差大', target: '跟踪误差小于0.3毫米' } })
  const equip = await db.resourceRequest.create({ data: { listId: list.id, kind: 'equipment', description: '需要五轴加工中心加工叶轮复杂曲面零件' } })
  const lab = await db.resourceRequest.create({ data: { listId: list.id, kind: 'lab', description: '需要实训场地' } })

  Object.assign(ids, { robotJob: robotJob.id, mechJob: mechJob.id, list: list.id, need: need.id, challenge: challenge.id, equip: equip.id, lab: lab.id, far: far.id, near: near.id, jinan: jinan.id })
  const admin = await createAdmin(db)
  const entUser = (await createMember(db, ent)).user
  const otherUser = (await createMember(db, other)).user
  const jinanUser = (await createMember(db, jinan)).user
  const nearUser = (await createMember(db, near)).user
  t.admin = await h.tokenFor(admin)
  t.ent = await h.tokenFor(entUser)
  t.other = await h.tokenFor(otherUser)
  t.jinan = await h.tokenFor(jinanUser)
  t.near = await h.tokenFor(nearUser)
})
afterAll(() => h.close())

const matching = (token: string) => h.clientAs(token).api.matching
const jobSupply = (id: string, token: string) => matching(token).jobs[':id'].supply.$get({ param: { id }, query: {} })
const collegeDemand = (id: string, token: string) => matching(token).colleges[':id'].demand.$get({ param: { id }, query: {} })
const myMatchables = (token: string) => matching(token).mine.$get()
/** The four resource matchers by path segment, each called with its id (the 404/403 table below). */
const matchers = {
  'demand-lists': (id: string, token: string) => matching(token)['demand-lists'][':id'].supply.$get({ param: { id }, query: {} }),
  'training-needs': (id: string, token: string) => matching(token)['training-needs'][':id'].courses.$get({ param: { id }, query: {} }),
  challenges: (id: string, token: string) => matching(token).challenges[':id'].colleges.$get({ param: { id }, query: {} }),
  'equipment-requests': (id: string, token: string) => matching(token)['equipment-requests'][':id'].equipment.$get({ param: { id }, query: {} }),
}

describe('GET /api/matching/jobs/:id/supply', () => {
  it('still returns the only fitting major when it is offered 300+ km away, with the distance in the reason', async () => {
    const res = await jobSupply(ids.robotJob!, t.ent!)
    expect(res.status).toBe(200)
    const body = JobSupplyMatchSchema.parse(await res.json())
    const robot = body.items.filter((i) => i.majorCode === ROBOT)
    expect(robot.map((i) => i.collegeId)).toEqual([ids.far])
    expect(robot[0]!.distanceKm).toBeGreaterThan(200)
    expect(robot[0]!.reasons[0]).toContain(`相距约 ${robot[0]!.distanceKm} 公里`)
    expect(body.items.some((i) => i.majorCode === IT)).toBe(false)
  })

  it('ranks a college with graduates above a same-city college with none, and the reasons carry the numbers', async () => {
    const res = await jobSupply(ids.mechJob!, t.ent!)
    const body = JobSupplyMatchSchema.parse(await res.json())
    const mech = body.items.filter((i) => i.majorCode === MECH)
    expect(mech.map((i) => i.collegeId)).toEqual([ids.jinan, ids.near])
    expect(body.items[0]!.collegeId).not.toBe(ids.near)
    expect(mech[1]!.hasSupply).toBe(false)
    expect(mech[0]!.reasons[0]).toBe(`济南职业学院 机电一体化技术：2025届毕业生 ${mech[0]!.graduates} 人，相距约 ${mech[0]!.distanceKm} 公里`)
    expect(mech[0]!.graduates).toBe(120)
    expect(mech[0]!.reasons.join()).toContain(`在校生 ${40 * 3} 人`)
  })

  it('answers 404 to another enterprise, 403 to a college role, 200 to an admin', async () => {
    await expectProblem(await jobSupply(ids.robotJob!, t.other!), 404, 'NOT_FOUND')
    await expectProblem(await jobSupply(ids.robotJob!, t.jinan!), 403, 'FORBIDDEN')
    expect((await jobSupply(ids.robotJob!, t.admin!)).status).toBe(200)
  })

  it('reflects a list change at once (matches are computed on request)', async () => {
    const before = JobSupplyMatchSchema.parse(await (await jobSupply(ids.robotJob!, t.ent!)).json())
    const newer = await supplyList(h.prisma, ids.jinan!, 2026, [{ code: ROBOT, chains: [CHAIN], grades: [30], cohorts: [{ year: 2026, count: 25 }] }], 'approved')
    const after = JobSupplyMatchSchema.parse(await (await jobSupply(ids.robotJob!, t.ent!)).json())
    await h.prisma.supplyList.delete({ where: { id: newer.id } })
    expect(before.items.some((i) => i.collegeId === ids.jinan && i.majorCode === ROBOT)).toBe(false)
    expect(after.items.find((i) => i.collegeId === ids.jinan && i.majorCode === ROBOT)?.graduates).toBe(25)
  })

  it('follows a college renamed and a major name edited straight in the database (the process cache is keyed by fingerprints)', async () => {
    const name = (body: { items: { collegeId: string; collegeName: string; majorCode: string; majorName: string }[] }) =>
      body.items.find((i) => i.collegeId === ids.jinan && i.majorCode === MECH)
    const before = JobSupplyMatchSchema.parse(await (await jobSupply(ids.mechJob!, t.ent!)).json())
    const major = await h.prisma.major.findUniqueOrThrow({ where: { code: MECH }, select: { name: true } })
    await h.prisma.$executeRaw`UPDATE "Organization" SET "name" = '济南新名职业学院' WHERE "id" = ${ids.jinan!}`
    await h.prisma.$executeRaw`UPDATE "Major" SET "name" = '机电一体化技术（新）' WHERE "code" = ${MECH}`
    try {
      const after = JobSupplyMatchSchema.parse(await (await jobSupply(ids.mechJob!, t.ent!)).json())
      expect(name(before)?.collegeName).toBe('济南职业学院')
      expect(name(after)?.collegeName).toBe('济南新名职业学院')
      expect(name(after)?.majorName).toBe('机电一体化技术（新）')
    } finally {
      await h.prisma.$executeRaw`UPDATE "Organization" SET "name" = '济南职业学院' WHERE "id" = ${ids.jinan!}`
      await h.prisma.$executeRaw`UPDATE "Major" SET "name" = ${major.name} WHERE "code" = ${MECH}`
    }
  })

  it('reads no supply or reference table once warm, only the job with the fingerprints', async () => {
    const logged = withStatementLog(h.db)
    try {
      const app = appWith(h, { db: { ...h.db, prisma: logged.prisma, hotSql: logged.hotSql } })
      const get = async () => {
        const res = await testClient(app, undefined, undefined, { headers: bearer(t.ent!) }).api.matching.jobs[':id'].supply.$get({ param: { id: ids.mechJob! }, query: {} })
        expect(res.status).toBe(200)
        return JobSupplyMatchSchema.parse(await res.json())
      }
      const cold = await get()
      logged.statements.length = 0
      expect(await get()).toEqual(cold)
      // Once warm, the supply rows and the reference data come from the process: one statement reads the job.
      expect(logged.statements.filter((q) => q.includes('"rowsVersion"'))).toHaveLength(1)
      expect(logged.statements.filter((q) => /"(MajorOffering|Enrolment|GraduateCohort|ChainMajor)"/.test(q) && !q.includes('"rowsVersion"'))).toEqual([])
    } finally {
      await logged.prisma.$disconnect()
    }
  })
})

describe('the other enterprise-side matchers', () => {
  it('matches a whole demand list job by job', async () => {
    const body = DemandListSupplyMatchSchema.parse(await (await matching(t.ent!)['demand-lists'][':id'].supply.$get({ param: { id: ids.list! }, query: { limit: 3 } })).json())
    expect(body.jobs.map((j) => j.job.id).sort()).toEqual([ids.robotJob, ids.mechJob].sort())
    expect(body.jobs.every((j) => j.items.length <= 3)).toBe(true)
  })

  it('matches a training need to a course covering its content', async () => {
    const body = TrainingNeedMatchSchema.parse(await (await matchers['training-needs'](ids.need!, t.ent!)).json())
    expect(body.items[0]?.title).toBe('PLC编程与调试')
    expect(body.items[0]?.reasons[0]).toContain('覆盖培训需求')
  })

  it('matches a challenge to the college with related research', async () => {
    const body = ChallengeCollegesMatchSchema.parse(await (await matchers.challenges(ids.challenge!, t.ent!)).json())
    expect(body.items.map((i) => i.collegeId)).toEqual([ids.jinan])
    expect(body.items[0]!.reasons.join()).toContain('焊接机器人焊缝视觉跟踪系统研发')
  })

  it('matches an equipment request to open equipment only, and refuses a non-equipment request', async () => {
    const body = EquipmentRequestMatchSchema.parse(await (await matchers['equipment-requests'](ids.equip!, t.ent!)).json())
    expect(body.items.map((i) => i.name)).toEqual(['五轴联动加工中心'])
    expect(body.items[0]!.reasons[1]).toContain('有偿')
    await expectProblem(await matchers['equipment-requests'](ids.lab!, t.ent!), 400, 'BAD_REQUEST')
  })

  it.each([
    ['demand-lists', 'supply', 'list'],
    ['training-needs', 'courses', 'need'],
    ['challenges', 'colleges', 'challenge'],
    ['equipment-requests', 'equipment', 'equip'],
  ] as const)('GET /matching/%s/:id/%s answers 404 to another enterprise and for an unknown id', async (resource, _tail, key) => {
    await expectProblem(await matchers[resource](ids[key]!, t.other!), 404, 'NOT_FOUND')
    await expectProblem(await matchers[resource]('nope', t.ent!), 404, 'NOT_FOUND')
    expect((await matchers[resource](ids[key]!, t.admin!)).status).toBe(200)
  })
})

describe('GET /api/matching/mine', () => {
  it("offers the caller's own jobs, list, needs, challenges and equipment requests, and nothing of another enterprise", async () => {
    const mine = MyMatchablesSchema.parse(await (await myMatchables(t.ent!)).json())
    expect(mine.demandLists.map((l) => l.id)).toEqual([ids.list])
    expect(mine.jobs.map((j) => j.id).sort()).toEqual([ids.robotJob, ids.mechJob].sort())
    expect(mine.trainingNeeds.map((n) => n.id)).toEqual([ids.need])
    expect(mine.challenges).toEqual([{ id: ids.challenge, title: '焊接机器人焊缝跟踪精度提升', status: 'open', takers: 0 }])
    // Only equipment requests can be matched to equipment; the lab request is left out.
    expect(mine.equipmentRequests.map((r) => r.id)).toEqual([ids.equip])
    const theirs = MyMatchablesSchema.parse(await (await myMatchables(t.other!)).json())
    expect(theirs).toEqual({ demandLists: [], jobs: [], trainingNeeds: [], challenges: [], equipmentRequests: [] })
    await expectProblem(await myMatchables(t.jinan!), 403, 'FORBIDDEN')
  })
})

describe('GET /api/matching/colleges/:id/demand', () => {
  it('lists the jobs its majors fit and the skill points it does not teach', async () => {
    const res = await collegeDemand(ids.jinan!, t.jinan!)
    expect(res.status).toBe(200)
    const body = CollegeDemandMatchSchema.parse(await res.json())
    expect(body.jobs.find((j) => j.jobId === ids.mechJob)?.majorCode).toBe(MECH)
    const gaps = body.skillGaps.map((g) => g.skill)
    expect(gaps).toContain('液压系统维修')
    expect(gaps).not.toContain('PLC编程') // taught by its course "PLC编程与调试"
    expect(body.skillGaps.find((g) => g.skill === '液压系统维修')?.headcount).toBe(4)
  })

  it("answers 404 to another college's member and 403 to an enterprise", async () => {
    await expectProblem(await collegeDemand(ids.jinan!, t.near!), 404, 'NOT_FOUND')
    await expectProblem(await collegeDemand(ids.jinan!, t.ent!), 403, 'FORBIDDEN')
  })
})

describe('GET /api/matching/explain', () => {
  const explain = (query: { jobId: string; collegeId: string; majorCode: string }, token = t.admin!) => matching(token).explain.$get({ query })

  it('explains a listed pair part by part and a pair that is no candidate', async () => {
    const yes = MatchExplanationSchema.parse(await (await explain({ jobId: ids.mechJob!, collegeId: ids.jinan!, majorCode: MECH })).json())
    expect(yes).toMatchObject({ candidate: true, listed: true, rank: 1 })
    expect(yes.score).toBeCloseTo(Object.values(yes.parts!).reduce((s, x) => s + x, 0), 1)
    // The relevance part is read from the job's text, and the evidence names the catalogue entry it hit.
    expect(yes.textFit.rank).toBe(1)
    expect(yes.textFit.evidence).toContain('岗位「机电设备维修工」与专业职业面向「机电设备维修工」一致')
    expect(yes.reasons).toContain('专业匹配：岗位「机电设备维修工」与专业职业面向「机电设备维修工」一致')
    const no = MatchExplanationSchema.parse(await (await explain({ jobId: ids.mechJob!, collegeId: ids.near!, majorCode: IT })).json())
    expect(no).toMatchObject({ candidate: false, listed: false, rank: null })
    // The verdict says where the job's text puts the major: outside the candidates, or nowhere.
    expect(no.verdict).toMatch(/“计算机应用技术”(在岗位最适合的专业中排第 \d+ 名，不在前 30 名之内|与岗位文本、产业链和点名专业都不相关)，不参与匹配/)
    expect(no.textFit.rank === null || no.textFit.rank > 30).toBe(true)
  })

  it('is for admins only', async () => {
    await expectProblem(await explain({ jobId: ids.mechJob!, collegeId: ids.jinan!, majorCode: MECH }, t.ent!), 403, 'FORBIDDEN')
  })

  it('answers a scoped administrator 404 for a job outside its scope, as the job\'s own matching page does (hostile-client audit, decision 042)', async () => {
    // The job id travels in the query string; before, any administrator read any job (drafts included) through it.
    const jinanIndustry = await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'industry', adminCityCode: JINAN }))
    const education = await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'edu' }))
    const ziboIndustry = await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'industry', adminCityCode: ZIBO }))
    const pair = { jobId: ids.mechJob!, collegeId: ids.jinan!, majorCode: MECH }
    for (const token of [jinanIndustry, education]) {
      const problem = await expectProblem(await explain(pair, token), 404, 'NOT_FOUND')
      expect(JSON.stringify(problem)).not.toContain('机电设备维修工')
      await expectProblem(await jobSupply(ids.mechJob!, token), 404, 'NOT_FOUND')
    }
    expect((await explain(pair, ziboIndustry)).status).toBe(200)
  })
})

describe('GET /api/matching/explain/jobs', () => {
  const search = async (token: string, q?: string) => {
    const res = await matching(token).explain.jobs.$get({ query: q === undefined ? {} : { q } })
    expect(res.status).toBe(200)
    return ExplainJobsSchema.parse(await res.json()).items
  }

  it('finds for a scoped administrator only open jobs it can have explained, by title or enterprise (decision 084)', async () => {
    // Before, 为什么匹配 searched the public job list: a city bureau found 威海's job and was answered 岗位不存在或无权查看.
    const tag = `扫描${Math.random().toString(36).slice(2, 7)}`
    const ziboEnt = await createEnterprise(h.prisma, { cityCode: ZIBO, name: `淄博${tag}装备有限公司` })
    const weihaiEnt = await createEnterprise(h.prisma, { cityCode: WEIHAI, name: `威海${tag}装备有限公司` })
    const zibo = await createJob(h.prisma, { orgId: ziboEnt.id, title: `${tag}淄博岗`, cityCode: ZIBO })
    const weihai = await createJob(h.prisma, { orgId: weihaiEnt.id, title: `${tag}威海岗`, cityCode: WEIHAI })
    await createJob(h.prisma, { orgId: ziboEnt.id, title: `${tag}草稿岗`, status: 'draft', publishedAt: null })
    const ziboIndustry = await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'industry', adminCityCode: ZIBO }))

    expect((await search(ziboIndustry, tag)).map((j) => j.id)).toEqual([zibo.id])
    expect(await search(ziboIndustry, `威海${tag}`)).toEqual([])
    // The province sees both, newest first; an enterprise's name finds its jobs; drafts are never offered.
    expect((await search(t.admin!, tag)).map((j) => j.id)).toEqual([weihai.id, zibo.id])
    expect((await search(t.admin!, `威海${tag}`))).toEqual([{ id: weihai.id, title: `${tag}威海岗`, org: { name: weihaiEnt.name }, city: { name: '威海市' } }])
    // With no words: the scope's newest open jobs, at most 20.
    const newest = await search(ziboIndustry)
    expect(newest.length).toBeLessThanOrEqual(20)
    expect(newest.map((j) => j.id)).not.toContain(weihai.id)
    expect(newest.map((j) => j.id)).toContain(zibo.id)
  })

  it('is for admins only', async () => {
    await expectProblem(await matching(t.ent!).explain.jobs.$get({ query: {} }), 403, 'FORBIDDEN')
  })
})
