import { describe, expect, it } from 'vitest'
import { reference } from './index'

describe('reference data', () => {
  const ref = reference()
  it('has the 16 cities of Shandong in three economic circles', () => {
    expect(ref.cities).toHaveLength(16)
    expect(new Set(ref.cities.map((c) => c.circle))).toEqual(new Set(['省会经济圈', '胶东经济圈', '鲁南经济圈']))
    expect(ref.cities.find((c) => c.adcode === '370300')?.name).toBe('淄博市')
  })
  it('has 19 chains, 11 sourced and 8 marked as candidates', () => {
    expect(ref.chains).toHaveLength(19)
    expect(ref.chains.filter((c) => c.status === 'candidate_unverified')).toHaveLength(8)
  })
  it('links every chain major to a catalogue major', () => {
    const codes = new Set(ref.majors.map((m) => m.code))
    expect(ref.chainMajors.length).toBeGreaterThan(200)
    for (const link of ref.chainMajors) expect(codes.has(link.majorCode), link.majorCode).toBe(true)
  })
  it('parses quoted fields with commas', () => {
    expect(ref.labels.find((l) => l.id === 'single_champion_provincial')?.level).toContain('第九批')
  })
})
