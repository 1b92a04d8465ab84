import { createAdmin, createCollege, createCourse, createEnterprise, createJob, createMember, createProject, createStudent } from '@zhilian/db/factories'
import { EffectRankingPageSchema, EffectRecordSchema } from '@zhilian/shared/contracts/effectiveness'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList } from '../../testing/analytics-fixtures'
import { currentYear } from '../../effectiveness/counts'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
const HOUR = 3_600_000
const year = currentYear()
let enterprise: { id: string; name: string }
let college: { id: string; name: string }
let unvalidated: { id: string }
let tokens: Record<'owner' | 'viewer' | 'other' | 'province' | 'ziboEdu' | 'jinanEdu' | 'ziboIndustry' | 'college' | 'otherCollege', string>

/**
 * One enterprise in 淄博 hires a fresh graduate of a 淄博 college through the platform and uses that college's
 * equipment for two hours; the college runs a course that has started, with two trainees; a challenge the enterprise
 * set and the college took is validated in production this year, and one project between them was completed this
 * year. Each figure below follows from those rows and the published weights (1, 1, 0.5, 0.1, 3, 2).
 * Around them, what must not count: an accepted but unvalidated challenge, one validated without production, a
 * project still under way and one completed last year.
 */
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  const course = await createCourse(h.prisma, { startDate: new Date(Date.now() - 2 * HOUR) })
  const list = await h.prisma.supplyList.findUniqueOrThrow({ where: { id: course.listId }, select: { college: { select: { id: true, name: true } } } })
  college = list.college
  const org = await createEnterprise(h.prisma)
  enterprise = { id: org.id, name: org.name }
  const job = await createJob(h.prisma, { orgId: org.id, title: '数控车工' })
  const graduate = await createStudent(h.prisma, { profile: { collegeId: college.id, graduationYear: year } })
  const other = await createStudent(h.prisma, { profile: { collegeId: college.id, graduationYear: year } })
  const hired = await h.prisma.application.create({ data: { studentUserId: graduate.id, jobId: job.id, status: 'hired', consentAt: new Date(), consentText: '同意' } })
  await h.prisma.applicationEvent.create({ data: { applicationId: hired.id, to: 'hired', at: new Date(Date.now() - HOUR) } })
  // An offer is not a hire: it never counts.
  await h.prisma.application.create({ data: { studentUserId: other.id, jobId: job.id, status: 'offer', consentAt: new Date(), consentText: '同意' } })
  for (const s of [graduate, other]) await h.prisma.trainingEnrolment.create({ data: { courseId: course.id, studentUserId: s.id } })
  const equipment = await h.prisma.equipment.create({ data: { listId: course.listId, name: '五轴加工中心', quantity: 1, coreFunction: '精密加工', open: true } })
  await h.prisma.equipmentBooking.create({ data: { equipmentId: equipment.id, enterpriseOrgId: org.id, start: new Date(Date.now() - 4 * HOUR), end: new Date(Date.now() - 2 * HOUR), status: 'approved' } })
  // Declined and future bookings are not shared hours.
  await h.prisma.equipmentBooking.create({ data: { equipmentId: equipment.id, enterpriseOrgId: org.id, start: new Date(Date.now() - 9 * HOUR), end: new Date(Date.now() - 8 * HOUR), status: 'rejected' } })

  // 市场验题: only the challenge validated with its solution in production is solved (decision 034).
  const demand = await demandList(h.prisma, org.id)
  const challenge = async (title: string, takerId: string, validation: { validatedAt?: Date; inProduction?: boolean }) => {
    const ch = await h.prisma.techChallenge.create({ data: { listId: demand.id, title, problem: `${title}的问题`, target: '达到行业先进水平', status: 'taken', ...validation } })
    await h.prisma.challengeTaker.create({ data: { challengeId: ch.id, collegeOrgId: takerId, proposal: '我校团队攻关方案', status: 'accepted' } })
  }
  const otherCollege = await createCollege(h.prisma)
  unvalidated = { id: otherCollege.id }
  await challenge('焊缝缺陷视觉识别', college.id, { validatedAt: new Date(Date.now() - HOUR), inProduction: true })
  await challenge('刀具磨损预测', otherCollege.id, {})
  await challenge('主轴热变形补偿', otherCollege.id, { validatedAt: new Date(Date.now() - HOUR), inProduction: false })
  // Projects: one completed this year counts once for each party; under way or completed last year, nothing.
  const parties = [org.id, college.id]
  await createProject(h.prisma, parties, { status: 'completed', completedAt: new Date(Date.now() - HOUR) })
  await createProject(h.prisma, parties, { status: 'in_progress' })
  await createProject(h.prisma, parties, { status: 'completed', signedAt: new Date(`${year - 1}-03-01T00:00:00+08:00`), completedAt: new Date(`${year - 1}-06-30T12:00:00+08:00`) })
  await createProject(h.prisma, [otherCollege.id, (await createEnterprise(h.prisma)).id], { status: 'in_progress' })

  const owner = (await createMember(h.prisma, org, { isOwner: true })).user
  const viewer = (await createMember(h.prisma, org, { orgRole: 'viewer' })).user
  const otherOwner = (await createMember(h.prisma, await createEnterprise(h.prisma), { isOwner: true })).user
  const collegeOwner = (await createMember(h.prisma, { id: college.id, kind: 'college' }, { isOwner: true })).user
  const otherCollegeOwner = (await createMember(h.prisma, otherCollege, { isOwner: true })).user
  tokens = {
    otherCollege: await h.tokenFor(otherCollegeOwner),
    owner: await h.tokenFor(owner), viewer: await h.tokenFor(viewer), other: await h.tokenFor(otherOwner), college: await h.tokenFor(collegeOwner),
    province: await h.tokenFor(await createAdmin(h.prisma)),
    ziboEdu: await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'edu', adminCityCode: '370300' })),
    jinanEdu: await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'edu', adminCityCode: '370100' })),
    ziboIndustry: await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'industry', adminCityCode: '370300' })),
  }
}, 120_000)
afterAll(() => h.close())

const effect = (orgId: string, token: string, query: { year?: number } = {}) =>
  h.clientAs(token).api.organizations[':id'].effectiveness.$get({ param: { id: orgId }, query })
const ranking = (token: string) => h.clientAs(token).api.effectiveness
const record = async (orgId: string, token: string) => {
  const res = await effect(orgId, token, { year })
  expect(res.status).toBe(200)
  return EffectRecordSchema.parse(await res.json())
}
const counts = (r: { parts: { key: string; count: number }[] }) => Object.fromEntries(r.parts.map((p) => [p.key, p.count]))

describe('成效 record (decision 029)', () => {
  it('counts the enterprise\'s hires, graduates, equipment hours used, its validated challenge and completed project, and says how', async () => {
    const r = await record(enterprise.id, tokens.viewer)
    expect(counts(r)).toEqual({ hires: 1, graduateHires: 1, trainees: 0, equipmentHours: 2, solvedChallenges: 1, completedProjects: 1 })
    expect(r.total).toBe(7.2)
    expect(r.formula).toContain('成效分 =')
    expect(r.formula).toContain('揭榜挂帅难题解决（经市场验题）（项）× 3')
    expect(r.formula).toContain('合作项目完成（项）× 2')
    expect(r.parts.find((p) => p.key === 'hires')!.how).toContain('本单位')
    expect(r.parts.find((p) => p.key === 'solvedChallenges')!.how).toContain('未验题')
  })

  it('counts the college\'s students hired, its trainees, the hours its equipment was lent, and the same challenge and project', async () => {
    const r = await record(college.id, tokens.college)
    expect(counts(r)).toEqual({ hires: 1, graduateHires: 1, trainees: 2, equipmentHours: 2, solvedChallenges: 1, completedProjects: 1 })
    expect(r.total).toBe(8.2)
  })

  it('does not count a challenge accepted but not validated, one validated without production, or a project not completed this year', async () => {
    const r = await record(unvalidated.id, tokens.otherCollege)
    expect(counts(r)).toEqual({ hires: 0, graduateHires: 0, trainees: 0, equipmentHours: 0, solvedChallenges: 0, completedProjects: 0 })
    expect(r.total).toBe(0)
    // Last year's completed project belongs to last year's record only.
    expect(counts(await (async () => {
      const res = await effect(enterprise.id, tokens.owner, { year: year - 1 })
      return EffectRecordSchema.parse(await res.json())
    })())).toMatchObject({ completedProjects: 1, solvedChallenges: 0 })
  })

  it('is its members\' and its governing administrators\' only', async () => {
    await expectProblem(await effect(enterprise.id, tokens.other), 404, 'NOT_FOUND')
    await expectProblem(await effect(college.id, tokens.jinanEdu), 404, 'NOT_FOUND')
    await expectProblem(await effect(enterprise.id, tokens.ziboEdu), 404, 'NOT_FOUND')
    expect((await record(college.id, tokens.ziboEdu)).total).toBe(8.2)
  })
})

describe('成效 ranking', () => {
  type RankingQuery = Parameters<ReturnType<typeof ranking>['ranking']['$get']>[0]['query']
  const page = async (token: string, query: Omit<RankingQuery, 'year'>) => {
    const res = await ranking(token).ranking.$get({ query: { year, ...query } })
    expect(res.status).toBe(200)
    return EffectRankingPageSchema.parse(await res.json())
  }

  it('ranks each side by chain and city, within the administrator\'s scope', async () => {
    const units = await page(tokens.province, { side: 'unit', chainId: 'SD-C02', cityCode: '370300' })
    expect(units.items.map((i) => [i.rank, i.org.name, i.total])).toEqual([[1, enterprise.name, 7.2]])
    expect((await page(tokens.province, { side: 'unit', cityCode: '370100' })).items).toEqual([])
    expect((await page(tokens.ziboEdu, { side: 'college' })).items.map((i) => i.org.id)).toEqual([college.id])
    // A bureau sees only its side and its city, whatever it asks for.
    expect((await page(tokens.ziboEdu, { side: 'unit' })).items).toEqual([])
    expect((await page(tokens.jinanEdu, { side: 'college' })).items).toEqual([])
    expect((await page(tokens.ziboIndustry, { side: 'unit' })).items.map((i) => i.org.id)).toEqual([enterprise.id])
  })

  it('pages with keyset cursors: every ranked organisation once, in rank order, also when scores and names tie', async () => {
    // Three 青岛 colleges with the same name and score (one completed project each, 2 points): only their ids order them.
    const twins = await Promise.all([1, 2, 3].map(() => createCollege(h.prisma, { name: '青岛同名职业学院', cityCode: '370200' })))
    await createProject(h.prisma, [twins[0]!.id, twins[1]!.id], { status: 'completed', completedAt: new Date(Date.now() - HOUR) })
    await createProject(h.prisma, [twins[2]!.id], { status: 'completed', completedAt: new Date(Date.now() - HOUR) })
    const whole = await page(tokens.province, { side: 'college', limit: 50 })
    expect(whole.items.map((i) => i.org.id)).toEqual([college.id, ...twins.map((t) => t.id).sort()])
    const seen: string[] = []
    let cursor: string | null = null
    for (let n = 0; n < 10; n++) {
      const p2: Awaited<ReturnType<typeof page>> = await page(tokens.province, { side: 'college', limit: 1, ...(cursor ? { cursor } : {}) })
      seen.push(...p2.items.map((i) => i.org.id))
      cursor = p2.nextCursor
      if (!cursor) break
    }
    expect(seen).toEqual(whole.items.map((i) => i.org.id))
    expect(whole.items.map((i) => i.rank)).toEqual([1, 2, 2, 2])
    // The old offset cursor (a bare row number) is refused, as a forged cursor is everywhere.
    await expectProblem(await ranking(tokens.province).ranking.$get({ query: { year, side: 'college', cursor: '1' } }), 400, 'BAD_REQUEST')
  })

  it('refuses a city bureau another city, in the ranking and its workbook; its own city and the province\'s any city pass', async () => {
    const q = { side: 'college' as const }
    const refused = await expectProblem(await ranking(tokens.ziboEdu).ranking.$get({ query: { year, ...q, cityCode: '370100' } }), 403, 'FORBIDDEN')
    expect(refused.message).toBe('市级部门只能查看本市的数据')
    await expectProblem(await ranking(tokens.ziboIndustry)['ranking.xlsx'].$get({ query: { year, side: 'unit', cityCode: '370200' } }), 403, 'FORBIDDEN')
    await expectProblem(await ranking(tokens.jinanEdu).ranking.$get({ query: { year, ...q, cityCode: '370300' } }), 403, 'FORBIDDEN')
    expect((await page(tokens.ziboEdu, { ...q, cityCode: '370300' })).items.map((i) => i.org.id)).toEqual([college.id])
    expect((await page(tokens.province, { ...q, cityCode: '370300' })).items.map((i) => i.org.id)).toEqual([college.id])
  })

  it('is for administrators only', async () => {
    await expectProblem(await ranking(tokens.owner).ranking.$get({ query: {} }), 403, 'FORBIDDEN')
    await expectProblem(await ranking(tokens.owner)['ranking.xlsx'].$get({ query: {} }), 403, 'FORBIDDEN')
  })

  it('exports the ranking with its method as .xlsx', async () => {
    const res = await ranking(tokens.ziboEdu)['ranking.xlsx'].$get({ query: { year, side: 'college', cityCode: '370300' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    const sheet = wb.getWorksheet('成效排名')!
    expect(String(sheet.getCell('A1').value)).toContain('淄博市教育局')
    expect(sheet.getRow(3).values).toEqual([undefined, 1, college.name, '院校', '淄博市', 1, 1, 2, 2, 1, 1, 8.2])
    expect(sheet.getRow(2).values).toContain('揭榜挂帅难题解决（经市场验题）（项）')
    expect(sheet.getRow(2).values).toContain('合作项目完成（项）')
    const method = wb.getWorksheet('计算方法')!
    expect(String(method.getCell('B1').value)).toContain('合作项目完成（项）× 2')
    expect(method.getColumn(1).values).not.toContain('暂未计入')
  })
})
