import type { Me } from '@zhilian/shared/contracts/me'
import { describe, expect, it } from 'vitest'
import { ROUTES } from '../../routes'
import { workbenchesFor } from './workbenches'

const me = (role: Me['user']['role'], orgKinds: ('college' | 'enterprise')[] = []) =>
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
})
