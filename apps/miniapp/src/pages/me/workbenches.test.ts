import type { Me } from '@zhilian/shared/contracts/me'
import { describe, expect, it } from 'vitest'
import { ROUTES } from '../../routes'
import { workbenchesFor } from './workbenches'

const me = (role: Me['user']['role'], orgKinds: Me['memberships'][number]['org']['kind'][] = []) =>
  ({ user: { role }, memberships: orgKinds.map((kind) => ({ org: { kind } })) }) as unknown as Me

describe('workbench entries', () => {
  it('links administrators and colleges to 活动管理, and no one else', () => {
    const labels = (m: Me) => workbenchesFor(m).map((w) => w.label)
    expect(workbenchesFor(me('admin'))).toContainEqual({ label: '活动管理', url: ROUTES.organiserEvents })
    expect(labels(me('college', ['college']))).toEqual(['院校工作台', '活动管理'])
    expect(labels(me('enterprise', ['enterprise']))).toEqual(['企业工作台'])
    expect(labels(me('student'))).toEqual([])
  })

  it('offers 匹配解释 to administrators whose scope holds jobs, not to an education department or bureau', () => {
    const admin = (department: NonNullable<Me['admin']>['department']) => ({ ...me('admin'), admin: { department } }) as unknown as Me
    const labels = (m: Me) => workbenchesFor(m).map((w) => w.label)
    expect(labels(admin('all'))).toContain('匹配解释')
    expect(labels(admin('industry'))).toContain('匹配解释')
    expect(labels(admin('grouping'))).toContain('匹配解释')
    expect(labels(admin('edu'))).not.toContain('匹配解释')
    expect(labels(admin('edu'))).toEqual(['管理后台', '活动管理'])
  })

  it('names the 单位 workbench after the one kind of unit the caller is in (decision 084)', () => {
    const first = (m: Me) => workbenchesFor(m)[0]?.label
    expect(first(me('enterprise', ['research_institute']))).toBe('科研院所工作台')
    expect(first(me('enterprise', ['industry_org']))).toBe('行业组织工作台')
    expect(first(me('enterprise', ['enterprise', 'service_provider']))).toBe('单位工作台')
    // In no unit yet, the account may become any kind: before, it read 企业工作台 to a research institute's staff.
    expect(first(me('enterprise'))).toBe('单位工作台')
  })
})
