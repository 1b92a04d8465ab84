import { Prisma } from '@zhilian/db'
import { AppError, checkUscc, OrgKind } from '@zhilian/shared'
import { ORG_IDENTITY_FIELDS, type OrgIdentityChange } from '@zhilian/shared/contracts/organizations'
import { roleForKind } from '@zhilian/shared/rules/org-kinds'
import { memberRole, roleMay } from '@zhilian/shared/rules/org-roles'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import { actingMembership } from '../../lib/membership'
import { roleRefusal } from '../../lib/org-access'
import { isUniqueViolation } from '../../lib/unique-violation'
import type { AppRouteHandler, Db, Principal } from '../../lib/types'
import { orgSelect, orgView } from './org-view'
import type * as routes from './organizations.routes'

const DUPLICATE_USCC = '该统一社会信用代码已注册。如您是该单位员工，请联系本单位管理员邀请您加入，或联系平台客服'

/** Unknown chains, labels or cities would fail on a foreign key; name them beside their fields instead. */
async function checkReferences(db: Db, v: { cityCode?: string; chains?: string[]; labels?: string[] }) {
  const issues: { path: string; message: string }[] = []
  if (v.cityCode && !(await db.city.findUnique({ where: { adcode: v.cityCode }, select: { adcode: true } }))) {
    issues.push({ path: 'cityCode', message: '请选择山东省内的城市' })
  }
  if (v.chains?.length) {
    const found = new Set((await db.industryChain.findMany({ where: { id: { in: v.chains }, active: true }, select: { id: true } })).map((c) => c.id))
    v.chains.forEach((id, i) => found.has(id) || issues.push({ path: `chains.${i}`, message: '产业链不存在' }))
  }
  if (v.labels?.length) {
    const found = new Set((await db.enterpriseLabel.findMany({ where: { id: { in: v.labels } }, select: { id: true } })).map((l) => l.id))
    v.labels.forEach((id, i) => found.has(id) || issues.push({ path: `labels.${i}`, message: '企业称号不存在' }))
  }
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
}


export const register: AppRouteHandler<typeof routes.register> = async (c) => {
  const user = currentUser(c)
  const body = c.req.valid('json')
  // Colleges register with the college account, every other kind with the 单位 (enterprise) account (decision 022).
  if (roleForKind(body.kind) !== user.role) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'kind', message: user.role === 'college' ? '院校账号只能登记院校' : '单位账号不能登记院校' }] })
  }
  const check = checkUscc(body.uscc, { enterprise: body.kind === 'enterprise' })
  if (!check.ok) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'uscc', message: check.message }] })
  const db = c.var.db
  await checkReferences(db, body)
  if (await db.organization.findUnique({ where: { uscc: check.code }, select: { id: true } })) {
    throw new AppError('DUPLICATE', { userMessage: DUPLICATE_USCC })
  }
  const { chains, labels, ...fields } = body
  try {
    const org = await db.$transaction(async (tx) => {
      const created = await tx.organization.create({
        data: {
          ...fields,
          uscc: check.code,
          nature: body.kind === 'enterprise' ? body.nature : null,
          verification: 'pending',
          chains: { create: chains.map((chainId) => ({ chainId })) },
          labels: { create: labels.map((labelId) => ({ labelId })) },
          memberships: { create: { userId: user.id, status: 'pending', isOwner: true } },
        },
        select: orgSelect,
      })
      await audit(tx, { actorUserId: user.id, orgId: created.id, action: 'organization.register', entity: 'Organization', entityId: created.id, diff: { ...body, uscc: check.code } })
      return created
    })
    return c.json(orgView(org, { status: 'pending', isOwner: true }), 201)
  } catch (error) {
    // Two registrations racing for one code: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', { userMessage: DUPLICATE_USCC, cause: error })
    throw error
  }
}

export const mine: AppRouteHandler<typeof routes.mine> = async (c) => {
  const user = currentUser(c)
  const memberships = await c.var.db.membership.findMany({
    where: { userId: user.id, status: { not: 'rejected' } },
    orderBy: { createdAt: 'asc' },
    select: { status: true, isOwner: true, org: { select: orgSelect } },
  })
  return c.json({ items: memberships.map((m) => orgView(m.org, { status: m.status, isOwner: m.isOwner })) }, 200)
}

/**
 * The identifying fields the patch really changes, the USCC checked and normalised and refused when another
 * unit holds it (so approval later cannot collide).
 */
async function identityChange(db: Db, org: { id: string; kind: string; name: string; uscc: string; cityCode: string }, body: Partial<Record<'name' | 'uscc' | 'cityCode', string>>): Promise<OrgIdentityChange> {
  const change: OrgIdentityChange = {}
  if (body.name !== undefined && body.name !== org.name) change.name = body.name
  if (body.cityCode !== undefined && body.cityCode !== org.cityCode) change.cityCode = body.cityCode
  if (body.uscc !== undefined) {
    const check = checkUscc(body.uscc, { enterprise: org.kind === 'enterprise' })
    if (!check.ok) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'uscc', message: check.message }] })
    if (check.code !== org.uscc) {
      const holder = await db.organization.findUnique({ where: { uscc: check.code }, select: { id: true } })
      if (holder && holder.id !== org.id) throw new AppError('DUPLICATE', { userMessage: DUPLICATE_USCC })
      change.uscc = check.code
    }
  }
  return change
}

/**
 * The caller's membership of unit `id`, where its role may edit 单位资料 (decision 028: the details the public and
 * reviewers read are the owner's and managers' to change); the edit and the 撤回 of a held change (decision 101) both
 * ask. Read off the membership row, not the session, because a registrant still under review edits too
 * (actingMembership). Not a member: 404; a role that may not: 403 naming it.
 */
async function profileEditor(db: Db, user: Principal, id: string) {
  const membership = await db.membership.findFirst({ where: { userId: user.id, orgId: id, ...actingMembership }, select: { status: true, isOwner: true, orgRole: true } })
  if (!membership) throw new AppError('NOT_FOUND')
  const role = memberRole(membership)
  if (!roleMay(role, 'profile')) throw roleRefusal(role, 'profile', id)
  return membership
}

export const patch: AppRouteHandler<typeof routes.patch> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = c.var.db
  const membership = await profileEditor(db, user, id)
  const current = await db.organization.findUniqueOrThrow({ where: { id }, select: orgSelect })
  await checkReferences(db, body)
  const { chains, labels, ...all } = body
  // Only an enterprise claims 企业称号 (decision 107). Another kind's claim, made through the API before registration
  // refused it, can still be dropped with `labels: []`; a new one is refused beside the field, no longer ignored (200).
  if (labels?.length && current.kind !== 'enterprise') {
    throw new AppError('VALIDATION_FAILED', { userMessage: '只有企业可以填报企业称号', issues: [{ path: 'labels', message: `${OrgKind.labels[current.kind]}无需选择企业称号` }] })
  }
  const identity = await identityChange(db, current, all)
  // A suspended unit keeps the name, code and city it was suspended under (decision 083): changed, they would apply at
  // once (only a verified unit's change waits for review), and the unit could come back as someone else.
  if (current.verification === 'suspended' && Object.keys(identity).length > 0) {
    throw new AppError('UNIT_SUSPENDED', { userMessage: '本单位已被暂停，暂不能修改单位名称、统一社会信用代码或所在城市；恢复后可提交修改', internal: `org ${id} suspended` })
  }
  // A verified unit keeps its verified name, code and city in public until an administrator approves the change.
  const held = current.verification === 'verified' && Object.keys(identity).length > 0
  const fields = Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'uscc' && (!held || !(ORG_IDENTITY_FIELDS as readonly string[]).includes(k))))
  // The code is written as checkUscc normalised it, and only when it changes.
  if (!held && identity.uscc) fields.uscc = identity.uscc
  const before = orgView(current, membership)
  const org = await db.$transaction(async (tx) => {
    if (held) {
      const pending = { ...((current.pendingChange as OrgIdentityChange | null) ?? {}), ...identity }
      await tx.organization.update({ where: { id }, data: { pendingChange: pending, changeRequestedAt: new Date() } })
      await audit(tx, { actorUserId: user.id, orgId: id, action: 'organization.change_requested', entity: 'Organization', entityId: id, diff: { requested: pending } })
    }
    if (chains) {
      await tx.orgChain.deleteMany({ where: { orgId: id } })
      await tx.orgChain.createMany({ data: chains.map((chainId) => ({ orgId: id, chainId })) })
    }
    if (labels) {
      // A label an administrator already verified stays verified while it is still claimed.
      await tx.orgLabel.deleteMany({ where: { orgId: id, labelId: { notIn: labels } } })
      await tx.orgLabel.createMany({ data: labels.map((labelId) => ({ orgId: id, labelId })), skipDuplicates: true })
    }
    const updated = await tx.organization.update({
      where: { id },
      data: { ...fields, ...(current.kind === 'college' ? { nature: null } : {}) },
      select: orgSelect,
    })
    const diff = Object.fromEntries(
      Object.keys(body).filter((k) => k in fields || k === 'chains' || k === 'labels').map((k) => [k, { from: before[k as keyof typeof before] ?? null, to: (orgView(updated, membership) as Record<string, unknown>)[k] ?? null }]),
    )
    if (Object.keys(diff).length) await audit(tx, { actorUserId: user.id, orgId: id, action: 'organization.update', entity: 'Organization', entityId: id, diff: JSON.parse(JSON.stringify(diff)) })
    return updated
  })
  return c.json(orgView(org, membership), 200)
}

/**
 * 撤回 a held change of name, code or city (decision 101): the roles that may ask for it may take it back, so a
 * typo no longer waits for a reviewer to reject it. The row is locked first, so a reviewer deciding at the same
 * moment either finds the change gone (「已处理或已撤回」) or has decided it, and then there is nothing to withdraw.
 */
export const withdrawChange: AppRouteHandler<typeof routes.withdrawChange> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const db = c.var.db
  const membership = await profileEditor(db, user, id)
  const org = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${id} FOR UPDATE`
    const held = await tx.organization.findUniqueOrThrow({ where: { id }, select: { pendingChange: true, changeRequestedAt: true } })
    if (!held.changeRequestedAt || !held.pendingChange) {
      throw new AppError('INVALID_TRANSITION', { userMessage: '没有待审核的单位信息变更（可能刚刚已审核），请刷新后查看' })
    }
    await tx.organization.update({ where: { id }, data: { pendingChange: Prisma.DbNull, changeRequestedAt: null } })
    await audit(tx, { actorUserId: user.id, orgId: id, action: 'organization.change_withdrawn', entity: 'Organization', entityId: id, diff: { withdrawn: held.pendingChange } })
    return tx.organization.findUniqueOrThrow({ where: { id }, select: orgSelect })
  })
  return c.json(orgView(org, membership), 200)
}
