import { createCollege, createEnterprise, createJob, createMember, createAdmin } from '@zhilian/db/factories'
import {
  AlertListSchema,
  ChainAnalyticsSchema,
  ChainForecastSchema,
  ChainSummaryListSchema,
  FitResultSchema,
} from '@zhilian/shared/contracts/analytics'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sum, supplyList } from '../../testing/analytics-fixtures'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
const A = 'SD-C02'
const MECH = '460301'
const ROBOT = '460305'
const IT = '510201'
const ZIBO = '370300'
const JINAN = '370100'
const t: Record<string, string> = {}
const ids: Record<string, string> = {}

// Every figure the assertions use, written once.
const X = { mech: { grades: [30, 28, 25], cohorts: { 2023: 20, 2024: 22, 2025: 26 } }, robot: { grades: [10, 10], cohorts: { 2025: 8 } }, it: { grades: [50], cohorts: { 2025: 40 } } }
const Y = { mech: { grades: [40], cohorts: { 2024: 35, 2025: 30 } }, old: { grades: [99], cohorts: { 2024: 33 } } }
const JOB1 = { headcount: 5, hiredCount: 1 }
const JOB2 = { headcount: 3, hiredCount: 0 }
const CLOSED = { headcount: 7 }
const cohorts = (c: Record<number, number>) => Object.entries(c).map(([year, count]) => ({ year: Number(year), count }))
const latest = (c: Record<number, number>) => c[Math.max(...Object.keys(c).map(Number))]!

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const x = await createCollege(db, { cityCode: ZIBO, chainIds: [A, 'SD-C01'] })
  const y = await createCollege(db, { cityCode: JINAN, chainIds: [A] })
  const w = await createCollege(db, { cityCode: JINAN, chainIds: [A] })
  await supplyList(db, x.id, 2025, [
    { code: MECH, chains: [A], grades: X.mech.grades, cohorts: cohorts(X.mech.cohorts) },
    { code: ROBOT, chains: [A], grades: X.robot.grades, cohorts: cohorts(X.robot.cohorts) },
    { code: IT, chains: ['SD-C01'], grades: X.it.grades, cohorts: cohorts(X.it.cohorts) },
  ])
  await supplyList(db, y.id, 2024, [{ code: MECH, chains: [A], grades: Y.old.grades, cohorts: cohorts(Y.old.cohorts) }])
  await supplyList(db, y.id, 2025, [{ code: MECH, chains: [A], grades: Y.mech.grades, cohorts: cohorts(Y.mech.cohorts) }])
  await supplyList(db, w.id, 2025, [{ code: MECH, chains: [A], grades: [500], cohorts: [{ year: 2025, count: 500 }] }], 'submitted')

  const e = await createEnterprise(db, { cityCode: ZIBO })
  const pending = await createEnterprise(db, { verification: 'pending' })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: ZIBO, ...JOB1, majorCodes: [MECH], type: 'full_time', publishedAt: new Date('2025-03-01'), skills: [{ name: 'PLC编程', level: 'intermediate' }, { name: '设备维护', level: 'basic' }] })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: JINAN, ...JOB2, majorCodes: [ROBOT], type: 'internship', publishedAt: new Date('2025-06-01'), skills: [{ name: 'PLC编程', level: 'basic' }, { name: '机器人示教', level: 'basic' }] })
  await createJob(db, { orgId: e.id, chainId: A, cityCode: ZIBO, ...CLOSED, status: 'closed', majorCodes: [MECH], publishedAt: new Date('2024-05-01') })
  await createJob(db, { orgId: pending.id, chainId: A, cityCode: ZIBO, headcount: 9, majorCodes: [MECH], publishedAt: new Date('2025-05-01') })

  Object.assign(ids, { x: x.id, y: y.id })
  t.admin = await h.tokenFor(await createAdmin(db))
  t.x = await h.tokenFor((await createMember(db, x)).user)
  t.e = await h.tokenFor((await createMember(db, e)).user)
  t.student = await h.tokenFor({ id: (await db.user.create({ data: { role: 'student', displayName: '学生' } })).id, role: 'student' })
})
afterAll(() => h.close())

const analytics = (token = t.admin!) => h.clientAs(token).api.analytics
const ok = async (pending: Promise<{ status: number; json(): Promise<unknown> }>) => {
  const res = await pending
  expect(res.status).toBe(200)
  return res.json()
}
const chain = (query: { year?: number; cityCode?: string; circle?: string }, token?: string) => ok(analytics(token).chains[':id'].$get({ param: { id: A }, query }))

// Without a year, fit and alerts read the jobs open now: the places still to fill.
const open1 = JOB1.headcount - JOB1.hiredCount
// A year's demand is what was asked for that year: the whole head-count of the jobs published in it.
const final = (grades: number[]) => grades.at(-1)!

describe('GET /api/analytics/chains/:id', () => {
  it('adds supply, demand, the gap and the trend by hand', async () => {
    const a = ChainAnalyticsSchema.parse(await chain({ year: 2025 }, t.e))
    const xMechE = sum(X.mech.grades), xRobotE = sum(X.robot.grades), yMechE = sum(Y.mech.grades)
    // No destinations reported and no in-province share recorded: every expected graduate is supply.
    const xMechG = final(X.mech.grades), xRobotG = final(X.robot.grades), yMechG = final(Y.mech.grades)
    expect(a.filters.year).toBe(2025)
    expect(a.figures).toMatchObject({ colleges: 2, enterprises: 1, enrolment: xMechE + xRobotE + yMechE })
    expect(a.figures.talent).toMatchObject({ graduates: xMechG + xRobotG + yMechG, supply: xMechG + xRobotG + yMechG, demand: JOB1.headcount + JOB2.headcount, jobs: 2, unnamedDemand: 0 })
    expect(a.supply.byMajor.find((m) => m.majorCode === MECH)).toMatchObject({ enrolment: xMechE + yMechE, graduates: xMechG + yMechG })
    expect(a.supply.byCity.find((m) => m.cityCode === ZIBO)).toMatchObject({ enrolment: xMechE + xRobotE, graduates: xMechG + xRobotG, cityName: '淄博市' })
    expect(a.supply.byCollege.find((m) => m.collegeId === ids.y)).toMatchObject({ enrolment: yMechE, graduates: yMechG })

    expect(a.demand.bySkill.find((s) => s.skill === 'PLC编程')).toMatchObject({ headcount: JOB1.headcount + JOB2.headcount, jobs: 2 })
    expect(a.demand.bySkill.find((s) => s.skill === '机器人示教')).toMatchObject({ headcount: JOB2.headcount, jobs: 1 })
    expect(a.demand.byJobType.find((s) => s.type === 'internship')).toMatchObject({ headcount: JOB2.headcount, label: '实习' })
    expect(a.demand.byCity.find((s) => s.cityCode === JINAN)?.headcount).toBe(JOB2.headcount)

    expect(a.gap.find((g) => g.majorCode === MECH)).toMatchObject({ supply: xMechG + yMechG, demand: JOB1.headcount, gap: xMechG + yMechG - JOB1.headcount })
    expect(a.gap.find((g) => g.majorCode === ROBOT)).toMatchObject({ supply: xRobotG, demand: JOB2.headcount, status: 'oversupplied' })

    expect(a.trend.graduates).toEqual([
      { year: 2023, value: X.mech.cohorts[2023] },
      { year: 2024, value: X.mech.cohorts[2024] + Y.mech.cohorts[2024] },
      { year: 2025, value: latest(X.mech.cohorts) + latest(X.robot.cohorts) + latest(Y.mech.cohorts) },
    ])
    expect(a.trend.demand).toEqual([{ year: 2024, value: CLOSED.headcount }, { year: 2025, value: JOB1.headcount + JOB2.headcount }])
  })

  it('filters by city and by year, and opens on the latest year with data', async () => {
    const city = ChainAnalyticsSchema.parse(await chain({ year: 2025, cityCode: ZIBO }))
    expect(city.figures.enrolment).toBe(sum(X.mech.grades) + sum(X.robot.grades))
    expect(city.figures.talent.demand).toBe(JOB1.headcount)
    const circle = ChainAnalyticsSchema.parse(await chain({ year: 2025, circle: '胶东经济圈' }))
    expect(circle.figures.enrolment + circle.figures.talent.demand).toBe(0)
    const y2024 = ChainAnalyticsSchema.parse(await chain({ year: 2024 }))
    expect(y2024.figures).toMatchObject({ colleges: 1, enrolment: sum(Y.old.grades), talent: { graduates: final(Y.old.grades), demand: CLOSED.headcount } })
    const latestYear = ChainAnalyticsSchema.parse(await chain({}))
    expect(latestYear.filters.year).toBe(2025)
    expect(latestYear.figures).toEqual(ChainAnalyticsSchema.parse(await chain({ year: 2025 })).figures)
  })

  it('answers 404 for an unknown chain and 403 to a student', async () => {
    await expectProblem(await analytics().chains[':id'].$get({ param: { id: 'SD-X99' }, query: {} }), 404, 'NOT_FOUND')
    await expectProblem(await analytics(t.student!).chains[':id'].$get({ param: { id: A }, query: {} }), 403, 'FORBIDDEN')
  })
})

describe('GET /api/analytics/chains', () => {
  it('has one row per chain with the same sums, the ratio withheld while the chain\'s enterprise count is unknown', async () => {
    const { year, items } = ChainSummaryListSchema.parse(await ok(analytics().chains.$get({ query: { year: 2025 } })))
    expect(year).toBe(2025)
    const row = items.find((r) => r.chainId === A)!
    const grads = final(X.mech.grades) + final(X.robot.grades) + final(Y.mech.grades)
    expect(row).toMatchObject({ colleges: 2, enterprises: 1, talent: { graduates: grads, demand: JOB1.headcount + JOB2.headcount, ratio: null, verdict: 'withheld' } })
    expect(row.coverage).toMatchObject({ filed: 1, known: null, level: 'unknown' })
    expect(items.find((r) => r.chainId === 'SD-C01')).toMatchObject({ colleges: 1, enrolment: sum(X.it.grades), talent: { demand: 0, ratio: null } })
  })
})

describe('fit monitoring', () => {
  it('computes the city index from enrolment and demand shares', async () => {
    const fit = FitResultSchema.parse(await ok(analytics(t.x).fit.$get({ query: { level: 'city', chainId: A } })))
    expect(fit.items).toHaveLength(16)
    const zibo = fit.items.find((i) => i.id === ZIBO)!
    const students = sum(X.mech.grades) + sum(X.robot.grades)
    expect(zibo).toMatchObject({ totalEnrolment: students, totalDemand: open1 })
    // All of 淄博's demand is for MECH: the overlap is MECH's share of students.
    expect(zibo.index).toBeCloseTo((100 * sum(X.mech.grades)) / students, 1)
  })

  it('flags each college against the demand on its own chains; college members see only theirs', async () => {
    const all = AlertListSchema.parse(await ok(analytics().alerts.$get()))
    expect(all.items.map((a) => [a.collegeId, a.majorCode, a.status]).sort()).toEqual(
      [[ids.x, ROBOT, 'undersupplied'], [ids.y, MECH, 'oversupplied']].sort(),
    )
    const own = AlertListSchema.parse(await ok(analytics(t.x).alerts.$get()))
    expect(own.items.map((a) => a.collegeId)).toEqual([ids.x])
    expect(own.items[0]!.message).toMatch(/供给不足/)
    await expectProblem(await analytics(t.e!).alerts.$get(), 403, 'FORBIDDEN')
  })

  it('forecasts with the shared damped trend and says how', async () => {
    const f = ChainForecastSchema.parse(await ok(analytics().forecast.$get({ query: { chainId: A } })))
    // 2 demand years: carried forward.
    expect(f.demand.next).toMatchObject({ year: 2026, value: JOB1.headcount + JOB2.headcount, method: 'last_value' })
    // Graduates 2023..2025 = g0, g1, g2: least squares slope (g2 − g0) / 2, level mean + slope, plus 0.8 × slope.
    const g = f.graduates.history.map((p) => p.value)
    const slope = (g[2]! - g[0]!) / 2
    expect(f.graduates.next).toMatchObject({ year: 2026, method: 'damped_linear_trend', value: Math.round(sum(g) / 3 + slope + 0.8 * slope) })
    expect(f.method).toContain('最小二乘')
    expect(f.method).toContain('不足 3 年')
  })
})
