import { describe, expect, it } from 'vitest'
import { buildChainMajorMap } from './chain-majors'
import { indexCities } from './geo'
import {
  nonPersonalised, recommendCourses, recommendJobs, RECOMMEND_WEIGHTS as W, scoreCourseForStudent, scoreJobForStudent,
  type JobForScoring, type StudentForScoring,
} from './recommend'

const ctx = {
  chainMajors: buildChainMajorMap([
    { chainId: 'SD-C02', majorCode: '460301', relevance: 'core' },
    { chainId: 'SD-C02', majorCode: '460309', relevance: 'supporting' },
  ]),
  cities: indexCities([
    { adcode: '370100', name: '济南市', lon: 117.221211, lat: 36.640013 },
    { adcode: '370300', name: '淄博市', lon: 118.058673, lat: 36.610971 },
    { adcode: '371700', name: '菏泽市', lon: 115.698213, lat: 35.152257 },
  ]),
  chainNames: { 'SD-C02': '高端装备' },
}

const student: StudentForScoring = {
  majorCode: '460301', majorName: '机电一体化技术', education: 'associate',
  skills: ['PLC编程', '数控编程', '电气识图', { name: '焊接', level: 'basic' }],
  expectedCities: ['370300'], cityCode: '370300',
}

const job = (over: Partial<JobForScoring> = {}): JobForScoring => ({
  id: 'j1', chainId: 'SD-C02', majorCodes: [], education: 'associate', cityCode: '370300', type: 'full_time',
  skills: [{ name: 'PLC编程' }, { name: '数控编程' }, { name: '电气识图' }, { name: '工业机器人运维' }],
  ...over,
})

describe('scoreJobForStudent', () => {
  it('explains each part in Chinese and adds them up', () => {
    const r = scoreJobForStudent(student, job(), ctx)
    expect(r.reasons).toEqual([
      '专业对口：机电一体化技术属于高端装备产业链核心专业',
      '技能匹配 3/4：PLC编程、数控编程、电气识图',
      '意向城市：淄博市',
      '学历符合：大专/高职',
    ])
    // core major 35 × 0.85 = 29.75 → 29.8; skills 30 × 3/4 = 22.5; city 20; education 15
    expect(r.parts).toEqual({ major: 29.8, skills: 22.5, location: 20, education: 15, adjustments: 0 })
    expect(r.score).toBe(87.3)
  })

  it('ranks a listed major above a core one, above a supporting one, above an unrelated one', () => {
    const s = (over: Partial<StudentForScoring>) => scoreJobForStudent({ ...student, ...over }, job({ majorCodes: ['460301'] }), ctx).parts.major
    expect(s({})).toBe(W.major)
    expect(scoreJobForStudent(student, job(), ctx).parts.major).toBeLessThan(W.major)
    expect(s({ majorCode: '460309' })).toBeLessThan(scoreJobForStudent(student, job(), ctx).parts.major)
    expect(s({ majorCode: '520201' })).toBe(0)
  })

  it('reads the job\'s text: a major the words fit beats the chain rule, quoting the evidence', () => {
    const fit = (credit: number) => new Map([['460301', { credit, reasons: ['岗位「机电设备维修工」与专业职业面向「机电设备维修工」一致'] }]])
    const strong = scoreJobForStudent(student, job({ majorFit: fit(1) }), ctx)
    expect(strong.parts.major).toBe(31.5) // 35 × 0.9: more than the chain's core credit (29.8)
    expect(strong.reasons[0]).toBe('专业对口：岗位内容与机电一体化技术专业相符（岗位「机电设备维修工」与专业职业面向「机电设备维修工」一致）')
    // A weak text fit does not undercut the chain: the stronger reading speaks.
    expect(scoreJobForStudent(student, job({ majorFit: fit(0.5) }), ctx).reasons[0]).toBe('专业对口：机电一体化技术属于高端装备产业链核心专业')
    // Outside every chain and naming no major, the words still find the student's major.
    const free = scoreJobForStudent({ ...student, majorCode: '520201', majorName: undefined }, job({ chainId: undefined, majorFit: new Map([['520201', { credit: 0.9, reasons: [] }]]) }), ctx)
    expect(free.parts.major).toBe(28.4)
    expect(free.reasons[0]).toBe('专业对口：岗位内容与您的专业相符')
  })

  it('with a limit, gives the same top list as sorting all, reading the text fit only of jobs that can make it', () => {
    let seed = 7
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
    let reads = 0
    const jobs = Array.from({ length: 300 }, (_, i) => {
      const fit = rand() < 0.5 ? new Map([[pick(['460301', '460309', '520201']), { credit: 0.5 + rand() / 2, reasons: [] }]]) : undefined
      return Object.defineProperty(job({
        id: `j${String(i).padStart(3, '0')}`, chainId: pick(['SD-C02', undefined]), majorCodes: rand() < 0.2 ? ['460301'] : [],
        cityCode: pick(['370100', '370300', '371700']), education: pick(['associate', 'bachelor', 'none'] as const),
        skills: rand() < 0.5 ? [{ name: 'PLC编程' }] : [{ name: '财务核算' }],
      }), 'majorFit', { get: () => { reads++; return fit } })
    })
    const all = recommendJobs(student, jobs, ctx).slice(0, 20)
    reads = 0
    const top = recommendJobs(student, jobs, ctx, 20)
    expect(top.map((r) => [r.job.id, r.score])).toEqual(all.map((r) => [r.job.id, r.score]))
    expect(reads).toBeLessThan(jobs.length)
  })

  it('penalises, but keeps, a job whose education requirement is above the student’s', () => {
    const jobs = [job({ id: 'a' }), job({ id: 'b', education: 'bachelor' })]
    const ranked = recommendJobs(student, jobs, ctx)
    expect(ranked.map((r) => r.job.id)).toEqual(['a', 'b'])
    const [a, b] = ranked
    expect(a!.score - b!.score).toBeCloseTo(W.education + W.educationGapPenalty, 5)
    expect(b!.reasons).toContain('学历要求本科，高于您的大专/高职，排序已降低（仍可投递）')
  })

  it('lowers the score with distance but never to nothing', () => {
    const near = scoreJobForStudent(student, job({ cityCode: '370100' }), ctx)
    const far = scoreJobForStudent(student, job({ cityCode: '371700' }), ctx)
    expect(near.parts.location).toBeLessThan(W.location)
    expect(far.parts.location).toBeLessThan(near.parts.location)
    expect(far.parts.location).toBeGreaterThan(0)
    expect(near.reasons.some((t) => /^工作地点济南市，距意向城市约 \d+ 公里$/.test(t))).toBe(true)
  })

  it('counts a skill held below the required level as half, and says so', () => {
    const r = scoreJobForStudent(student, job({ skills: [{ name: '焊接', level: 'advanced' }, { name: 'PLC编程' }] }), ctx)
    expect(r.parts.skills).toBe(W.skills * (1 + 0.5) / 2)
    expect(r.reasons).toContain('技能匹配 2/2：PLC编程（等级待提升：焊接）')
  })

  it('applies job-type and salary preferences as explained penalties', () => {
    const picky = { ...student, expectedJobTypes: ['full_time' as const], expectedSalaryMin: 5000 }
    const r = scoreJobForStudent(picky, job({ type: 'internship', salary: { min: 3000, max: 4000 } }), ctx)
    expect(r.parts.adjustments).toBe(-(W.typeMismatchPenalty + W.salaryBelowPenalty))
    expect(r.reasons).toContain('薪资最高 4000 元/月，低于您的期望 5000 元/月')
  })

  it('stays within 0..100 even with every penalty', () => {
    const weak = { ...student, majorCode: 'x', skills: [], education: 'none' as const, expectedJobTypes: ['internship' as const], expectedSalaryMin: 9e9 }
    const r = scoreJobForStudent(weak, job({ education: 'master', cityCode: '371700', salary: { max: 1 } }), ctx)
    expect(r.score).toBe(0)
  })
})

describe('recommendJobs', () => {
  it('gives the same order whatever the input order', () => {
    const jobs = ['c', 'a', 'b', 'd'].map((id, i) => job({ id, cityCode: i % 2 ? '370300' : '370100' }))
    const order = (js: JobForScoring[]) => recommendJobs(student, js, ctx).map((r) => r.job.id)
    expect(order(jobs)).toEqual(['a', 'd', 'b', 'c'])
    expect(order([...jobs].reverse())).toEqual(order(jobs))
  })

  it('breaks a tie on fewer peers of the student\'s major per open place, then on distance, never first on the id', () => {
    // Both cities wanted, so every job below scores the same; the student studies in 淄博 (370300).
    const both = { ...student, expectedCities: ['370100', '370300'] }
    const peersByCity = new Map([['370300', 500], ['370100', 20]])
    const ids = (js: JobForScoring[], ties?: { peersByCity: Map<string, number> }, limit?: number) => recommendJobs(both, js, ctx, limit, ties).map((r) => r.job.id)
    const crowded = job({ id: 'a', cityCode: '370300', openings: 1 })
    const roomy = job({ id: 'b', cityCode: '370300', openings: 5 })
    expect(recommendJobs(both, [crowded, roomy], ctx).map((r) => r.score)).toEqual([87.3, 87.3])
    expect(ids([crowded, roomy])).toEqual(['b', 'a'])
    // 20 peers for one place in 济南 beat 500 for one in 淄博, though 淄博 is nearer.
    const far = job({ id: 'c', cityCode: '370100', openings: 1 })
    expect(ids([crowded, far], { peersByCity })).toEqual(['c', 'a'])
    // Same competition: the nearer job (淄博, where the student studies) first.
    expect(ids([far, job({ id: 'd', cityCode: '370300', openings: 1 })])).toEqual(['d', 'c'])
    // The bounded path (a limit) keeps the same order.
    expect(ids([crowded, far, roomy], { peersByCity }, 1)).toEqual(['c'])
  })
})

describe('nonPersonalised', () => {
  it('orders newest first, then by id, ignoring any profile', () => {
    const jobs = [
      { id: 'b', publishedAt: '2026-03-01T00:00:00Z' },
      { id: 'a', publishedAt: new Date('2026-03-01T00:00:00Z') },
      { id: 'c', publishedAt: '2026-05-01T00:00:00Z' },
      { id: 'd' },
    ]
    expect(nonPersonalised(jobs).map((j) => j.id)).toEqual(['c', 'a', 'b', 'd'])
    expect(jobs.map((j) => j.id)).toEqual(['b', 'a', 'c', 'd'])
  })
})

describe('scoreCourseForStudent', () => {
  const course = { id: 'k1', chainId: 'SD-C02', majorCodes: [], skills: job().skills, cityCode: '371700' }
  it('uses the job scorer: same major and skill parts as an equivalent job', () => {
    const c = scoreCourseForStudent(student, { ...course, mode: 'offline' }, ctx)
    const j = scoreJobForStudent(student, job({ cityCode: '371700', education: 'none' }), ctx)
    expect(c.parts).toEqual(j.parts)
  })
  it('ranks courses with the same scorer, names from the context when the profile lacks them', () => {
    const anon = { ...student, majorName: undefined }
    const out = recommendCourses(anon, [{ ...course, id: 'far', mode: 'offline' }, { ...course, id: 'web', mode: 'online' }], { ...ctx, majorNames: { '460301': '机电一体化技术' } })
    expect(out.map((r) => r.course.id)).toEqual(['web', 'far'])
    expect(out[0]!.reasons[0]).toBe('专业对口：机电一体化技术属于高端装备产业链核心专业')
  })
  it('does not hold distance against an online course', () => {
    const online = scoreCourseForStudent(student, { ...course, mode: 'online' }, ctx)
    expect(online.parts.location).toBe(W.location)
    expect(online.reasons).toContain('线上课程，不受地点限制')
  })
})
