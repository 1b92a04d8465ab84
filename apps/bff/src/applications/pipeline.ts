import type { Prisma } from '@zhilian/db'
import { AppError, ApplicationStatus, transition, type PipelineActor, type PipelineStatus, type TransitionResult } from '@zhilian/shared'
import { audit } from '../lib/audit'
import { refuseIfSuspended } from '../lib/suspended-unit'
import { pushStatus } from './pushes'

/** What a status move needs to know about the application; load it scoped to the caller first. */
export const pipelineSelect = {
  id: true,
  status: true,
  studentUserId: true,
  job: { select: { id: true, title: true, orgId: true, headcount: true, hiredCount: true, status: true } },
} satisfies Prisma.ApplicationSelect

export type PipelineApplication = Prisma.ApplicationGetPayload<{ select: typeof pipelineSelect }>

export interface MoveOptions {
  actor: PipelineActor
  byUserId: string
  reason?: string
  /** Applies a move the state machine has no actor for (account deletion withdraws even an offer). */
  force?: boolean
  /** Appended to the student's inbox message, e.g. an interview's time and place. */
  notice?: string
  /** False when the caller pushes a fuller notice itself: an interview invitation with the interview's time and place. */
  push?: boolean
}

function pipelineError(r: Extract<TransitionResult, { ok: false }>): AppError {
  if (r.code === 'REASON_REQUIRED') {
    return new AppError('VALIDATION_FAILED', { userMessage: r.message, issues: [{ path: 'reason', message: r.message }], internal: r.code })
  }
  return new AppError(r.code, { userMessage: r.message, internal: r.code })
}

const progressMessage = (jobTitle: string, to: PipelineStatus) => `您投递的「${jobTitle}」进度更新：${ApplicationStatus.labels[to]}`

/** The moves that call a student somewhere or promise a post: an interview and an offer. */
const INVITING = new Set<PipelineStatus>(['interview', 'offer'])

/**
 * A suspended unit invites no student to an interview and makes no offer (decision 089). Decision 083 left its members
 * the applications to close properly — read, reject, confirm a hire already offered — but a unit found fake went on
 * calling students to a time and place of its choosing, the very harm suspension is for.
 */
export async function assertMayInvite(tx: Prisma.TransactionClient, orgId: string) {
  await refuseIfSuspended(tx, orgId, (s) => `本单位已被${s.suspendedBy}暂停（原因：${s.suspendedReason}），暂不能安排面试或发出录用通知；可以查看或婉拒投递`)
}

/**
 * One status move, inside the caller's transaction: the shared state machine decides; the row is
 * updated only if nobody moved it meanwhile; a hire takes one head-count with a conditional UPDATE
 * (so concurrent hires never exceed it) and marks the job filled when the last seat goes. Every
 * move is logged (ApplicationEvent, AuditLog); the student hears of the enterprise's moves in the inbox, and of the
 * ones that matter on the phone too (pushes.ts, decision 116).
 */
export async function moveApplication(tx: Prisma.TransactionClient, app: PipelineApplication, to: PipelineStatus, opts: MoveOptions) {
  if (opts.actor === 'enterprise' && INVITING.has(to)) await assertMayInvite(tx, app.job.orgId)
  const headcountLeft = app.job.headcount - app.job.hiredCount
  if (!opts.force) {
    const r = transition(app.status, to, { actor: opts.actor, reason: opts.reason, headcountLeft })
    if (!r.ok) throw pipelineError(r)
  }
  const moved = await tx.application.updateMany({ where: { id: app.id, status: app.status }, data: { status: to } })
  if (moved.count === 0) throw new AppError('CONFLICT', { userMessage: '该投递的状态刚刚发生变化，请刷新后重试', internal: `application ${app.id} moved concurrently` })

  let job = { id: app.job.id, status: app.job.status as string, hiredCount: app.job.hiredCount, headcount: app.job.headcount }
  if (to === 'hired') {
    const rows = await tx.$queryRaw<{ status: string; hiredCount: number; headcount: number }[]>`
      UPDATE "Job"
         SET "hiredCount" = "hiredCount" + 1,
             "status" = CASE WHEN "hiredCount" + 1 >= "headcount" THEN 'filled'::"JobStatus" ELSE "status" END,
             "updatedAt" = now()
       WHERE "id" = ${app.job.id} AND "hiredCount" < "headcount"
   RETURNING "status"::text AS "status", "hiredCount", "headcount"`
    const row = rows[0]
    if (!row) throw new AppError('CAPACITY_FULL', { userMessage: '该岗位招聘人数已满，不能再确认入职', internal: `job ${app.job.id} full` })
    job = { id: app.job.id, status: row.status, hiredCount: Number(row.hiredCount), headcount: Number(row.headcount) }
  }

  const reason = opts.reason?.trim() || null
  const event = await tx.applicationEvent.create({ data: { applicationId: app.id, from: app.status, to, byUserId: opts.byUserId, reason }, select: { id: true } })
  if (opts.actor === 'enterprise') {
    await tx.inboxMessage.create({
      data: { userId: app.studentUserId, title: '投递进度更新', body: progressMessage(app.job.title, to) + (opts.notice ?? ''), link: `/pages/me/index?applicationId=${app.id}` },
    })
    if (opts.push !== false) await pushStatus(tx, { id: app.id, studentUserId: app.studentUserId, jobTitle: app.job.title }, to, event.id)
  }
  await audit(tx, {
    actorUserId: opts.byUserId,
    orgId: app.job.orgId,
    action: `application.${to}`,
    entity: 'Application',
    entityId: app.id,
    diff: { status: { from: app.status, to }, ...(reason ? { reason } : {}), ...(to === 'hired' ? { hiredCount: job.hiredCount } : {}) },
  })
  return { id: app.id, status: to, job: job as { id: string; status: PipelineApplication['job']['status']; hiredCount: number; headcount: number } }
}
