import { AppError } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { assertMayDecide, assertOrgInScope, orgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import type * as routes from './admin.routes'
import { maskedIfPhone } from '../../lib/phone-mask'

const REVIEWABLE = new Set(['pending', 'changes_requested'])

export const listMemberships: AppRouteHandler<typeof routes.listMemberships> = async (c) => {
  const { status, cursor, limit } = c.req.valid('query')
  const scope = scopeOf(currentUser(c))
  const rows = await c.var.db.membership.findMany({
    where: { status, org: orgInScope(scope), ...afterDated('createdAt', 'asc', cursor) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: pageTake(limit),
    select: {
      id: true,
      status: true,
      isOwner: true,
      createdAt: true,
      user: { select: { id: true, displayName: true, role: true } },
      org: {
        select: { id: true, name: true, kind: true, uscc: true, cityCode: true, verification: true, contactName: true, contactPhone: true },
      },
    },
  })
  const { items: page, nextCursor } = keysetPage(rows, limit, (r) => datedKey(r.createdAt, r.id))
  const items = page.map((row) => ({ ...row, user: { ...row.user, displayName: maskedIfPhone(row.user.displayName) }, createdAt: row.createdAt.toISOString() }))
  return c.json({ items, nextCursor }, 200)
}

export const verifyMembership: AppRouteHandler<typeof routes.verifyMembership> = async (c) => {
  const { id } = c.req.valid('param')
  const { decision, note } = c.req.valid('json')
  const actor = currentUser(c)
  const result = await c.var.db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { id },
      select: { id: true, status: true, isOwner: true, org: { select: { id: true, verification: true } } },
    })
    if (!membership) throw new AppError('NOT_FOUND')
    await assertOrgInScope(tx, scopeOf(actor), membership.org.id)
    assertMayDecide(scopeOf(actor))
    if (!REVIEWABLE.has(membership.status)) {
      throw new AppError('INVALID_TRANSITION', { userMessage: '该申请已处理，请刷新列表', internal: `membership ${id} is ${membership.status}` })
    }
    const updated = await tx.membership.update({
      where: { id },
      data: { status: decision, reviewNote: note ?? null },
      select: { id: true, status: true },
    })
    // The first approved member vouches for a new organisation; an owner's rejection rejects it.
    const orgPending = REVIEWABLE.has(membership.org.verification)
    const orgDecision = orgPending && (decision === 'verified' || membership.isOwner) ? decision : undefined
    const org = orgDecision
      ? await tx.organization.update({
          where: { id: membership.org.id },
          data: { verification: orgDecision, reviewedAt: new Date(), reviewNote: note ?? null },
          select: { id: true, verification: true },
        })
      : membership.org
    await audit(tx, {
      actorUserId: actor.id,
      orgId: org.id,
      action: `membership.${decision}`,
      entity: 'Membership',
      entityId: id,
      diff: {
        status: { from: membership.status, to: decision },
        ...(orgDecision ? { orgVerification: { from: membership.org.verification, to: orgDecision } } : {}),
        ...(note ? { note } : {}),
      },
    })
    return { ...updated, org }
  })
  return c.json(result, 200)
}
