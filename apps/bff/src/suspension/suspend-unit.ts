import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { describeScope } from '../lib/admin-scope'
import { audit } from '../lib/audit'
import type { Db } from '../lib/types'
import { tellApplicants } from './applicant-notices'

type Tx = Prisma.TransactionClient

/** The department that suspended the unit, as its members read it: 「山东省工业和信息化厅」, 「省级管理员」. */
async function departmentInWords(tx: Tx, scope: AdminScope): Promise<string> {
  const { label } = await describeScope(tx, scope)
  return label.split(' · ')[0] ?? label
}

/** Why a suspension or a restore changed nothing: the unit is not in the state it needs (a second tap, a race). */
async function refusal(tx: Tx, id: string, wanted: 'verified' | 'suspended'): Promise<AppError> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id }, select: { verification: true } })
  const userMessage = wanted === 'suspended' ? '该单位未处于暂停状态，无需恢复，请刷新后查看'
    : org.verification === 'suspended' ? '该单位已暂停，请刷新后查看'
    : '只有已认证的单位可以暂停；未认证的单位请在审核中驳回'
  return new AppError('INVALID_TRANSITION', { userMessage, internal: `org ${id} is ${org.verification}` })
}

/**
 * 暂停 (decision 083), one transaction: the unit leaves `verified` (every reader of verified units drops it) with who
 * and why, then its open jobs move to paused, marked as the suspension's, so search, detail and recommendations —
 * which read the job's own status — drop them without a join. The unit's row is written first: a publication racing
 * this waits on it in the Job trigger and is refused after it, or committed before it and moved here.
 */
export async function suspendUnit(db: Db, actor: { id: string; scope: AdminScope }, id: string, reason: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const now = new Date()
    const suspendedBy = await departmentInWords(tx, actor.scope)
    const changed = await tx.organization.updateMany({
      where: { id, verification: 'verified' },
      data: { verification: 'suspended', suspendedAt: now, suspendedBy, suspendedReason: reason },
    })
    if (changed.count === 0) throw await refusal(tx, id, 'verified')
    const offline = await tx.job.updateManyAndReturn({ where: { orgId: id, status: 'open' }, data: { status: 'paused', suspendedAt: now }, select: { id: true } })
    await tellApplicants(tx, offline.map((j) => j.id), 'offline')
    await audit(tx, {
      actorUserId: actor.id, orgId: id, action: 'organization.suspend', entity: 'Organization', entityId: id,
      diff: { verification: { from: 'verified', to: 'suspended' }, jobsTakenOffline: offline.length, reason },
    })
    return offline.length
  })
}

/**
 * 恢复: the unit is verified again and the jobs its suspension took offline come back — open, or closed (as the hourly
 * sweep would have, decision 055) when their closing date passed meanwhile, or filled when hires during the
 * suspension filled them. The unit's row first again, so the reopened jobs pass the Job trigger.
 */
export async function restoreUnit(db: Db, actor: { id: string }, id: string, reason: string): Promise<{ reopened: number; closed: number }> {
  return db.$transaction(async (tx) => {
    const now = new Date()
    const changed = await tx.organization.updateMany({
      where: { id, verification: 'suspended' },
      data: { verification: 'verified', suspendedAt: null, suspendedBy: null, suspendedReason: null },
    })
    if (changed.count === 0) throw await refusal(tx, id, 'suspended')
    const back = await tx.$queryRaw<{ id: string; status: string }[]>`
      UPDATE "Job" SET
        "status" = (CASE WHEN "closesAt" <= ${now} THEN 'closed' WHEN "hiredCount" >= "headcount" THEN 'filled' ELSE 'open' END)::"JobStatus",
        "expiredAt" = CASE WHEN "closesAt" <= ${now} THEN ${now} ELSE "expiredAt" END,
        "suspendedAt" = NULL, "updatedAt" = ${now}
      WHERE "orgId" = ${id} AND "suspendedAt" IS NOT NULL AND "status" = 'paused'
      RETURNING "id", "status"::text AS "status"`
    // The suspension's jobs the enterprise closed meanwhile stay closed; their mark goes.
    await tx.job.updateMany({ where: { orgId: id, suspendedAt: { not: null } }, data: { suspendedAt: null } })
    const reopenedIds = back.filter((j) => j.status === 'open').map((j) => j.id)
    await tellApplicants(tx, reopenedIds, 'back')
    const reopened = reopenedIds.length
    const closed = back.filter((j) => j.status === 'closed').length
    await audit(tx, {
      actorUserId: actor.id, orgId: id, action: 'organization.restore', entity: 'Organization', entityId: id,
      diff: { verification: { from: 'suspended', to: 'verified' }, jobsReopened: reopened, jobsClosed: closed, reason },
    })
    return { reopened, closed }
  })
}
