import { AppError } from '@zhilian/shared'
import type { Prisma } from '@zhilian/db'
import { currentUser } from '../../lib/auth'
import { resetSignIn as reset, type ResetTarget } from '../../lib/sign-in-reset'
import type { AppRouteHandler, Db } from '../../lib/types'
import { ownerMembership } from './members-view'
import type * as routes from './members.routes'

/**
 * A member whose sign-in this organisation's owner may reset: verified here, with a name to sign in with, and acting
 * for no other organisation. The owner (this one or another organisation's) is never reset by a member, as it is
 * never re-roled or removed by one (decision 028); an owner who lost password and recovery codes turns to an
 * administrator (decision 064). A pending claimant is not a colleague yet.
 */
async function resettableMember(db: Prisma.TransactionClient | Db, orgId: string, memberId: string): Promise<ResetTarget> {
  const m = await db.membership.findFirst({
    where: { id: memberId, orgId },
    select: {
      id: true, isOwner: true, status: true,
      user: { select: { id: true, displayName: true, username: true, deletedAt: true, memberships: { where: { orgId: { not: orgId }, status: { not: 'rejected' } }, select: { id: true } } } },
    },
  })
  if (!m || m.user.deletedAt) throw new AppError('NOT_FOUND', { userMessage: '成员不存在' })
  if (m.isOwner) throw new AppError('INVALID_TRANSITION', { userMessage: '负责人的登录不能由本单位成员重置；负责人可在“我的 → 账号安全”修改密码，或用恢复码找回，都不可用时请联系主管部门管理员' })
  if (m.status !== 'verified') throw new AppError('INVALID_TRANSITION', { userMessage: '只能重置已加入本单位成员的登录' })
  if (m.user.memberships.length > 0) throw new AppError('INVALID_TRANSITION', { userMessage: '该成员同时属于其他单位，其登录不能由本单位重置，请联系平台管理员' })
  if (!m.user.username) throw new AppError('INVALID_TRANSITION', { userMessage: '该成员通过微信登录，没有账号名和密码，无需重置；如需停用其权限请移除该成员' })
  return { recordId: m.id, userId: m.user.id, displayName: m.user.displayName, username: m.user.username }
}

/**
 * 重置登录 (decision 063): the owner gets a temporary password to hand over, shown in this answer only
 * (lib/sign-in-reset.ts); the member's every session ends, and the first sign-in with it must set the member's own.
 */
export const resetSignIn: AppRouteHandler<typeof routes.resetSignIn> = async (c) => {
  const user = currentUser(c)
  const { id, memberId } = c.req.valid('param')
  const { db } = c.var
  await ownerMembership(db, user, id)
  const target = await resettableMember(db, id, memberId)
  const shown = await reset(db, target, async (tx) => {
    await ownerMembership(tx, user, id)
    return resettableMember(tx, id, memberId)
  }, { actorUserId: user.id, orgId: id, action: 'member.sign_in_reset', entity: 'Membership' })
  return c.json(shown, 201)
}
