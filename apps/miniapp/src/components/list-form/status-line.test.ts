import { describe, expect, it } from 'vitest'
import type { MyList } from '@zhilian/shared/contracts/lists'
import { listStatusLine } from './status-line'

const list = (over: Partial<NonNullable<MyList['list']>>): NonNullable<MyList['list']> => ({
  id: 'l1', status: 'approved', version: 1, approvedVersion: 1, submittedAt: '2026-12-01T00:00:00Z', reviewedAt: '2026-12-02T00:00:00Z',
  reviewNote: null, updatedAt: '2026-12-02T00:00:00Z', unsubmittedChanges: false, ...over,
})
const submitted = (version: number) => ({ version, at: '2026-12-01T00:00:00Z', byUserId: 'u1', source: 'submit' as const, data: {} })

describe('the list status line', () => {
  it('names a list nobody has started', () => {
    expect(listStatusLine({ list: null, lastSubmitted: null })).toBe('状态：未填写')
  })
  it('says the approved version has changes not yet submitted', () => {
    expect(listStatusLine({ list: list({ unsubmittedChanges: true }), lastSubmitted: submitted(1) })).toBe('状态：已通过 · 第1版 · 有未提交的修改')
    expect(listStatusLine({ list: list({}), lastSubmitted: submitted(1) })).toBe('状态：已通过 · 第1版')
  })
  it('numbers the submitted version, not an import recorded after it', () => {
    expect(listStatusLine({ list: list({ version: 3, unsubmittedChanges: true }), lastSubmitted: submitted(2) })).toBe('状态：已通过 · 第2版 · 有未提交的修改')
  })
  it('gives a draft never submitted no version', () => {
    expect(listStatusLine({ list: list({ status: 'draft', version: 0, submittedAt: null, approvedVersion: null }), lastSubmitted: null })).toBe('状态：草稿')
  })
})
