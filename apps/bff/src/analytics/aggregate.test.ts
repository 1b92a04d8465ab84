import { buildChainMajorMap } from '@zhilian/shared'
import { describe, expect, it } from 'vitest'
import { demandByMajor } from './aggregate'
import type { DemandCell, DemandSet, UnnamedText } from './demand'

const cell = (over: Partial<DemandCell>): DemandCell => ({ chainId: 'C', cityCode: '370100', type: 'full_time', orgId: 'o', orgName: '企业', headcount: 0, jobs: 1, unnamed: 0, ...over })
const text = (over: Partial<UnnamedText>): UnnamedText => ({ chainId: 'C', cityCode: '370100', title: '', skills: '', description: '', education: 'associate', headcount: 0, ...over })
const chainMajors = buildChainMajorMap([{ chainId: 'C', majorCode: '460301', relevance: 'core' }, { chainId: 'C', majorCode: '460305', relevance: 'core' }])
const share = (rows: { majorCode: string; headcount: number }[], code: string) => rows.find((r) => r.majorCode === code)?.headcount ?? 0

describe('demandByMajor (the fit index): jobs naming no major', () => {
  it('go to the majors their text fits, not over the chain', () => {
    const demand: DemandSet = {
      cells: [cell({ headcount: 10, unnamed: 10 })],
      majors: [],
      texts: [text({ title: '电梯安装维修工', skills: '电梯安装|电梯维保', description: '负责住宅小区电梯的安装、维保和故障排除', headcount: 10 })],
    }
    const out = demandByMajor(demand, chainMajors)
    // 电梯工程技术 (460206) takes the largest share; the chain's majors, which the text does not fit, none.
    expect(share(out, '460206')).toBeGreaterThan(0)
    expect(Math.max(...out.map((r) => r.headcount))).toBe(share(out, '460206'))
    expect(share(out, '460301') + share(out, '460305')).toBe(0)
    expect(out.reduce((s, r) => s + r.headcount, 0)).toBeCloseTo(10, 10)
  })

  it('spread what the texts do not cover (beyond the texts read) over the chain as before', () => {
    const demand: DemandSet = {
      cells: [cell({ headcount: 14, unnamed: 14 })],
      majors: [],
      texts: [text({ title: '电梯安装维修工', headcount: 10 })],
    }
    const out = demandByMajor(demand, chainMajors)
    // 4 of 14 were not read by text: 2 each to the chain's two core majors.
    expect(share(out, '460301')).toBe(2)
    expect(share(out, '460305')).toBe(2)
    expect(out.reduce((s, r) => s + r.headcount, 0)).toBeCloseTo(14, 10)
  })
})
