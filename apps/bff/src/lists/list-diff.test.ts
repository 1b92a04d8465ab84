import { describe, expect, it } from 'vitest'
import { DEMAND } from './list-kinds'
import { diffSections } from './list-diff'

describe('version diffs', () => {
  it('lists each changed field once with its old and new value, and leaves unchanged or empty fields out', () => {
    const before = { filledBy: '王芳', filledByPhone: null, org: { name: '淄博精工', contactPhone: '0533-1', contactEmail: '' }, jobs: [{ t: 1 }, { t: 2 }] }
    const after = { filledBy: '王芳', filledByPhone: null, org: { name: '淄博精工', contactPhone: '0533-2', contactEmail: null }, jobs: [{ t: 1 }, { t: 2 }, { t: 3 }] }
    expect(diffSections(before, after, DEMAND.labels)).toEqual([
      { section: 'org', label: '基本信息·对接人电话', from: '0533-1', to: '0533-2' },
      { section: 'jobs', label: '岗位类型及数量', from: '2项', to: '3项' },
    ])
  })

  it('shows a first version\'s filled fields against —, and a list edited in place as changed', () => {
    const rows = diffSections({ jobs: [{ t: 1 }] }, { filledBy: '王芳', jobs: [{ t: 9 }] }, DEMAND.labels)
    expect(rows).toEqual([
      { section: 'filledBy', label: '填报人', from: '—', to: '王芳' },
      { section: 'jobs', label: '岗位类型及数量', from: '1项', to: '1项（内容有修改）' },
    ])
    expect(JSON.stringify(rows)).not.toContain('无 → 无')
  })
})
