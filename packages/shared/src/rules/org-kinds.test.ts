import { describe, expect, it } from 'vitest'
import { OrgKind } from '../contracts/enums'
import { kindsWith, roleForKind, UNIT_KINDS, UNIT_PAGES, unitKindLabel, unitWorkbenchTitle } from './org-kinds'

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
  it('names the workbench after the one kind of unit its member is in, 单位 otherwise (decision 084)', () => {
    expect(unitWorkbenchTitle(['enterprise'])).toBe('企业工作台')
    expect(unitWorkbenchTitle(['research_institute', 'college'])).toBe('科研院所工作台')
    expect(unitWorkbenchTitle(['industry_org'])).toBe('行业组织工作台')
    expect(unitWorkbenchTitle(['service_provider', 'service_provider'])).toBe('服务机构工作台')
    expect(unitWorkbenchTitle(['enterprise', 'research_institute'])).toBe('单位工作台')
    expect(unitWorkbenchTitle([])).toBe('单位工作台')
    expect(unitWorkbenchTitle(['college'])).toBe('单位工作台')
    expect(unitKindLabel(['research_institute'])).toBe('科研院所')
    expect(unitKindLabel([])).toBe('单位')
  })
})
