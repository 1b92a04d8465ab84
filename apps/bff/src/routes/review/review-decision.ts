import { Prisma } from '@zhilian/db'
import type { OrgIdentityChange } from '@zhilian/shared/contracts/organizations'
import { AppError } from '@zhilian/shared'
import type { ReviewDecisionBody, ReviewKind } from '@zhilian/shared/contracts/review'
import { audit } from '../../lib/audit'
import { DEMAND, SUPPLY } from '../../lists/list-kinds'
import { approveVersion } from '../../lists/list-workflow'
import { assertAsSeen, orgStamp } from './review-stamp'

type Tx = Prisma.TransactionClient
type Decision = ReviewDecisionBody['decision']

const VERDICT = { approve: '已通过审核', reject: '未通过审核', request_changes: '需要修改' } as const
const REVIEW_STATE = { approve: 'verified', reject: 'rejected', request_changes: 'changes_requested' } as const
const LIST_STATE = { approve: 'approved', reject: 'rejected', request_changes: 'changes_requested' } as const
const JOB_STATE = { approve: 'open', reject: 'closed', request_changes: 'draft' } as const

const stale = (what: string) => new AppError('INVALID_TRANSITION', { userMessage: `该${what}已处理或已撤回，请刷新审核列表` })

async function orgMembers(tx: Tx, orgId: string): Promise<string[]> {
  return (await tx.membership.findMany({ where: { orgId, status: { not: 'rejected' } }, select: { userId: true } })).map((m) => m.userId)
}

async function tell(tx: Tx, userIds: string[], title: string, body: string, link?: string) {
  if (userIds.length) await tx.inboxMessage.createMany({ data: userIds.map((userId) => ({ userId, title, body, link: link ?? null })) })
}

const bodyOf = (decision: Decision, reason?: string) => (reason ? `审核意见：${reason}` : decision === 'approve' ? '感谢您的填报。' : '')

/**
 * A verified unit's change of name, USCC or city: approval applies it (the code re-checked for a holder that
 * appeared meanwhile), anything else drops it with the note. The unit stays verified under its old values.
 */
async function decideOrgChange(tx: Tx, actorUserId: string, id: string, decision: Decision, note: string | null): Promise<string> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id }, select: { name: true, uscc: true, cityCode: true, pendingChange: true } })
  const change = (org.pendingChange ?? {}) as OrgIdentityChange
  const before = Object.fromEntries(Object.keys(change).map((k) => [k, org[k as keyof OrgIdentityChange]]))
  await audit(tx, {
    actorUserId, orgId: id, action: decision === 'approve' ? 'organization.change_applied' : 'organization.change_dropped', entity: 'Organization', entityId: id,
    diff: { from: before, to: { ...change } },
  })
  if (decision === 'approve') {
    if (change.uscc && (await tx.organization.findFirst({ where: { uscc: change.uscc, id: { not: id } }, select: { id: true } }))) {
      throw new AppError('DUPLICATE', { userMessage: '变更后的统一社会信用代码已被其他单位使用，请驳回该变更' })
    }
    await tx.organization.update({
      where: { id },
      data: { ...change, pendingChange: Prisma.DbNull, changeRequestedAt: null, reviewNote: note, reviewedAt: new Date() },
    })
    return 'change_applied'
  }
  await tx.organization.update({ where: { id }, data: { pendingChange: Prisma.DbNull, changeRequestedAt: null, reviewNote: note, reviewedAt: new Date() } })
  return 'change_dropped'
}

/** The table of each kind of review item, for the row lock below (constants: the only text in the statement). */
const TABLE: Record<ReviewKind, string> = { organization: '"Organization"', job: '"Job"', supply_list: '"SupplyList"', demand_list: '"DemandList"', report: '"Report"' }

/**
 * Applies one decision, tells the submitter why, and writes the audit entry, all in the caller's transaction; `seen` is
 * the item's `submittedAt` as the reviewer's queue showed it (review-stamp.ts).
 */
export async function applyDecision(tx: Tx, actorUserId: string, kind: ReviewKind, id: string, decision: Decision, reason: string | undefined, seen: string) {
  // Two reviewers deciding one item at once both read it as pending and both applied their decision: a list approved
  // (its rows made public) and rejected, a unit verified and rejected (decision 049). The row lock queues them, and
  // the second reads the first's outcome and is answered as stale.
  await tx.$queryRawUnsafe(`SELECT "id" FROM ${TABLE[kind]} WHERE "id" = $1 FOR UPDATE`, id)
  const now = new Date()
  const note = reason ?? null
  let orgId: string | null = null
  let from: string
  let to: string
  switch (kind) {
    case 'organization': {
      const org = await tx.organization.findUnique({ where: { id }, select: { verification: true, name: true, changeRequestedAt: true, updatedAt: true } })
      if (!org) throw new AppError('NOT_FOUND')
      if (org.verification === 'verified' && org.changeRequestedAt) {
        assertAsSeen(seen, orgStamp(org), '单位')
        const result = await decideOrgChange(tx, actorUserId, id, decision, note)
        await tell(tx, await orgMembers(tx, id), `单位信息变更${VERDICT[decision]}：${org.name}`, bodyOf(decision, reason), '/pages/me/index')
        orgId = id
        from = 'change_requested'
        to = result
        break
      }
      if (org.verification !== 'pending' && org.verification !== 'changes_requested') throw stale('单位')
      assertAsSeen(seen, orgStamp(org), '单位')
      to = REVIEW_STATE[decision]
      await tx.organization.update({ where: { id }, data: { verification: to as 'verified', reviewNote: note, reviewedAt: now } })
      // The registering owner vouched for the application; their membership follows the organisation.
      if (decision === 'approve') await tx.membership.updateMany({ where: { orgId: id, isOwner: true, status: 'pending' }, data: { status: 'verified' } })
      await tell(tx, await orgMembers(tx, id), `单位认证${VERDICT[decision]}：${org.name}`, bodyOf(decision, reason), '/pages/me/index')
      orgId = id
      from = org.verification
      break
    }
    case 'job': {
      const job = await tx.job.findUnique({ where: { id }, select: { status: true, title: true, orgId: true, updatedAt: true } })
      if (!job) throw new AppError('NOT_FOUND')
      if (job.status !== 'pending_review') throw stale('岗位')
      assertAsSeen(seen, job.updatedAt, '岗位')
      to = JOB_STATE[decision]
      await tx.job.update({ where: { id }, data: { status: to as 'open', publishedAt: decision === 'approve' ? now : null } })
      await tell(tx, await orgMembers(tx, job.orgId), `岗位${VERDICT[decision]}：${job.title}`, bodyOf(decision, reason), `/pages/jobs/detail?id=${id}`)
      orgId = job.orgId
      from = job.status
      break
    }
    case 'supply_list':
    case 'demand_list': {
      const list = kind === 'supply_list'
        ? await tx.supplyList.findUnique({ where: { id }, select: { status: true, collegeId: true, submittedAt: true } }).then((l) => l && { status: l.status, orgId: l.collegeId, submittedAt: l.submittedAt })
        : await tx.demandList.findUnique({ where: { id }, select: { status: true, orgId: true, submittedAt: true } })
      if (!list) throw new AppError('NOT_FOUND')
      if (list.status !== 'submitted') throw stale('清单')
      assertAsSeen(seen, list.submittedAt, '清单')
      to = LIST_STATE[decision]
      const data = { status: to as 'approved', reviewNote: note, reviewedAt: now }
      if (kind === 'supply_list') await tx.supplyList.update({ where: { id }, data })
      else await tx.demandList.update({ where: { id }, data })
      // Approval is what makes a version count: its rows (and a demand list's jobs) are written now.
      if (decision === 'approve') await approveVersion(tx, kind === 'supply_list' ? SUPPLY : DEMAND, id, list.orgId)
      const name = kind === 'supply_list' ? '院校供给清单' : '企业需求清单'
      await tell(tx, await orgMembers(tx, list.orgId), `${name}${VERDICT[decision]}`, bodyOf(decision, reason))
      orgId = list.orgId
      from = list.status
      break
    }
    case 'report': {
      if (decision === 'request_changes') throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'decision', message: '举报只能成立或驳回' }] })
      const report = await tx.report.findUnique({ where: { id }, select: { status: true, reporterUserId: true } })
      if (!report) throw new AppError('NOT_FOUND')
      if (report.status !== 'open') throw stale('举报')
      to = decision === 'approve' ? 'upheld' : 'dismissed'
      await tx.report.update({ where: { id }, data: { status: to as 'upheld', handledByUserId: actorUserId, handledAt: now, note } })
      await tell(tx, [report.reporterUserId], decision === 'approve' ? '您的举报已核实处理' : '您的举报经核实未发现问题', bodyOf(decision, reason))
      from = report.status
      break
    }
  }
  await audit(tx, {
    actorUserId, ...(orgId ? { orgId } : {}), action: `review.${decision}`, entity: kind, entityId: id,
    diff: { status: { from, to }, ...(reason ? { reason } : {}) },
  })
  return { kind, id, status: to }
}
