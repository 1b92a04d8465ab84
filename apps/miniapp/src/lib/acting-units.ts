import type { MyMembership } from '@zhilian/shared/contracts/me'
import { kindsWith, type UnitPage } from '@zhilian/shared/rules/org-kinds'
import type { OrgPermission } from '@zhilian/shared/rules/org-roles'

/**
 * The units a member may act for (decisions 094, 095): verified memberships whose role grants `permission` and, for a
 * page that only some kinds have (参展, 设备预约), verified units of those kinds. A page shows its unit chips only when
 * there are two or more; the BFF takes the one there is, and asks at `orgId` when it cannot tell.
 */
export function unitsThatMay(memberships: MyMembership[] | undefined, permission: OrgPermission, page?: UnitPage): MyMembership[] {
  const kinds = page ? kindsWith(page) : null
  return (memberships ?? []).filter((m) => m.status === 'verified' && m.permissions.includes(permission)
    && (!kinds || (m.org.verification === 'verified' && kinds.includes(m.org.kind))))
}

/** The chips' options: one per unit, by name. */
export const unitOptions = (units: MyMembership[]) => units.map((m) => ({ value: m.org.id, label: m.org.name }))
