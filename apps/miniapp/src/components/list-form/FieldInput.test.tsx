import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useRealBff } from '../../test/real-bff'
import { FieldInput } from './FieldInput'
import type { ChainOptions, FieldSpec } from './fields'

// The major catalogue from majors.csv, as the seed loads it: a migrated test database alone has no majors to name.
useRealBff('catalogue')

const noop = () => undefined
const field = (spec: FieldSpec, draft: Record<string, unknown>) => render(<FieldInput spec={spec} path={spec.key} draft={draft} issues={{}} onChange={noop} />)
/** What the phone draws in the field's tags or chips, whole (a chip's code, name and ✕ are separate text nodes). */
const shown = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.textContent?.trim())

// Decision 057: a draft or a workbook brings a list row's major as its 6-digit code alone, and the phone showed only
// the digits where the label promises 专业代码及名称.
describe('a list form major field against the real BFF with the catalogue loaded', () => {
  it('shows a drafted code with its name', async () => {
    field({ kind: 'major', key: 'majors.0.code', label: '专业代码及名称' }, { majors: [{ code: '460103' }] })
    await waitFor(() => expect(shown('.lf-tag')).toEqual(['460103 数控技术']))
  })

  it('names each chip of a drafted list of codes, and keeps a code the catalogue does not list on its own', async () => {
    field({ kind: 'majors', key: 'relatedMajors', label: '相关专业代码' }, { relatedMajors: ['460301', '460104', '469999'] })
    await waitFor(() => expect(shown('.lf-chip')).toEqual(['460301 机电一体化技术 ✕', '460104 机械制造及自动化 ✕', '469999 ✕']))
  })
})

// Decision 113: 添加岗位 added {} and the new job's 相关专业代码 read 必填 on saving, though the form says 可不填.
describe('a list form row added on the phone', () => {
  it('starts with its lists of picks empty, not absent', async () => {
    const changes: unknown[] = []
    const job: FieldSpec = {
      kind: 'rows', key: 'jobs', label: '岗位类型及数量', item: '岗位',
      fields: [{ kind: 'text', key: 'title', label: '岗位名称' }, { kind: 'majors', key: 'majorCodes', label: '相关专业代码' }, { kind: 'rows', key: 'skills', label: '技能要求', item: '技能点', fields: [] }],
    }
    render(<FieldInput spec={job} path='jobs' draft={{ jobs: [] }} issues={{}} onChange={(_, v) => changes.push(v)} />)
    ;(document.querySelector('.btn') as HTMLElement).click()
    await waitFor(() => expect(changes).toEqual([[{ majorCodes: [] }]]))
  })
})

// Decision 113: 服务产业链 on a new 附件1 row opened with the map's chains on, said nowhere; a newcomer tapping the chain
// they meant, as on any chip row, turned it off.
describe('a list form chains field', () => {
  const chains: ChainOptions = { labels: { C01: '高端装备', C02: '新一代信息技术', C03: '医药' }, map: { C01: { '460103': 'core' }, C03: { '460103': 'supporting' } } }
  const spec: FieldSpec = { kind: 'chains', key: 'chainIds', label: '服务产业链', chains }
  const at = (draft: Record<string, unknown>) => render(<FieldInput spec={spec} path='majors.0.chainIds' draft={draft} issues={{}} onChange={noop} />)

  it('says the chains it shows on were chosen from the major, until the row holds a choice of its own', () => {
    const shownDefault = at({ majors: [{ majorCode: '460103' }] })
    expect(shown('.lf-chip--on')).toEqual(['高端装备', '医药'])
    expect(shownDefault.container.textContent).toContain('已按专业自动选中2条，点选可增减')
    shownDefault.unmount()
    const chosen = at({ majors: [{ majorCode: '460103', chainIds: ['C02'] }] })
    expect(shown('.lf-chip--on')).toEqual(['新一代信息技术'])
    expect(chosen.container.textContent).not.toContain('自动选中')
  })
})
