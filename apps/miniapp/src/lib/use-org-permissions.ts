import { MEMBER_ROLE_LABELS, ORG_ROLE_PERMISSIONS, rolesThatMay, type OrgPermission } from '@zhilian/shared/rules/org-roles'
import { fetchMe } from '../api/me'
import { useRemote } from './use-remote'

const ALL = ORG_ROLE_PERMISSIONS.owner

/**
 * What the caller's roles allow on one side (decision 028), and whether /api/me has answered yet: a page that must
 * open read-only from the start (附件1/附件2, decision 091) waits for `known`; a workbench shows everything meanwhile.
 */
export function useOrgAccess(side: 'college' | 'unit') {
  const me = useRemote(fetchMe)
  const mine = me.data?.memberships.filter((m) => (side === 'college') === (m.org.kind === 'college')) ?? []
  return { may: new Set<OrgPermission>(mine.length ? mine.flatMap((m) => m.permissions) : ALL), known: me.data !== undefined, me }
}

/**
 * What the caller's roles allow on one side, so a workbench hides what the role cannot do. Until /api/me answers,
 * or with no membership yet (a registrant), everything shows: the BFF refuses what is not allowed.
 */
export function useOrgPermissions(side: 'college' | 'unit'): Set<OrgPermission> {
  return useOrgAccess(side).may
}

/** The roles that may do something, named as the invitation sheet names them (负责人、业务管理员), from the one table. */
export const whoMay = (permission: OrgPermission): string => rolesThatMay(permission).map((r) => MEMBER_ROLE_LABELS[r]).join('、')
