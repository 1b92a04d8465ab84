import { AppError } from '@zhilian/shared'
import type { MembersView } from '@zhilian/shared/contracts/members'
import { memberRole, roleMay, type MemberRole } from '@zhilian/shared/rules/org-roles'
import type { Prisma } from '@zhilian/db'
import type { Db, Principal } from '../../lib/types'
import { maskedIfPhone } from '../../lib/phone-mask'

type Tx = Prisma.TransactionClient | Db

/**
 * The caller's verified membership of `orgId`. Anyone else — another organisation's member, a pending claimant,
 * an administrator — gets the 404 a missing organisation gets, so member lists never leak (decision 028).
 */
async function myMembership(db: Tx, user: Principal, orgId: string) {
  const m = await db.membership.findFirst({
    where: { userId: user.id, orgId, status: 'verified', org: { verification: 'verified' } },
    select: { id: true, isOwner: true, orgRole: true, org: { select: { id: true, name: true, kind: true } } },
  })
  if (!m) throw new AppError('NOT_FOUND', { userMessage: '单位不存在或您不是其成员', internal: `user ${user.id} not a verified member of ${orgId}` })
  return { ...m, role: memberRole(m) as MemberRole }
}

/** Only the owner manages members; a member who is not gets 403 naming why. */
export async function ownerMembership(db: Tx, user: Principal, orgId: string) {
  const m = await myMembership(db, user, orgId)
  if (!roleMay(m.role, 'members')) throw new AppError('FORBIDDEN', { userMessage: '只有单位负责人可以管理成员', internal: `role ${m.role} in ${orgId}` })
  return m
}

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
