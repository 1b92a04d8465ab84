import { AppError } from '@zhilian/shared'
import type { Context } from 'hono'
import { currentUser } from '../lib/auth'
import { actingMembership } from '../lib/membership'
import { roleRefusal } from '../lib/org-access'
import { memberRole, roleMay } from '@zhilian/shared/rules/org-roles'
import type { AppBindings } from '../lib/types'

const callerOrgSelect = {
  id: true, kind: true, name: true, uscc: true, verification: true, nature: true,
  contactName: true, contactPhone: true, contactTitle: true, contactEmail: true,
} as const

/**
 * The organisation of `kind` the caller acts for (a pending membership of a pending organisation is enough for drafts).
 * Lists are reached only through this, so a member of one organisation never touches another's; and only a role that
 * may fill lists changes one (decision 028: reading needs `view`, everything else `lists`).
 */
export async function callerOrg(c: Context<AppBindings>, kind: 'college' | 'enterprise', permission: 'lists' | 'view' = 'lists') {
  const user = currentUser(c)
  const membership = await c.var.db.membership.findFirst({
    where: { userId: user.id, org: { kind }, ...actingMembership },
    orderBy: { createdAt: 'asc' },
    select: { status: true, isOwner: true, orgRole: true, org: { select: callerOrgSelect } },
  })
  if (!membership) throw new AppError('NOT_FOUND', { userMessage: '您还没有加入任何单位，请先登记单位信息', internal: `user ${user.id} has no ${kind}` })
  const role = memberRole(membership)
  if (!roleMay(role, permission)) throw roleRefusal(role, permission, membership.org.id)
  const canPublish = membership.status === 'verified' && membership.org.verification === 'verified'
  return { user, org: membership.org, canPublish }
}

export type CallerOrg = Awaited<ReturnType<typeof callerOrg>>

export function requirePublishable(caller: CallerOrg): void {
  if (!caller.canPublish) {
    throw new AppError('NOT_VERIFIED', { userMessage: '单位尚未通过审核，可以先保存草稿，审核通过后再提交', internal: `org ${caller.org.id} not verified` })
  }
}
