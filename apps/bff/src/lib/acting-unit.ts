import { AppError } from '@zhilian/shared'
import { OrgKind } from '@zhilian/shared/contracts/enums'
import type { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { MEMBER_ROLE_LABELS, roleMay, rolesThatMay, type OrgPermission } from '@zhilian/shared/rules/org-roles'
import { orgIdsMay, roleRefusal } from './org-access'
import type { Db, Principal } from './types'

export interface ActingUnitRule {
  /** What the caller's role in the unit must allow (decision 028). */
  permission: OrgPermission
  /** The unit kinds that do this (org-kinds.ts `kindsWith`). */
  kinds: ReturnType<typeof kindsWith>
  /** The refusals' words: the business a role may not handle (参展), what a unit cannot do (参展), what it may do again once restored (报名). */
  words: { business: string; act: string; again: string }
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
  if (!only) throw await whyNoUnit(db, user, rule, orgId)
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

/**
 * Why the caller has no unit to act for, in words they can act on (decision 098 for booths; decision 100 for every
 * rule: a booking answered 「企业通过审核后才能预约设备」 to a suspended enterprise, a 只读成员 of a verified one and an
 * industry organisation alike). A named unit is the one the answer is about. Only read on refusal, so the acting
 * unit's own lookup stays one query.
 */
export async function whyNoUnit(db: Db, user: Principal, rule: ActingUnitRule, named: string | undefined): Promise<AppError> {
  const { business, act, again } = rule.words
  const all = await db.organization.findMany({ where: { id: { in: named ? [named] : user.orgIds } }, select: { id: true, kind: true, verification: true, suspendedBy: true } })
  const units = all.filter((u) => rule.kinds.includes(u.kind))
  const verified = units.find((u) => u.verification === 'verified')
  if (verified) {
    const role = MEMBER_ROLE_LABELS[user.orgRoles[verified.id] ?? 'viewer']
    const who = rolesThatMay(rule.permission).map((r) => MEMBER_ROLE_LABELS[r]).join('、')
    return new AppError('FORBIDDEN', { userMessage: `您在本单位的角色（${role}）不能办理${business}，请联系${who}`, internal: `role lacks ${rule.permission} in ${verified.id}` })
  }
  const suspended = units.find((u) => u.verification === 'suspended')
  if (suspended) {
    const by = suspended.suspendedBy ?? '平台管理员'
    return new AppError('NOT_VERIFIED', { userMessage: `本单位已被${by}暂停，暂停期间不能${act}；恢复后可再${again}，如有疑问请联系${by}` })
  }
  const other = all.find((u) => !rule.kinds.includes(u.kind))
  if (!units.length && other) {
    const may = rule.kinds.map((k) => OrgKind.labels[k]).join('、')
    return new AppError('FORBIDDEN', { userMessage: `${OrgKind.labels[other.kind]}不能${act}，${may}可以`, internal: `kind ${other.kind} of ${other.id}` })
  }
  return new AppError('NOT_VERIFIED', { userMessage: `本单位尚未通过审核，暂不能${act}` })
}
