import type { Prisma } from '@zhilian/db'
import { AppError, OrgKind } from '@zhilian/shared'
import { roleForKind } from '@zhilian/shared/rules/org-kinds'
import { INVITATION_TTL_HOURS, memberRole } from '@zhilian/shared/rules/org-roles'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import { countHit, peekCount, tooMany } from '../../lib/rate-limit'
import type { AppRouteHandler } from '../../lib/types'
import { hashInvitationCode, newInvitationCode } from './invitation-code'
import { membersView, ownerMembership } from './members-view'
import type * as routes from './members.routes'

const OPEN_INVITATIONS_CAP = 20
/** Wrong codes a user may try in an hour before accept refuses them for the rest of it. */
const WRONG_CODES = { limit: 10, windowSeconds: 3600 }

export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json(await membersView(c.var.db, currentUser(c), c.req.valid('param').id), 200)

export const invite: AppRouteHandler<typeof routes.invite> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { role } = c.req.valid('json')
  const code = newInvitationCode()
  const expiresAt = new Date(Date.now() + INVITATION_TTL_HOURS * 3_600_000)
  const created = await c.var.db.$transaction(async (tx) => {
    await ownerMembership(tx, user, id, true)
    const open = await tx.orgInvitation.count({ where: { orgId: id, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } })
    if (open >= OPEN_INVITATIONS_CAP) throw new AppError('CONFLICT', { userMessage: `未使用的邀请码已有${OPEN_INVITATIONS_CAP}个，请先撤销不再需要的邀请` })
    const inv = await tx.orgInvitation.create({ data: { orgId: id, codeHash: hashInvitationCode(code), codeHint: code.slice(-2), role, createdByUserId: user.id, expiresAt } })
    await audit(tx, { actorUserId: user.id, orgId: id, action: 'member.invite', entity: 'OrgInvitation', entityId: inv.id, diff: { role, codeHint: inv.codeHint, hours: INVITATION_TTL_HOURS } })
    return inv
  })
  return c.json({ id: created.id, code, role, expiresAt: expiresAt.toISOString() }, 201)
}

export const revoke: AppRouteHandler<typeof routes.revoke> = async (c) => {
  const user = currentUser(c)
  const { id, invitationId } = c.req.valid('param')
  await c.var.db.$transaction(async (tx) => {
    await ownerMembership(tx, user, id)
    const inv = await tx.orgInvitation.findFirst({ where: { id: invitationId, orgId: id }, select: { id: true, role: true, codeHint: true, usedAt: true, revokedAt: true } })
    if (!inv) throw new AppError('NOT_FOUND', { userMessage: '邀请不存在' })
    if (inv.usedAt || inv.revokedAt) throw new AppError('INVALID_TRANSITION', { userMessage: inv.usedAt ? '该邀请码已被使用，如需取消对方权限请移除该成员' : '该邀请已撤销' })
    await tx.orgInvitation.update({ where: { id: inv.id }, data: { revokedAt: new Date() } })
    await audit(tx, { actorUserId: user.id, orgId: id, action: 'member.invite_revoke', entity: 'OrgInvitation', entityId: inv.id, diff: { role: inv.role, codeHint: inv.codeHint } })
  })
  return c.json(await membersView(c.var.db, user, id), 200)
}

const kindLabel = (kind: keyof typeof OrgKind.labels) => OrgKind.labels[kind]

/**
 * A code joins exactly the organisation that made it, once, before it expires; the owner's invitation is the
 * verification. One account acts for one organisation: someone already in another must use a separate account.
 */
/** One account joins one organisation by invitation (decision 028). */
async function assertJoinsNoOther(db: Prisma.TransactionClient, userId: string, org: { id: string; name: string }) {
  const existing = await db.membership.findMany({ where: { userId, status: { not: 'rejected' } }, select: { orgId: true, org: { select: { name: true } } } })
  if (existing.some((m) => m.orgId === org.id)) throw new AppError('DUPLICATE', { userMessage: `您已是“${org.name}”的成员` })
  const other = existing[0]
  if (other) throw new AppError('CONFLICT', { userMessage: `您已加入“${other.org.name}”，一个账号只能加入一个单位；请用另一个账号接受邀请` })
}

export const accept: AppRouteHandler<typeof routes.accept> = async (c) => {
  const user = currentUser(c)
  const { code } = c.req.valid('json')
  const db = c.var.db
  const throttleKey = `invite-code:${user.id}`
  if (c.var.env.RATE_LIMIT) {
    const seen = await peekCount(c.var.hotSql, throttleKey, WRONG_CODES.windowSeconds)
    if (seen.count >= WRONG_CODES.limit) throw tooMany('invitation', seen.retryAfter)
  }
  const inv = await db.orgInvitation.findUnique({
    where: { codeHash: hashInvitationCode(code) },
    select: { id: true, orgId: true, role: true, codeHint: true, usedAt: true, revokedAt: true, expiresAt: true, org: { select: { id: true, name: true, kind: true, verification: true } } },
  })
  if (!inv || inv.revokedAt) {
    if (c.var.env.RATE_LIMIT) await countHit(c.var.hotSql, throttleKey, WRONG_CODES.windowSeconds)
    throw new AppError('NOT_FOUND', { userMessage: '邀请码无效，请向单位负责人核对' })
  }
  if (inv.usedAt) throw new AppError('INVALID_TRANSITION', { userMessage: '该邀请码已被使用，请向单位负责人索取新的邀请码' })
  if (inv.expiresAt.getTime() <= Date.now()) throw new AppError('INVALID_TRANSITION', { userMessage: '该邀请码已过期，请向单位负责人索取新的邀请码' })
  if (roleForKind(inv.org.kind) !== user.role) {
    throw new AppError('FORBIDDEN', { userMessage: `该邀请码用于加入${kindLabel(inv.org.kind)}，请使用${roleForKind(inv.org.kind) === 'college' ? '院校' : '单位'}账号登录后再输入` })
  }
  if (inv.org.verification !== 'verified') throw new AppError('INVALID_TRANSITION', { userMessage: '该单位尚未通过审核，暂不能加入' })
  await assertJoinsNoOther(db, user.id, inv.org)

  const now = new Date()
  await db.$transaction(async (tx) => {
    // Two codes of two units accepted at once each passed the check above; locking the user's row queues them, and
    // the second finds the first's membership (decision 049).
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${user.id} FOR UPDATE`
    await assertJoinsNoOther(tx, user.id, inv.org)
    // Claimed by a conditional update, so two people racing with one code cannot both join.
    const claimed = await tx.orgInvitation.updateMany({ where: { id: inv.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { usedAt: now, usedByUserId: user.id } })
    if (claimed.count !== 1) throw new AppError('INVALID_TRANSITION', { userMessage: '该邀请码已被使用，请向单位负责人索取新的邀请码' })
    const data = { status: 'verified' as const, isOwner: false, orgRole: inv.role, reviewNote: null }
    const m = await tx.membership.upsert({ where: { userId_orgId: { userId: user.id, orgId: inv.orgId } }, create: { userId: user.id, orgId: inv.orgId, ...data }, update: data, select: { id: true } })
    await audit(tx, { actorUserId: user.id, orgId: inv.orgId, action: 'member.join', entity: 'Membership', entityId: m.id, diff: { member: user.displayName, role: inv.role, codeHint: inv.codeHint } })
  })
  return c.json({ org: { id: inv.org.id, name: inv.org.name, kind: inv.org.kind }, role: inv.role }, 200)
}

/** A member of the owner's organisation other than the owner; the owner is changed only by a hand-over. */
async function otherMember(tx: Parameters<typeof ownerMembership>[0], orgId: string, memberId: string) {
  const m = await tx.membership.findFirst({ where: { id: memberId, orgId }, select: { id: true, userId: true, isOwner: true, orgRole: true, status: true, user: { select: { displayName: true } } } })
  if (!m) throw new AppError('NOT_FOUND', { userMessage: '成员不存在' })
  if (m.isOwner) throw new AppError('INVALID_TRANSITION', { userMessage: '负责人的角色不能修改，也不能被移除；如需变更请先移交负责人' })
  return m
}

export const changeRole: AppRouteHandler<typeof routes.changeRole> = async (c) => {
  const user = currentUser(c)
  const { id, memberId } = c.req.valid('param')
  const { role } = c.req.valid('json')
  await c.var.db.$transaction(async (tx) => {
    await ownerMembership(tx, user, id, true)
    const m = await otherMember(tx, id, memberId)
    if (m.orgRole === role) return
    await tx.membership.update({ where: { id: m.id }, data: { orgRole: role } })
    await audit(tx, { actorUserId: user.id, orgId: id, action: 'member.role', entity: 'Membership', entityId: m.id, diff: { member: m.user.displayName, role: { from: m.orgRole, to: role } } })
  })
  return c.json(await membersView(c.var.db, user, id), 200)
}

/** Removal deletes the membership; requireAuth reads memberships on every request, so access ends at once. */
export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const user = currentUser(c)
  const { id, memberId } = c.req.valid('param')
  await c.var.db.$transaction(async (tx) => {
    await ownerMembership(tx, user, id)
    const m = await otherMember(tx, id, memberId)
    await tx.membership.delete({ where: { id: m.id } })
    await audit(tx, { actorUserId: user.id, orgId: id, action: 'member.remove', entity: 'Membership', entityId: m.id, diff: { member: m.user.displayName, role: memberRole(m) } })
  })
  return c.json(await membersView(c.var.db, user, id), 200)
}

export const transfer: AppRouteHandler<typeof routes.transfer> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { memberId } = c.req.valid('json')
  await c.var.db.$transaction(async (tx) => {
    const me = await ownerMembership(tx, user, id, true)
    if (memberId === me.id) throw new AppError('INVALID_TRANSITION', { userMessage: '您已是负责人' })
    const m = await otherMember(tx, id, memberId)
    if (m.status !== 'verified') throw new AppError('INVALID_TRANSITION', { userMessage: '只能移交给已加入的成员' })
    // Conditional on still being the owner: three hand-overs sent at once each read the caller as owner and left the
    // unit with three owners (decision 049). The second waits for the first's row and then finds nothing to move.
    const stepped = await tx.membership.updateMany({ where: { id: me.id, isOwner: true }, data: { isOwner: false, orgRole: 'manager' } })
    if (stepped.count === 0) throw new AppError('CONFLICT', { userMessage: '负责人刚刚已移交，请刷新后查看' })
    await tx.membership.update({ where: { id: m.id }, data: { isOwner: true } })
    await audit(tx, { actorUserId: user.id, orgId: id, action: 'member.transfer', entity: 'Membership', entityId: m.id, diff: { from: user.displayName, to: m.user.displayName } })
  })
  return c.json(await membersView(c.var.db, user, id), 200)
}
