import { createCourse, createJob, createStudent } from '@zhilian/db/factories'
import { CourseRecommendationsSchema, JobRecommendationsSchema } from '@zhilian/shared/contracts/recommendations'
import { PersonalisationSchema } from '@zhilian/shared/contracts/profile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { recruiter } from '../../testing/application-fixtures'

let h: Harness
let fit: Awaited<ReturnType<typeof createJob>>
let poor: Awaited<ReturnType<typeof createJob>>
let newest: Awaited<ReturnType<typeof createJob>>
let wordsOnly: Awaited<ReturnType<typeof createJob>>

beforeAll(async () => {
  h = await createHarness()
  const hour = 3_600_000
  fit = await createJob(h.prisma, { title: 'PLC调试员', cityCode: '370300', majorCodes: ['460301'], skills: [{ name: 'PLC编程', level: 'basic' }], publishedAt: new Date(Date.now() - 3 * hour) })
  poor = await createJob(h.prisma, { title: '会计', chainId: null, cityCode: '371600', majorCodes: ['510201'], education: 'bachelor', skills: [{ name: '财务核算', level: 'basic' }], publishedAt: new Date(Date.now() - 2 * hour) })
  // No chain, no named major: only the posting's words say it is for 机电一体化技术.
  wordsOnly = await createJob(h.prisma, { title: '机电设备维修工', chainId: null, cityCode: '371500', majorCodes: [], skills: [], description: '负责自动化生产线机电设备的安装调试、日常维护与故障维修', publishedAt: new Date(Date.now() - 4 * hour) })
  newest = await createJob(h.prisma, { title: '仓库管理员', chainId: null, cityCode: '371500', majorCodes: [], skills: [], publishedAt: new Date(Date.now() - hour) })
})
afterAll(() => h.close())

const student = () => createStudent(h.prisma, { profile: { majorCode: '460301', skills: ['PLC编程'], expectedCities: ['370300'], expectedChains: ['SD-C02'] } })
const recommend = (token: string) => h.clientAs(token).api.recommendations
const personalise = (token: string, enabled: boolean) => h.clientAs(token).api.profile.personalisation.$put({ json: { enabled } })

describe('GET /api/recommendations/jobs', () => {
  it('ranks by the shared scorer and gives every job its reasons', async () => {
    const token = await h.tokenFor(await student())
    const body = JobRecommendationsSchema.parse(await (await recommend(token).jobs.$get({ query: { limit: 50 } })).json())
    expect(body.personalised).toBe(true)
    const ids = body.items.map((i) => i.job.id)
    expect(ids.indexOf(fit.id)).toBeLessThan(ids.indexOf(poor.id))
    const top = body.items.find((i) => i.job.id === fit.id)!
    expect(top.fit!.reasons.length).toBeGreaterThan(0)
    expect(top.fit!.reasons.join(' ')).toContain('PLC编程')
    expect(body.items.every((i) => i.fit && i.fit.reasons.length > 0)).toBe(true)
    // The words of a posting with no chain and no named major reach the student's major (decision 018).
    const words = body.items.find((i) => i.job.id === wordsOnly.id)!
    expect(words.fit!.reasons[0]).toMatch(/^专业(对口|相关)：岗位内容与机电一体化技术专业相符（.*机电设备维修工/)
  })

  it('switches to newest-first without scores when personalisation is turned off, and back', async () => {
    const token = await h.tokenFor(await student())
    const off = await personalise(token, false)
    expect(PersonalisationSchema.parse(await off.json()).enabled).toBe(false)
    const plain = JobRecommendationsSchema.parse(await (await recommend(token).jobs.$get({ query: { limit: 3 } })).json())
    expect(plain.personalised).toBe(false)
    expect(plain.notice).toContain('关闭')
    expect(plain.items.map((i) => i.job.id)).toEqual([newest.id, poor.id, fit.id])
    expect(plain.items.every((i) => i.fit === null)).toBe(true)
    await expectProblem(await h.clientAs(token).api.jobs.$get({ query: { sort: 'match' } }), 400, 'BAD_REQUEST')

    await personalise(token, true)
    const again = JobRecommendationsSchema.parse(await (await recommend(token).jobs.$get({ query: { limit: 3 } })).json())
    expect(again.personalised).toBe(true)
    expect(again.items[0]?.job.id).toBe(fit.id)
  })

  it('follows chain edits made anywhere (reference data is cached, keyed by its fingerprint in the database)', async () => {
    const warehouse = await createJob(h.prisma, { title: '仓库管理员', chainId: 'SD-C08', cityCode: '371600', majorCodes: [], skills: [], description: '负责仓库货物收发', publishedAt: new Date() })
    const token = await h.tokenFor(await student())
    const reason = async () => {
      const body = JobRecommendationsSchema.parse(await (await recommend(token).jobs.$get({ query: { limit: 50 } })).json())
      return body.items.find((i) => i.job.id === warehouse.id)!.fit!.reasons[0]
    }
    expect(await reason()).toMatch(/^专业不完全对口/)
    // Written straight to the database, as another BFF process or an administrator's SQL would: no cache call.
    await h.prisma.chainMajor.create({ data: { chainId: 'SD-C08', majorCode: '460301', relevance: 'core' } })
    const chain = await h.prisma.industryChain.findUniqueOrThrow({ where: { id: 'SD-C08' }, select: { name: true } })
    expect(await reason()).toBe(`专业对口：机电一体化技术属于${chain.name}产业链核心专业`)
    await h.prisma.industryChain.update({ where: { id: 'SD-C08' }, data: { name: '测试改名链' } })
    expect(await reason()).toBe('专业对口：机电一体化技术属于测试改名链产业链核心专业')
    await h.prisma.chainMajor.delete({ where: { chainId_majorCode: { chainId: 'SD-C08', majorCode: '460301' } } })
    await h.prisma.industryChain.update({ where: { id: 'SD-C08' }, data: { name: chain.name } })
    expect(await reason()).toMatch(/^专业不完全对口/)
    await h.prisma.job.delete({ where: { id: warehouse.id } })
  })

  it('is for students only', async () => {
    const { user } = await recruiter(h.prisma)
    await expectProblem(await recommend(await h.tokenFor(user)).jobs.$get({ query: {} }), 403, 'FORBIDDEN')
    await expectProblem(await h.client.api.recommendations.courses.$get({ query: {} }), 401, 'UNAUTHENTICATED')
  })
})

describe('GET /api/recommendations/courses', () => {
  it('scores courses with reasons, and stops when switched off', async () => {
    const near = await createCourse(h.prisma, { chainId: 'SD-C02', cityCode: '370300' })
    const far = await createCourse(h.prisma, { chainId: 'SD-C08', cityCode: '371600' })
    const token = await h.tokenFor(await student())
    const body = CourseRecommendationsSchema.parse(await (await recommend(token).courses.$get({ query: { limit: 50 } })).json())
    const ids = body.items.map((i) => i.course.id)
    expect(ids.indexOf(near.id)).toBeGreaterThanOrEqual(0)
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(far.id))
    expect(body.items[0]?.fit?.reasons.length).toBeGreaterThan(0)
    await personalise(token, false)
    const plain = CourseRecommendationsSchema.parse(await (await recommend(token).courses.$get({ query: {} })).json())
    expect(plain.personalised).toBe(false)
    expect(plain.items.every((i) => i.fit === null)).toBe(true)
  })

  // Decision 055: courses that had started were still recommended, though enrolment is refused from the start (051).
  it('leaves out courses that have started, personalised or not, and keeps those without a start date', async () => {
    const started = await createCourse(h.prisma, { chainId: 'SD-C02', cityCode: '370300', startDate: new Date(Date.now() - 86_400_000) })
    const upcoming = await createCourse(h.prisma, { chainId: 'SD-C02', cityCode: '370300', startDate: new Date(Date.now() + 86_400_000) })
    const undated = await createCourse(h.prisma, { chainId: 'SD-C02', cityCode: '370300', startDate: null })
    const token = await h.tokenFor(await student())
    const ids = async () => CourseRecommendationsSchema.parse(await (await recommend(token).courses.$get({ query: { limit: 50 } })).json()).items.map((i) => i.course.id)
    const personalised = await ids()
    expect(personalised).toEqual(expect.arrayContaining([upcoming.id, undated.id]))
    expect(personalised).not.toContain(started.id)
    await personalise(token, false)
    const plain = await ids()
    expect(plain).toEqual(expect.arrayContaining([upcoming.id, undated.id]))
    expect(plain).not.toContain(started.id)
  })
})
