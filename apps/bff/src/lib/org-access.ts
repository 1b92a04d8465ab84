import { AppError } from '@zhilian/shared'
import { MEMBER_ROLE_LABELS, roleMay, type OrgPermission } from '@zhilian/shared/rules/org-roles'
import type { Context } from 'hono'
import { requireVerifiedMember } from './auth'
import type { AppBindings, Principal } from './types'

const WHAT: Record<OrgPermission, string> = {
  applicants: '查看和处理求职者投递', jobs: '发布和修改岗位', lists: '填报清单', cooperation: '办理产教对接事项', members: '管理单位成员', profile: '修改单位信息', view: '查看单位工作台',
}

/** The organisations where the caller's verified membership grants `permission` (decision 028). */
export const orgIdsMay = (user: Principal, permission: OrgPermission): string[] =>
  user.orgIds.filter((id) => { const role = user.orgRoles[id]; return !!role && roleMay(role, permission) })

export function roleRefusal(role: Parameters<typeof roleMay>[0], permission: OrgPermission, orgId: string): AppError {
  return new AppError('FORBIDDEN', {
    userMessage: `您在本单位的角色（${MEMBER_ROLE_LABELS[role]}）不能${WHAT[permission]}，如需办理请联系单位负责人`,
    internal: `role ${role} lacks ${permission} in ${orgId}`,
  })
}

/**
 * The caller must be a verified member of `orgId` whose role grants `permission`: a member without it gets 403 with
 * the role named (they already know the organisation), anyone else what `requireVerifiedMember` answers.
 */
export function requireOrgPermission(c: Context<AppBindings>, orgId: string, permission: OrgPermission): Principal {
  const user = requireVerifiedMember(c, orgId)
  const role = user.orgRoles[orgId]
  if (!role || !roleMay(role, permission)) throw roleRefusal(role ?? 'viewer', permission, orgId)
  return user
}

