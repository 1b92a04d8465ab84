import { AppError } from '@zhilian/shared'
import { canDecide, canSuspend, type AdminScope } from '@zhilian/shared/rules/admin-scope'
import type { Db } from '../../lib/types'

/**
 * An organisation as the admin unit page shows it, with what this administrator may do to it: the rules
 * `assertMayDecide` and `assertMaySuspend` enforce, stated once (decisions 069, 083).
 */
export async function adminOrg(db: Db, scope: AdminScope, id: string) {
  const org = await db.organization.findUnique({
    where: { id },
    select: {
      id: true, name: true, kind: true, uscc: true, cityCode: true, verification: true, trustedPoster: true,
      suspendedAt: true, suspendedBy: true, suspendedReason: true,
      labels: { select: { labelId: true, verified: true, label: { select: { name: true } } }, orderBy: { label: { sortOrder: 'asc' } } },
    },
  })
  if (!org) throw new AppError('NOT_FOUND', { userMessage: '单位不存在' })
  const [pendingReview, open, suspended] = await Promise.all([
    db.job.count({ where: { orgId: id, status: 'pending_review' } }),
    db.job.count({ where: { orgId: id, status: 'open' } }),
    db.job.count({ where: { orgId: id, status: 'paused', suspendedAt: { not: null } } }),
  ])
  const { suspendedAt, suspendedBy, suspendedReason, labels, ...facts } = org
  const decides = canDecide(scope)
  const suspension = org.verification === 'suspended' && suspendedAt
    ? { at: suspendedAt.toISOString(), by: suspendedBy ?? '', reason: suspendedReason ?? '' }
    : null
  return {
    ...facts, jobs: { pendingReview, open, suspended }, may: { setTrusted: decides, resetOwnerSignIn: decides, suspend: canSuspend(scope), verifyLabels: decides }, suspension,
    labels: labels.map((l) => ({ id: l.labelId, name: l.label.name, verified: l.verified })),
  }
}
