import { hashPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import { TEMPORARY_PASSWORD_HOURS } from '@zhilian/shared/contracts/account'
import type { Prisma } from '@zhilian/db'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import { forgivePasswordFailures } from '../../lib/failure-guard'
import type { AppRouteHandler, Db } from '../../lib/types'
import { ownerMembership } from './members-view'
import type * as routes from './members.routes'
import { newTemporaryPassword } from './temporary-password'

/**
 * A member whose sign-in this organisation's owner may reset: verified here, with a name to sign in with, and acting
 * for no other organisation. The owner (this one or another organisation's) is never reset by someone else, as it is
 * never re-roled or removed (decision 028); a pending claimant is not a colleague yet.
 */
async function resettableMember(db: Prisma.TransactionClient | Db, orgId: string, memberId: string) {
  const m = await db.membership.findFirst({
    where: { id: memberId, orgId },
    select: {
      id: true, isOwner: true, status: true,
      user: { select: { id: true, displayName: true, username: true, deletedAt: true, memberships: { where: { orgId: { not: orgId }, status: { not: 'rejected' } }, select: { id: true } } } },
    },
  })
  if (!m || m.user.deletedAt) throw new AppError('NOT_FOUND', { userMessage: '成员不存在' })
  if (m.isOwner) throw new AppError('INVALID_TRANSITION', { userMessage: '负责人的登录不能由他人重置；负责人可在“我的 → 账号安全”修改密码，或用恢复码找回' })
  if (m.status !== 'verified') throw new AppError('INVALID_TRANSITION', { userMessage: '只能重置已加入本单位成员的登录' })
  if (m.user.memberships.length > 0) throw new AppError('INVALID_TRANSITION', { userMessage: '该成员同时属于其他单位，其登录不能由本单位重置，请联系平台管理员' })
  if (!m.user.username) throw new AppError('INVALID_TRANSITION', { userMessage: '该成员通过微信登录，没有账号名和密码，无需重置；如需停用其权限请移除该成员' })
  return { membershipId: m.id, userId: m.user.id, displayName: m.user.displayName, username: m.user.username }
}

/**
 * 重置登录 (decision 063): the owner gets a temporary password to hand over, shown in this answer only; the member's
 * every session ends, and the first sign-in with it must set the member's own. The password is hashed before the
 * transaction (scrypt is slow on purpose) and never enters the audit entry or a log line.
 */
export const resetSignIn: AppRouteHandler<typeof routes.resetSignIn> = async (c) => {
  const user = currentUser(c)
  const { id, memberId } = c.req.valid('param')
  const { db } = c.var
  await ownerMembership(db, user, id)
  const target = await resettableMember(db, id, memberId)
  const temporaryPassword = newTemporaryPassword(target.username)
  const passwordHash = await hashPassword(temporaryPassword)
  const now = new Date()
  await db.$transaction(async (tx) => {
    // Checked again inside: a hand-over, removal or second organisation in the meantime is answered as above.
    await ownerMembership(tx, user, id)
    const member = await resettableMember(tx, id, memberId)
    await tx.user.update({ where: { id: member.userId }, data: { passwordHash, passwordTemporaryAt: now, tokenVersion: { increment: 1 } }, select: { id: true } })
    await forgivePasswordFailures(tx, member.username)
    await audit(tx, { actorUserId: user.id, orgId: id, action: 'member.sign_in_reset', entity: 'Membership', entityId: member.membershipId, diff: { member: member.displayName, hours: TEMPORARY_PASSWORD_HOURS } })
  })
  const expiresAt = new Date(now.getTime() + TEMPORARY_PASSWORD_HOURS * 3_600_000)
  return c.json({ member: target.displayName, username: target.username, temporaryPassword, expiresAt: expiresAt.toISOString() }, 201)
}
