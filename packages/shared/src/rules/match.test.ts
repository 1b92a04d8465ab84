import { describe, expect, it } from 'vitest'
import { buildChainMajorMap } from './chain-majors'
import { haversineKm, indexCities } from './geo'
import { matchSupply, MATCH_WEIGHTS as W, scoreSupplyRow, type DemandForMatch, type SupplyRow } from './match'

const CITY_ROWS = [
  { adcode: '370300', name: '淄博市', lon: 118.058673, lat: 36.610971 },
  { adcode: '371500', name: '聊城市', lon: 115.887682, lat: 36.460117 },
  { adcode: '371000', name: '威海市', lon: 122.000805, lat: 37.118677 },
]
const ctx = {
  cities: indexCities(CITY_ROWS),
  chainMajors: buildChainMajorMap([
    { chainId: 'SD-C02', majorCode: '460301', relevance: 'core' },
    { chainId: 'SD-C02', majorCode: '460103', relevance: 'core' },
    { chainId: 'SD-C02', majorCode: '460309', relevance: 'supporting' },
  ]),
  chainNames: { 'SD-C02': '高端装备' },
}
const demand: DemandForMatch = { id: 'd1', chainId: 'SD-C02', cityCode: '370300', headcount: 20, enterpriseNature: 'private' }
const row = (over: Partial<SupplyRow>): SupplyRow => ({
  collegeId: 'zbvc', collegeName: '淄博职业学院', majorCode: '460301', majorName: '机电一体化技术', cityCode: '370300',
  graduates: [{ year: 2024, count: 280 }, { year: 2025, count: 312 }],
  enrolment: [{ entryYear: 2024, count: 300 }, { entryYear: 2025, count: 330 }],
  ...over,
})

describe('scoreSupplyRow', () => {
  it('leads with the college, the major, the latest cohort and the distance', () => {
    const m = scoreSupplyRow(demand, row({}), ctx)!
    expect(m.reasons[0]).toBe('淄博职业学院 机电一体化技术：2025届毕业生 312 人，同城')
    expect(m.reasons).toContain('专业匹配：属于高端装备产业链核心专业')
    expect(m.reasons).toContain('在校生 630 人（2024级 300 人，2025级 330 人）')
    // core 40 × 0.9; 312 ≥ 3 × 20 and 630 ≥ 6 × 20 saturate; same city; no destination data
    expect(m.parts).toEqual({ relevance: 36, graduates: W.graduates, enrolment: W.enrolment, distance: W.distance, destinations: 0 })
    expect(m.score).toBe(36 + W.graduates + W.enrolment + W.distance)
  })

  it('credits past destinations of the same enterprise type and chain, with the shares', () => {
    const m = scoreSupplyRow(demand, row({ destinations: { total: 200, byType: { private: 84 }, byChain: { 'SD-C02': 50 } } }), ctx)!
    // 84/200 = 42% of the 50% that earns the full half; 50/200 = 25%
    expect(m.parts.destinations).toBeCloseTo((W.destinations / 2) * (0.42 / 0.5 + 0.25 / 0.5), 1)
    expect(m.reasons).toContain('往届毕业生 42% 去往民营企业（与民营企业同类）')
    expect(m.reasons).toContain('往届毕业生 25% 进入高端装备产业链企业')
  })

  it('leaves out majors unrelated to the demand', () => {
    expect(scoreSupplyRow(demand, row({ majorCode: '520201', majorName: '护理' }), ctx)).toBeNull()
  })

  it('puts majors the enterprise named above the chain’s other majors', () => {
    const named = { ...demand, majorCodes: ['460103'] }
    const out = matchSupply(named, [row({}), row({ majorCode: '460103', majorName: '数控技术' })], ctx)
    expect(out.map((m) => m.row.majorCode)).toEqual(['460103', '460301'])
    expect(out[0]!.reasons).toContain('专业匹配：企业需求点名的专业')
  })
})

describe('matchSupply: the rules that must hold', () => {
  it('ranks a fitting major 200 km away; distance lowers it, never excludes it', () => {
    const far = row({ collegeId: 'lcvc', collegeName: '聊城职业技术学院', cityCode: '371500' })
    const km = haversineKm(CITY_ROWS[0]!, CITY_ROWS[1]!)
    expect(km).toBeGreaterThan(180)
    const rows = [row({ majorCode: '520201', majorName: '护理' }), row({ collegeId: 'x', majorCode: '610101', majorName: '会计' }), far]
    const out = matchSupply(demand, rows, ctx)
    expect(out.map((m) => m.row.collegeId)).toEqual(['lcvc'])
    expect(out[0]!.reasons[0]).toBe(`聊城职业技术学院 机电一体化技术：2025届毕业生 312 人，相距约 ${Math.round(km)} 公里`)
    expect(out[0]!.score).toBeLessThan(scoreSupplyRow(demand, row({}), ctx)!.score)
    expect(out[0]!.parts.distance).toBeGreaterThan(0)
  })

  it('never ranks a row with no graduates and no students first', () => {
    const empty = row({ collegeId: 'aaa', graduates: [], enrolment: [{ entryYear: 2025, count: 0 }] })
    const thin = row({ collegeId: 'whvc', collegeName: '威海职业学院', cityCode: '371000', majorCode: '460309', graduates: [{ year: 2025, count: 3 }], enrolment: [] })
    const e = scoreSupplyRow(demand, empty, ctx)!
    const t = scoreSupplyRow(demand, thin, ctx)!
    // Without the rule the empty row would win: a same-city core major outweighs a thin, far, supporting one.
    expect(Object.values(e.parts).reduce((s, x) => s + x, 0)).toBeGreaterThan(t.score)
    const out = matchSupply(demand, [empty, thin], ctx)
    expect(out.map((m) => m.row.collegeId)).toEqual(['whvc', 'aaa'])
    expect(out[1]!.reasons.at(-1)).toBe('该专业暂无毕业生和在校生，暂不能供给，排在有生源的院校之后')
  })

  it('breaks equal scores by supply, not by college id', () => {
    // Both rows saturate graduates (≥ 3 × 20) and students (≥ 6 × 20) in the same city: equal scores.
    const small = row({ collegeId: 'a1', graduates: [{ year: 2025, count: 100 }], enrolment: [{ entryYear: 2025, count: 200 }] })
    const large = row({ collegeId: 'z9' })
    const out = matchSupply(demand, [small, large], ctx)
    expect(out[0]!.score).toBe(out[1]!.score)
    expect(out.map((m) => m.row.collegeId)).toEqual(['z9', 'a1'])
  })

  it('gives the same order for the same inputs, ties broken by college then major id', () => {
    const rows = [
      row({ collegeId: 'c3' }), row({ collegeId: 'c1', majorCode: '460103', majorName: '数控技术' }),
      row({ collegeId: 'c1' }), row({ collegeId: 'c2', cityCode: '371500' }),
    ]
    const ids = (rs: SupplyRow[]) => matchSupply(demand, rs, ctx).map((m) => `${m.row.collegeId}/${m.row.majorCode}`)
    expect(ids(rows)).toEqual(['c1/460103', 'c1/460301', 'c3/460301', 'c2/460301'])
    expect(ids([...rows].reverse())).toEqual(ids(rows))
    expect(ids([rows[2]!, rows[0]!, rows[3]!, rows[1]!])).toEqual(ids(rows))
  })
})

describe('matchSupply with a text fit', () => {
  const fit = new Map([
    ['500306', { credit: 1, reasons: ['岗位「行车工」与专业职业面向「起重装卸机械操作工」一致'] }],
    ['460301', { credit: 0.5, reasons: ['「机电」命中专业名称「机电一体化技术」'] }],
  ])
  const textDemand: DemandForMatch = { ...demand, majorFit: fit }

  it('takes candidates and relevance from the fit, not the chain map, and quotes its evidence', () => {
    const port = row({ collegeId: 'qdgw', collegeName: '青岛港湾职业技术学院', majorCode: '500306', majorName: '港口机械与智能控制' })
    const ranked = matchSupply(textDemand, [row({}), port, row({ majorCode: '460103', majorName: '数控技术' })], ctx)
    expect(ranked.map((m) => m.row.majorCode)).toEqual(['500306', '460301'])
    expect(ranked[0]!.parts.relevance).toBe(W.relevance)
    expect(ranked[0]!.reasons).toContain('专业匹配：岗位「行车工」与专业职业面向「起重装卸机械操作工」一致')
  })

  it('breaks equal scores by supply, then distance — never by college id', () => {
    const big = row({ collegeId: 'b', graduates: [{ year: 2025, count: 400 }], enrolment: [{ entryYear: 2025, count: 900 }] })
    const small = row({ collegeId: 'a' })
    const ranked = matchSupply(textDemand, [small, big], ctx)
    expect(ranked[0]!.score).toBe(ranked[1]!.score)
    expect(ranked.map((m) => m.row.collegeId)).toEqual(['b', 'a'])
  })
})
