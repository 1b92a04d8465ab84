import { describe, expect, it } from 'vitest'
import { memberRole, ORG_ROLE_PERMISSIONS, roleMay } from './org-roles'

describe('organisation roles', () => {
  it('gives applicants only to roles that handle them, and lists only to roles that fill them', () => {
    expect(roleMay('hr', 'applicants')).toBe(true)
    expect(roleMay('hr', 'lists')).toBe(false)
    expect(roleMay('list_filler', 'lists')).toBe(true)
    expect(roleMay('list_filler', 'applicants')).toBe(false)
    expect(roleMay('viewer', 'applicants')).toBe(false)
  })

  it('lets only the owner manage members, and every role view', () => {
    const managers = Object.entries(ORG_ROLE_PERMISSIONS).filter(([, ps]) => ps.includes('members')).map(([r]) => r)
    expect(managers).toEqual(['owner'])
    for (const ps of Object.values(ORG_ROLE_PERMISSIONS)) expect(ps).toContain('view')
  })

  it('reads the owner flag before the role', () => {
    expect(memberRole({ isOwner: true, orgRole: 'viewer' })).toBe('owner')
    expect(memberRole({ isOwner: false, orgRole: 'hr' })).toBe('hr')
  })
})
