import { describe, expect, it } from 'vitest'
import type { MajorProfileRef } from '../../reference'
import { buildChainMajorMap } from '../chain-majors'
import { buildMatchTextIndex, matchTextIndex, rankMajors, rankMajorsForJob } from './index'

const index = matchTextIndex()
const codes = (r: { majorCode: string }[]) => r.map((m) => m.majorCode)

describe('rankMajorsForJob over the catalogue', () => {
  it('reads the title: an elevator fitter finds 电梯工程技术 first and says why', () => {
    const [top] = rankMajors({ title: '电梯安装维修工', description: '负责住宅小区电梯的安装、维保和故障排除', education: 'associate' }, index, { limit: 10 })
    expect(top!.majorCode).toBe('460206')
    expect(top!.reasons).toContain('岗位「电梯安装维修工」与专业职业面向「电梯安装维修工」一致')
    expect(top!.parts.phrase).toBeGreaterThan(0)
  })

  it('gives a job with no chain and no named majors candidates from its text alone', () => {
    const r = rankMajors({ title: 'Java开发工程师', skills: ['Spring Boot', 'MySQL'], description: '负责后台业务系统的软件开发' }, index, { limit: 10 })
    expect(r.length).toBe(10)
    expect(r.slice(0, 3).some((m) => m.name.includes('软件'))).toBe(true)
  })

  it('lets a major outside the chain map win when the text says so (a port crane driver)', () => {
    const chainMajors = buildChainMajorMap([{ chainId: 'ship', majorCode: '460501', relevance: 'core' }])
    const r = rankMajors({ title: '行车工', chainId: 'ship', chainName: '船舶', description: '港口码头门机、桥吊操作，集装箱装卸' }, index, { chainMajors, limit: 5 })
    expect(codes(r).slice(0, 3)).toContain('500306')
    const port = r.find((m) => m.majorCode === '500306')!
    expect(port.parts.chain).toBe(0)
    expect(port.reasons.some((s) => s.includes('同义词表'))).toBe(true)
  })

  it('counts the chain and the named majors as signals, not gates', () => {
    const chainMajors = buildChainMajorMap([{ chainId: 'c', majorCode: '460206', relevance: 'core' }])
    const job = { title: '设备维护', chainId: 'c', chainName: '高端装备', majorCodes: ['460301'] }
    const r = rankMajors(job, index, { chainMajors })
    const elevator = r.find((m) => m.majorCode === '460206')!
    const named = r.find((m) => m.majorCode === '460301')!
    expect(elevator.reasons).toContain('属于高端装备产业链核心专业')
    expect(named.reasons).toContain('企业需求点名的专业')
    expect(named.parts.named).toBeGreaterThan(0)
    expect(r.length).toBeGreaterThan(2)
  })

  it('prefers the level the education asks for', () => {
    const r = rankMajors({ title: '数控车工', education: 'secondary_vocational' }, index, { limit: 20 })
    const [best] = r.filter((m) => m.name.includes('数控'))
    expect(best!.level).toBe('中职')
  })

  it('keeps a 职业本科 major for a 中专 post as a candidate, ranked below the 中职 and 高职 lines it continues', () => {
    const r = codes(rankMajors({ title: '数控车工', skills: ['数控车床编程', '看懂图纸'], education: 'secondary_vocational' }, index))
    expect(r).toContain('260103')
    expect(r.indexOf('260103')).toBeGreaterThan(r.indexOf('660103'))
    expect(r.indexOf('260103')).toBeGreaterThan(r.indexOf('460103'))
  })

  it('leaves out majors below the education asked for, unless the enterprise named one', () => {
    const asked = rankMajors({ title: '数控车工', education: 'associate' }, index)
    expect(asked.some((m) => m.level === '中职')).toBe(false)
    const namedOne = rankMajors({ title: '数控车工', education: 'associate', majorCodes: ['660103'] }, index)
    expect(namedOne.filter((m) => m.level === '中职').map((m) => m.majorCode)).toEqual(['660103'])
  })

  it('credits a phrase many majors share less than a rare one', () => {
    const major = (code: string, posts: string[]): MajorProfileRef => ({
      code, level: '高职专科', name: `专业${code}`, occupations: [], posts, competences: [], courses: [], continuingMajors: [], source: 'test', basis: 'ours',
    })
    // 装配调试 is a post of ten majors, 电梯安装维修 of one.
    const small = buildMatchTextIndex({ profiles: [...Array.from({ length: 10 }, (_, i) => major(`20000${i}`, ['装配调试'])), major('300000', ['电梯安装维修'])] })
    const common = rankMajors({ title: '装配调试' }, small)[0]!
    const rare = rankMajors({ title: '电梯安装维修' }, small)[0]!
    expect(rare.majorCode).toBe('300000')
    expect(common.parts.phrase).toBeLessThan(rare.parts.phrase)
  })
})

describe('rankMajorsForJob ties', () => {
  const twin = (code: string): MajorProfileRef => ({
    code, level: '高职专科', name: '焊接技术', occupations: [{ code: '6-18-02-04', name: '焊工' }], posts: ['焊接'], competences: [], courses: [],
    continuingMajors: [], source: 'test', basis: 'ours',
  })
  const small = buildMatchTextIndex({ profiles: [twin('100001'), twin('100002')] })

  it('break on supply, not on code order', () => {
    const supplyByMajor = new Map([['100001', 10], ['100002', 300]])
    expect(codes(rankMajors({ title: '焊工' }, small, { supplyByMajor }))).toEqual(['100002', '100001'])
  })

  it('break on distance when supply is equal (unknown distance last)', () => {
    const supplyByMajor = new Map([['100001', 50], ['100002', 50]])
    expect(codes(rankMajors({ title: '焊工' }, small, { supplyByMajor, nearestKmByMajor: new Map([['100001', 300], ['100002', 20]]) }))).toEqual(['100002', '100001'])
    expect(codes(rankMajors({ title: '焊工' }, small, { supplyByMajor, nearestKmByMajor: new Map([['100002', 400]]) }))).toEqual(['100002', '100001'])
  })

  it('fall to the code only when supply and distance say nothing', () => {
    expect(codes(rankMajors({ title: '焊工' }, small))).toEqual(['100001', '100002'])
  })
})

describe('rankMajorsForJob', () => {
  it('takes a job alone (the ranker shape of the evaluation), with the shipped index and chain map', () => {
    const r = rankMajorsForJob({ title: '电梯安装维修工', education: '大专' }, { limit: 3 })
    expect(r[0]!.majorCode).toBe('460206')
  })
})
