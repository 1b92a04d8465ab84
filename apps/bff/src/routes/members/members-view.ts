import { AppError } from '@zhilian/shared'
import type { MembersView } from '@zhilian/shared/contracts/members'
import { memberRole, roleMay, type MemberRole } from '@zhilian/shared/rules/org-roles'
import type { Prisma } from '@zhilian/db'
import type { Db, Principal } from '../../lib/types'
import { maskedIfPhone } from '../../lib/phone-mask'

type Tx = Prisma.TransactionClient | Db

/**
 * The caller's verified membership of `orgId`, of a verified or a suspended unit. Anyone else — another
 * organisation's member, a pending claimant, an administrator — gets the 404 a missing organisation gets, so member
 * lists never leak (decision 028). A suspended unit's members still read who is in it (decision 101): they read
 * 「单位不存在」 about a unit their workbench shows as 已暂停.
 */
async function myMembership(db: Tx, user: Principal, orgId: string) {
  const m = await db.membership.findFirst({
    where: { userId: user.id, orgId, status: 'verified', org: { verification: { in: ['verified', 'suspended'] } } },
    select: {
      id: true, isOwner: true, orgRole: true,
      org: { select: { id: true, name: true, kind: true, verification: true, suspendedBy: true, suspendedReason: true } },
    },
  })
  if (!m) throw new AppError('NOT_FOUND', { userMessage: '单位不存在或您不是其成员', internal: `user ${user.id} not a verified member of ${orgId}` })
  const { verification, suspendedBy, suspendedReason, ...org } = m.org
  const suspension = verification === 'suspended' ? { by: suspendedBy ?? '管理员', reason: suspendedReason ?? '未填写' } : null
  return { ...m, org, suspension, role: memberRole(m) as MemberRole }
}

/**
 * Only the owner manages members; a member who is not gets 403 naming why. `grants` marks a write that gives
 * someone a say in the unit (an invitation, a role, the hand-over): refused while the unit is suspended, so it does
 * not come back run by people its reviewers never saw. Removing a member, resetting a sign-in and revoking an
 * invitation take access away and stay the owner's to do.
 */
export async function ownerMembership(db: Tx, user: Principal, orgId: string, grants = false) {
  const m = await myMembership(db, user, orgId)
  if (!roleMay(m.role, 'members')) throw new AppError('FORBIDDEN', { userMessage: '只有单位负责人可以管理成员', internal: `role ${m.role} in ${orgId}` })
  if (grants && m.suspension) {
    throw new AppError('UNIT_SUSPENDED', { userMessage: suspendedMembersMessage(m.suspension.by), internal: `org ${orgId} suspended` })
  }
  return m
}

/** Why a granting write is refused while the unit is suspended; 成员管理 says the same above the list. */
const suspendedMembersMessage = (by: string) =>
  `本单位已被${by}暂停，暂停期间不能邀请成员、调整角色或移交负责人；仍可移除成员、重置成员登录和撤销邀请。恢复后可继续管理，如有疑问请联系${by}`

const MEMBER_CAP = 200

export async function membersView(db: Db, user: Principal, orgId: string): Promise<MembersView> {
  const me = await myMembership(db, user, orgId)
  const canManage = roleMay(me.role, 'members')
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { orgId, status: { in: ['verified', 'pending'] } },
      orderBy: [{ isOwner: 'desc' }, { createdAt: 'asc' }],
      take: MEMBER_CAP,
      select: { id: true, userId: true, isOwner: true, orgRole: true, status: true, createdAt: true, user: { select: { displayName: true } } },
    }),
    canManage
      ? db.orgInvitation.findMany({ where: { orgId }, orderBy: { createdAt: 'desc' }, take: 20 })
      : Promise.resolve([]),
  ])
  const usedBy = new Map((await db.user.findMany({ where: { id: { in: invitations.flatMap((i) => (i.usedByUserId ? [i.usedByUserId] : [])) } }, select: { id: true, displayName: true } })).map((u) => [u.id, maskedIfPhone(u.displayName)]))
  const now = Date.now()
  return {
    org: me.org,
    suspension: me.suspension,
    myRole: me.role,
    canManage,
    members: members.map((m) => ({
      id: m.id, displayName: maskedIfPhone(m.user.displayName), role: memberRole(m), status: m.status, joinedAt: m.createdAt.toISOString(), isMe: m.userId === user.id,
    })),
    invitations: invitations.map((i) => ({
      id: i.id, role: i.role, codeHint: i.codeHint, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString(),
      state: i.usedAt ? 'used' : i.revokedAt ? 'revoked' : i.expiresAt.getTime() <= now ? 'expired' : 'open',
      usedBy: i.usedByUserId ? (usedBy.get(i.usedByUserId) ?? null) : null,
    })),
  }
}
