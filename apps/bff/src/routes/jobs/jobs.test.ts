import { createBooth } from '../../testing/job-fixtures'
import { createEnterprise, createEvent, createJob, createMember, createStudent } from '@zhilian/db/factories'
import { JobDetailSchema, JobListPageSchema, type JobListItem } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness, type TestClient } from '../../testing/harness'
import { loadJobDetail } from './jobs.detail'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000)

type JobQuery = Parameters<TestClient['api']['jobs']['$get']>[0]['query']
const jobs = (token?: string) => (token ? h.clientAs(token) : h.client).api.jobs

async function list(query: JobQuery, token?: string) {
  const res = await jobs(token).$get({ query })
  expect(res.status).toBe(200)
  return JobListPageSchema.parse(await res.json())
}

async function allPages(query: JobQuery, limit: number, token?: string) {
  const seen: JobListItem[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const page = await list({ ...query, limit, cursor: cursor ?? undefined }, token)
    expect(page.items.length).toBeLessThanOrEqual(limit)
    seen.push(...page.items)
    cursor = page.nextCursor
    pages++
  } while (cursor && pages < 50)
  return { seen, pages }
}

// Each test filters by a chain of its own, so jobs made by other tests in this file stay out.
describe('GET /api/jobs search', () => {
  it('finds 数控 inside 数控车工 and ranks title matches before description and skill matches', async () => {
    const chainId = 'SD-C05'
    const inDescription = await createJob(h.prisma, { chainId, title: '普通钳工', description: '熟悉数控设备者优先', publishedAt: minutesAgo(1) })
    const inSkill = await createJob(h.prisma, { chainId, title: '装配工', skills: [{ name: '数控编程', level: 'basic' }], publishedAt: minutesAgo(2) })
    const inTitle = await createJob(h.prisma, { chainId, title: '数控车工', publishedAt: minutesAgo(30) })
    await createJob(h.prisma, { chainId, title: '焊工', description: '负责焊接' })
    const page = await list({ q: '数控', chainId })
    expect(page.items.map((j) => j.id)).toEqual([inTitle.id, inDescription.id, inSkill.id])
    expect(page.items[0]?.title).toBe('数控车工')
  })

  it('finds a company\'s jobs by its name (搜索岗位、技能或企业), after jobs whose title has the word', async () => {
    const chainId = 'SD-C04'
    const org = await createEnterprise(h.prisma, { name: '烟台万润链测化工有限公司' })
    const ofCompany = await createJob(h.prisma, { chainId, orgId: org.id, title: '化验员', description: '负责原料检测', skills: [{ name: '色谱分析', level: 'basic' }] })
    await createJob(h.prisma, { chainId, title: '质检员', description: '负责成品检测' })
    const page = await list({ q: '万润链测', chainId })
    expect(page.items.map((j) => j.id)).toEqual([ofCompany.id])
  })

  it('drops the zero-width and direction characters pasted along with a keyword instead of finding nothing (decision 111)', async () => {
    const chainId = 'SD-C12'
    const wanted = await createJob(h.prisma, { chainId, title: '数控车工' })
    await createJob(h.prisma, { chainId, title: '焊工' })
    for (const q of ['数控\u200b', '\u200d数\u200c控\ufeff', '\u200f数控\u202e']) expect((await list({ q, chainId })).items.map((j) => j.id), JSON.stringify(q)).toEqual([wanted.id])
    // Only invisible characters: no keyword at all, every job of the chain.
    expect((await list({ q: '\u200b\u200b', chainId })).items).toHaveLength(2)
  })

  it('treats % and _ in the keyword as text, not wildcards', async () => {
    const chainId = 'SD-C06'
    const literal = await createJob(h.prisma, { chainId, title: '达标率100%操作工' })
    await createJob(h.prisma, { chainId, title: '达标率1000操作工' })
    const page = await list({ q: '100%', chainId })
    expect(page.items.map((j) => j.id)).toEqual([literal.id])
  })

  it('filters by city, major, education (at most), type and overlapping salary', async () => {
    const chainId = 'SD-C07'
    const base = { chainId, cityCode: '370200', education: 'associate' as const, type: 'full_time' as const, salaryMin: 5000, salaryMax: 8000 }
    const match = await createJob(h.prisma, { ...base, majorCodes: ['460301'] })
    await createJob(h.prisma, { ...base, cityCode: '370100' })
    await createJob(h.prisma, { ...base, majorCodes: ['510201'] })
    await createJob(h.prisma, { ...base, education: 'bachelor' })
    await createJob(h.prisma, { ...base, type: 'internship' })
    await createJob(h.prisma, { ...base, salaryMin: 9000, salaryMax: 12000 })
    const page = await list({ chainId, cityCode: '370200', majorCode: '460301', education: 'associate', type: 'full_time', salaryMin: 7000, salaryMax: 8500 })
    expect(page.items.map((j) => j.id)).toEqual([match.id])
    const card = page.items[0]!
    expect(card).toMatchObject({ city: { code: '370200' }, chain: { id: chainId }, headcountLeft: 3, salaryMin: 5000, salaryMax: 8000 })
  })

  // A chain alone makes the search a prepared statement on PostgreSQL, education, type and salary one planned per call
  // (decision 062): both kinds answer below, each filter alone and together, with and without a keyword.
  it('filters by education, type and salary with and without a keyword, each choice in turn', async () => {
    const chainId = 'SD-C11'
    const base = { chainId, title: '焊接工艺员', education: 'associate' as const, type: 'full_time' as const, salaryMin: 5000, salaryMax: 8000 }
    const plain = await createJob(h.prisma, base)
    const bachelor = await createJob(h.prisma, { ...base, education: 'bachelor' })
    const intern = await createJob(h.prisma, { ...base, type: 'internship' })
    const wellPaid = await createJob(h.prisma, { ...base, salaryMin: 9000, salaryMax: 12000 })
    const ids = async (query: Record<string, unknown>) => new Set((await list({ chainId, ...query })).items.map((j) => j.id))
    for (const q of [{}, { q: '焊接' }]) {
      expect(await ids(q)).toEqual(new Set([plain.id, bachelor.id, intern.id, wellPaid.id]))
      expect(await ids({ ...q, education: 'associate' })).toEqual(new Set([plain.id, intern.id, wellPaid.id]))
      expect(await ids({ ...q, type: 'internship' })).toEqual(new Set([intern.id]))
      expect(await ids({ ...q, salaryMin: 8500 })).toEqual(new Set([wellPaid.id]))
      expect(await ids({ ...q, salaryMax: 8500 })).toEqual(new Set([plain.id, bachelor.id, intern.id]))
      expect(await ids({ ...q, education: 'bachelor', type: 'full_time', salaryMin: 6000, salaryMax: 7000 })).toEqual(new Set([plain.id, bachelor.id]))
    }
  })

  it('lists only open jobs and shows only verified labels on cards', async () => {
    const chainId = 'SD-C08'
    const org = await createEnterprise(h.prisma)
    await h.prisma.orgLabel.createMany({ data: [{ orgId: org.id, labelId: 'chain_leader', verified: true }, { orgId: org.id, labelId: 'innovative_sme', verified: false }] })
    const open = await createJob(h.prisma, { chainId, orgId: org.id })
    for (const status of ['draft', 'paused', 'closed', 'filled'] as const) await createJob(h.prisma, { chainId, orgId: org.id, status })
    const page = await list({ chainId })
    expect(page.items.map((j) => j.id)).toEqual([open.id])
    expect(page.items[0]?.org.labels).toEqual([{ id: 'chain_leader', name: '链主企业', verified: true }])
  })

  it('pages newest first with a stable cursor: no duplicates, no gaps, across both keyword tiers', async () => {
    const chainId = 'SD-C09'
    const ids: string[] = []
    for (let i = 0; i < 7; i++) ids.push((await createJob(h.prisma, { chainId, title: `叉车司机${i}`, publishedAt: minutesAgo(i % 3) })).id)
    for (let i = 0; i < 4; i++) ids.push((await createJob(h.prisma, { chainId, title: `仓管员${i}`, description: '兼任叉车司机', publishedAt: minutesAgo(i) })).id)
    const { seen, pages } = await allPages({ chainId, q: '叉车司机' }, 3)
    expect(pages).toBe(4)
    expect(seen.map((j) => j.id).sort()).toEqual([...ids].sort())
    expect(new Set(seen.map((j) => j.id)).size).toBe(seen.length)
    // Title tier first, each tier newest first.
    expect(seen.slice(0, 7).every((j) => j.title.startsWith('叉车司机'))).toBe(true)
    const times = seen.slice(0, 7).map((j) => Date.parse(j.publishedAt!))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const plain = await allPages({ chainId }, 4)
    expect(plain.seen.map((j) => j.id).sort()).toEqual([...ids].sort())
  })

  it('refuses a forged cursor and a limit over 50 with problem+json', async () => {
    await expectProblem(await jobs().$get({ query: { cursor: 'not-a-cursor' } }), 400, 'BAD_REQUEST')
    await expectProblem(await jobs().$get({ query: { limit: 51 } }), 400, 'VALIDATION_FAILED')
    await expectProblem(await jobs().$get({ query: { salaryMin: 9000, salaryMax: 5000 } }), 400, 'VALIDATION_FAILED')
  })
})

describe('GET /api/jobs?sort=match', () => {
  it('needs a signed-in student with personalisation on, in Chinese', async () => {
    const anonymous = await expectProblem(await jobs().$get({ query: { sort: 'match' } }), 400, 'BAD_REQUEST')
    expect(anonymous.message).toContain('学生')
    const off = await createStudent(h.prisma, { user: { personalisationOff: true } })
    const refused = await expectProblem(await jobs(await h.tokenFor(off)).$get({ query: { sort: 'match' } }), 400, 'BAD_REQUEST')
    expect(refused.message).toContain('个性化推荐')
  })

  it('orders by fit with reasons and pages without gaps', async () => {
    const chainId = 'SD-C10'
    const student = await createStudent(h.prisma, { profile: { expectedCities: ['370300'], majorCode: '460301', skills: ['PLC编程'] } })
    const good = await createJob(h.prisma, { chainId, cityCode: '370300', majorCodes: ['460301'], skills: [{ name: 'PLC编程', level: 'basic' }] })
    const poor = await createJob(h.prisma, { chainId, cityCode: '371600', majorCodes: ['510201'], education: 'master', skills: [{ name: '财务核算', level: 'basic' }] })
    const middle = await createJob(h.prisma, { chainId, cityCode: '370300', majorCodes: ['510201'], skills: [{ name: '财务核算', level: 'basic' }] })
    const token = await h.tokenFor(student)
    const { seen } = await allPages({ chainId, sort: 'match' }, 2, token)
    expect(seen.map((j) => j.id)).toEqual([good.id, middle.id, poor.id])
    const scores = seen.map((j) => j.match!.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(seen[0]?.match?.reasons.some((r) => r.includes('专业对口'))).toBe(true)
  })

  it('follows chain edits made anywhere (the chain map is cached, keyed by its fingerprint in the database)', async () => {
    const chainId = 'SD-C17'
    const student = await createStudent(h.prisma, { profile: { majorCode: '460301', skills: [] } })
    const job = await createJob(h.prisma, { chainId, title: '仓库管理员', cityCode: '371600', majorCodes: [], skills: [], description: '负责仓库货物收发' })
    const token = await h.tokenFor(student)
    const reason = async () => (await list({ chainId, sort: 'match', limit: 50 }, token)).items.find((i) => i.id === job.id)!.match!.reasons[0]
    expect(await reason()).toMatch(/^专业不完全对口/)
    // Written straight to the database, as another BFF process or an administrator's SQL would: no cache call.
    await h.prisma.chainMajor.create({ data: { chainId, majorCode: '460301', relevance: 'core' } })
    expect(await reason()).toMatch(/^专业对口：机电一体化技术属于.+产业链核心专业$/)
    await h.prisma.chainMajor.delete({ where: { chainId_majorCode: { chainId, majorCode: '460301' } } })
    expect(await reason()).toMatch(/^专业不完全对口/)
  })
})

describe('GET /api/jobs/:id', () => {
  it('shows an open job with enterprise, skills, head-count left and the fairs offering it', async () => {
    const org = await createEnterprise(h.prisma, { intro: '精密零部件制造' })
    await h.prisma.orgLabel.create({ data: { orgId: org.id, labelId: 'innovative_sme', verified: false } })
    const job = await createJob(h.prisma, { orgId: org.id, title: '数控车工', headcount: 4, hiredCount: 1 })
    const fair = await createEvent(h.prisma)
    const hiddenFair = await createEvent(h.prisma, { status: 'draft' })
    const pastFair = await createEvent(h.prisma, { startsAt: new Date(Date.now() - 3 * 86_400_000), endsAt: new Date(Date.now() - 2 * 86_400_000) })
    await createBooth(h.prisma, fair.id, org.id, job.id, 'approved')
    await createBooth(h.prisma, hiddenFair.id, org.id, job.id, 'approved')
    await createBooth(h.prisma, pastFair.id, org.id, job.id, 'approved')
    const res = await jobs()[':id'].$get({ param: { id: job.id } })
    expect(res.status).toBe(200)
    const detail = JobDetailSchema.parse(await res.json())
    expect(detail).toMatchObject({ id: job.id, title: '数控车工', headcount: 4, headcountLeft: 3, org: { id: org.id, intro: '精密零部件制造' } })
    expect(detail.org.labels).toEqual([{ id: 'innovative_sme', name: expect.any(String), verified: false }])
    expect(detail.skills.map((s) => s.name).sort()).toEqual(job.skills.map((s) => s.name).sort())
    expect(detail.fairs.map((f) => f.id)).toEqual([fair.id])
  })

  it('refuses a row whose column was renamed or retyped instead of answering it', async () => {
    const org = await createEnterprise(h.prisma)
    await h.prisma.orgLabel.create({ data: { orgId: org.id, labelId: 'innovative_sme', verified: true } })
    const job = await createJob(h.prisma, { orgId: org.id })
    const fair = await createEvent(h.prisma)
    await createBooth(h.prisma, fair.id, org.id, job.id, 'approved')
    let raw: Record<string, unknown> = {}
    await loadJobDetail(async (q) => {
      const rows = await h.db.hotSql(q)
      raw = rows[0] as Record<string, unknown>
      return rows
    }, job.id)
    expect((raw.fairs as unknown[]).length).toBe(1)
    const answering = (row: Record<string, unknown>) => loadJobDetail(async () => [row], job.id)
    await expect(answering({ ...raw, salaryMin: '3000' })).rejects.toThrow(/salaryMin/)
    await expect(answering({ ...raw, status: 'archived' })).rejects.toThrow(/status/)
    await expect(answering({ ...raw, fairs: [{ ...(raw.fairs as object[])[0], kind: 'party' }] })).rejects.toThrow(/kind/)
    const { title: _renamed, ...withoutTitle } = raw
    await expect(answering(withoutTitle)).rejects.toThrow(/title/)
  })

  it('answers 404 for a job that is not open, except to its own enterprise', async () => {
    const org = await createEnterprise(h.prisma)
    const paused = await createJob(h.prisma, { orgId: org.id, status: 'paused' })
    await expectProblem(await jobs()[':id'].$get({ param: { id: paused.id } }), 404, 'NOT_FOUND')
    const other = await createMember(h.prisma, await createEnterprise(h.prisma))
    await expectProblem(await jobs(await h.tokenFor(other.user))[':id'].$get({ param: { id: paused.id } }), 404, 'NOT_FOUND')
    const own = await createMember(h.prisma, org)
    const res = await jobs(await h.tokenFor(own.user))[':id'].$get({ param: { id: paused.id } })
    expect(JobDetailSchema.parse(await res.json()).status).toBe('paused')
    await expectProblem(await jobs()[':id'].$get({ param: { id: 'no-such-job' } }), 404, 'NOT_FOUND')
  })
})
