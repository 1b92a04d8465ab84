import { describe, expect, it } from 'vitest'
import { OrgKind } from '../contracts/enums'
import { kindsWith, roleForKind, UNIT_KINDS, UNIT_PAGES } from './org-kinds'

describe('organisation kinds', () => {
  it('gives every kind but the college the 单位 account, with pages of its own', () => {
    for (const kind of OrgKind.schema.options) expect(roleForKind(kind)).toBe(kind === 'college' ? 'college' : 'enterprise')
    for (const kind of UNIT_KINDS) expect(UNIT_PAGES[kind].length).toBeGreaterThan(0)
  })
  it('lets only enterprises fill 附件2 and only industry organisations organise events', () => {
    expect(kindsWith('demand_list')).toEqual(['enterprise'])
    expect(kindsWith('organise_events')).toEqual(['industry_org'])
    expect(kindsWith('fairs')).toEqual([...UNIT_KINDS])
  })
})
