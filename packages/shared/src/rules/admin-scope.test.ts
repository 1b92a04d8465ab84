import { describe, expect, it } from 'vitest'
import { canDecide, kindsGoverned, reviewKindsFor, scopeLabel } from './admin-scope'

describe('admin scope rules', () => {
  it('splits the kinds between the education and the industry side', () => {
    expect(kindsGoverned('edu')).toEqual(['college'])
    expect(kindsGoverned('industry')).not.toContain('college')
    expect(kindsGoverned('all')).toBeNull()
  })
  it('gives each side only its own queues, and reports to the province', () => {
    expect(reviewKindsFor({ department: 'edu', cityCode: '370300', groupingId: null })).toEqual(['organization', 'supply_list'])
    expect(reviewKindsFor({ department: 'industry', cityCode: null, groupingId: null })).not.toContain('supply_list')
    expect(reviewKindsFor({ department: 'grouping', cityCode: null, groupingId: 'g' })).not.toContain('report')
    expect(canDecide({ department: 'grouping', cityCode: null, groupingId: 'g' })).toBe(false)
  })
  it('says in one line what the administrator governs', () => {
    expect(scopeLabel({ department: 'edu', cityCode: '370300', groupingId: null }, { city: '淄博市' })).toBe('淄博市教育局 · 仅本市院校')
    expect(scopeLabel({ department: 'industry', cityCode: null, groupingId: null }, {})).toBe('山东省工业和信息化厅 · 全省企业与机构')
    expect(scopeLabel({ department: 'grouping', cityCode: null, groupingId: 'g' }, { grouping: '淄博市域产教联合体' })).toBe('淄博市域产教联合体 · 仅成员单位')
  })
})
