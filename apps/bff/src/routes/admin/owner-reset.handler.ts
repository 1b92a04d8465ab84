import { AppError } from '@zhilian/shared'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import type { Prisma } from '@zhilian/db'
import { assertMayDecide, assertOrgInScope, orgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import { resetSignIn, type ResetTarget } from '../../lib/sign-in-reset'
import type { AppRouteHandler, Db } from '../../lib/types'
import type * as routes from './owner-reset.routes'

/**
 * The owner whose sign-in an administrator may reset: the organisation's verified owner, with a name to sign in with,
 * who acts for no organisation outside this administrator's scope (otherwise a city bureau could take over a unit of
 * another city, or the education side an enterprise, through the person who owns both). The organisation itself was
 * found in the scope once, by the handler; a unit's city and kind do not change under a reset, so the re-check inside
 * the transaction looks at the owner only (decision 069).
 */
async function resettableOwner(db: Prisma.TransactionClient | Db, scope: AdminScope, orgId: string): Promise<ResetTarget> {
  const m = await db.membership.findFirst({
    where: { orgId, isOwner: true, status: 'verified' },
    select: {
      id: true,
      user: { select: { id: true, displayName: true, username: true, deletedAt: true, memberships: { where: { orgId: { not: orgId }, status: { not: 'rejected' } }, select: { orgId: true } } } },
    },
  })
  if (!m || m.user.deletedAt) throw new AppError('INVALID_TRANSITION', { userMessage: '该单位还没有已认证的负责人，无需重置；请先审核其成员申请' })
  if (!m.user.username) throw new AppError('INVALID_TRANSITION', { userMessage: '该单位负责人通过微信登录，没有账号名和密码，无需重置' })
  const elsewhere = m.user.memberships.map((x) => x.orgId)
  if (elsewhere.length > 0) {
    const governed = await db.organization.count({ where: { id: { in: elsewhere }, ...orgInScope(scope) } })
    if (governed < elsewhere.length) throw new AppError('INVALID_TRANSITION', { userMessage: '该负责人同时属于您管辖范围以外的单位，其登录须由省级管理员重置' })
  }
  return { recordId: m.id, userId: m.user.id, displayName: m.user.displayName, username: m.user.username }
}

/**
 * 重置负责人登录 (decision 064): the case an owner cannot help themselves (password and recovery codes both lost).
 * An administrator who governs the organisation (its city and side, decision 021) resets it exactly as an owner
 * resets a member (lib/sign-in-reset.ts); consortium and park administrators, who follow but do not decide, may not.
 * Another city's or side's organisation answers 404 like every object outside the scope.
 */
export const resetOwnerSignIn: AppRouteHandler<typeof routes.resetOwnerSignIn> = async (c) => {
  const user = currentUser(c)
  const scope = scopeOf(user)
  const { id } = c.req.valid('param')
  const { db } = c.var
  await assertOrgInScope(db, scope, id)
  assertMayDecide(scope)
  const target = await resettableOwner(db, scope, id)
  const shown = await resetSignIn(db, target, (tx) => resettableOwner(tx, scope, id), { actorUserId: user.id, orgId: id, action: 'member.owner_sign_in_reset', entity: 'Membership' })
  return c.json(shown, 201)
}
