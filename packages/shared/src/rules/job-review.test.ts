import { describe, expect, it } from 'vitest'
import { materialChanges } from './job-review'

describe('materialChanges', () => {
  const current = { title: '焊工', salaryMin: 5000, salaryMax: 7000, skills: [{ name: '焊接', level: 'skilled' }, { name: '识图', level: 'basic' }], chainId: null }
  it('names what changed, ignoring fields sent unchanged and reordered lists', () => {
    expect(materialChanges(current, { title: '焊工', salaryMax: 7000 })).toEqual([])
    expect(materialChanges(current, { skills: [{ name: '识图', level: 'basic' }, { name: '焊接', level: 'skilled' }] })).toEqual([])
    expect(materialChanges(current, { title: '高级焊工', salaryMin: 3000 })).toEqual(['title', 'salaryMin'])
    expect(materialChanges(current, { chainId: 'SD-C02' })).toEqual(['chainId'])
  })
  it('does not count head-count', () => {
    expect(materialChanges(current, { headcount: 9 } as never)).toEqual([])
  })
})
