import { ORG_ROLE_PERMISSIONS, type OrgPermission } from '@zhilian/shared/rules/org-roles'
import { fetchMe } from '../api/me'
import { useRemote } from './use-remote'

const ALL = ORG_ROLE_PERMISSIONS.owner

/**
 * What the caller's roles allow on one side (decision 028), so a workbench hides what the role cannot do. Until
 * /api/me answers, or with no membership yet (a registrant), everything shows: the BFF refuses what is not allowed.
 */
export function useOrgPermissions(side: 'college' | 'unit'): Set<OrgPermission> {
  const me = useRemote(fetchMe)
  const mine = me.data?.memberships.filter((m) => (side === 'college') === (m.org.kind === 'college')) ?? []
  return new Set(mine.length ? mine.flatMap((m) => m.permissions) : ALL)
}
