import { describe, expect, it } from 'vitest'
import { buildChainMajorMap, chainsOfMajor, fillChainIds, majorsOfChain, relevanceOf } from './chain-majors'
import { byScoreThenIds, listNames } from './rank'

const map = buildChainMajorMap([
  { chainId: 'C2', majorCode: '460309', relevance: 'supporting' },
  { chainId: 'C2', majorCode: '460301', relevance: 'core' },
  { chainId: 'C2', majorCode: '660301', relevance: 'core_secondary_vocational' },
  { chainId: 'C1', majorCode: '510201', relevance: 'core' },
])

describe('chain → major map', () => {
  it('looks relevance up by chain and major', () => {
    expect(relevanceOf(map, 'C2', '460301')).toBe('core')
    expect(relevanceOf(map, 'C1', '460301')).toBeUndefined()
    expect(relevanceOf(map, undefined, '460301')).toBeUndefined()
  })
  it('lists a chain’s majors core first', () => {
    expect(majorsOfChain(map, 'C2').map((m) => m.majorCode)).toEqual(['460301', '660301', '460309'])
    expect(majorsOfChain(map, 'nope')).toEqual([])
  })
})

describe('ranking helpers', () => {
  it('orders by score, then by ids, whatever the input order', () => {
    const rows = [
      { score: 5, a: 'b', b: '2' },
      { score: 9, a: 'z', b: '1' },
      { score: 5, a: 'a', b: '9' },
      { score: 5, a: 'b', b: '1' },
    ]
    const sorted = (rs: typeof rows) => [...rs].sort(byScoreThenIds((r) => [r.a, r.b])).map((r) => r.a + r.b)
    expect(sorted(rows)).toEqual(['z1', 'a9', 'b1', 'b2'])
    expect(sorted([...rows].reverse())).toEqual(sorted(rows))
  })
  it('shortens long name lists', () => {
    expect(listNames(['甲', '乙'])).toBe('甲、乙')
    expect(listNames(['甲', '乙', '丙', '丁'])).toBe('甲、乙、丙等')
  })
})

describe('default chains of list rows', () => {
  it('gives a major the chains the map links it to, and other rows the chains of the list', () => {
    expect(chainsOfMajor(map, '460301')).toEqual(['C2'])
    type Row = { chainIds?: string[] }
    const list: { majors: (Row & { majorCode: string })[]; equipment: Row[]; trainingCourses: Row[]; researchProjects?: Row[] } = {
      majors: [{ majorCode: '460301' }, { majorCode: '510201', chainIds: ['C9'] }, { majorCode: '999999' }],
      equipment: [{ chainIds: [] }, { chainIds: ['C1'] }],
      trainingCourses: [{}],
    }
    const filled = fillChainIds(list, map)
    expect(filled.majors!.map((m) => m.chainIds)).toEqual([['C2'], ['C9'], []])
    expect(filled.equipment!.map((e) => e.chainIds)).toEqual([['C2', 'C9'], ['C1']])
    expect(filled.trainingCourses![0]!.chainIds).toEqual(['C2', 'C9'])
    expect(filled.researchProjects).toBeUndefined()
  })
})
