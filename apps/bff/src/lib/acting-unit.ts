import { AppError } from '@zhilian/shared'
import type { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { roleMay, type OrgPermission } from '@zhilian/shared/rules/org-roles'
import { orgIdsMay, roleRefusal } from './org-access'
import type { Db, Principal } from './types'

export interface ActingUnitRule {
  /** What the caller's role in the unit must allow (decision 028). */
  permission: OrgPermission
  /** The unit kinds that do this (org-kinds.ts `kindsWith`). */
  kinds: ReturnType<typeof kindsWith>
  /** Said when the caller has no verified unit of those kinds whose role may; or the refusal, worked out then for the unit named, if any. */
  none: string | ((db: Db, user: Principal, orgId: string | undefined) => Promise<AppError>)
  /** Said under the `orgId` field when the caller has several and named none. */
  ask: string
}

/**
 * The unit the caller acts for (decision 095, after 094's project party): the one named in `orgId`, else the only
 * verified unit of the right kind where the caller's role may, else a question at `orgId`. A named unit the caller is
 * not a member of answers 404 like another unit's object; one where the role may not, 403 naming the role.
 */
export async function actingUnit(db: Db, user: Principal, rule: ActingUnitRule, orgId: string | undefined): Promise<string> {
  if (orgId) assertMayActFor(user, orgId, rule.permission)
  const ids = orgId ? [orgId] : orgIdsMay(user, rule.permission)
  const units = await db.organization.findMany({ where: { id: { in: ids }, kind: { in: rule.kinds }, verification: 'verified' }, select: { id: true }, take: 2 })
  const [only, ...more] = units
  if (!only) throw typeof rule.none === 'string' ? new AppError('NOT_VERIFIED', { userMessage: rule.none }) : await rule.none(db, user, orgId)
  if (more.length) throw new AppError('VALIDATION_FAILED', { userMessage: rule.ask, issues: [{ path: 'orgId', message: rule.ask }] })
  return only.id
}

/**
 * A unit the caller names to act for: one it is not a member of answers 404 like another unit's object, one where its
 * role may not, 403 naming the role. Shared by `actingUnit` and the project party (decision 094).
 */
export function assertMayActFor(user: Principal, orgId: string, permission: OrgPermission): void {
  if (!user.orgIds.includes(orgId)) throw new AppError('NOT_FOUND', { userMessage: '单位不存在或无权操作' })
  const role = user.orgRoles[orgId] ?? 'viewer'
  if (!roleMay(role, permission)) throw roleRefusal(role, permission, orgId)
}
