import { AppError, ApplicationStatus, bulkTransition as planBulk, type PipelineStatus } from '@zhilian/shared'
import { currentUser } from '../../lib/auth'
import { beijingMinute } from '../../lib/beijing-time'
import { orgIdsMay, roleRefusal } from '../../lib/org-access'
import type { AppRouteHandler } from '../../lib/types'
import { assertMayInvite, moveApplication, pipelineSelect, type PipelineApplication } from '../../applications/pipeline'
import { ownJob } from '../../jobs/enterprise-job-scope'
import { applicantSelect, toApplicant } from '../../applications/applicant-view'
import { consentedFields } from '../../applications/consent'
import type * as routes from './enterprise-applications.routes'
import { applicationOfMyOrgs, ownApplication, ownInterview } from './scope'
import { cancelInterview as cancel, rescheduleInterview as reschedule } from '../../applications/interview-changes'
import { interviewSelect, interviewView } from '../../applications/interview-view'
import { pushInvitation } from '../../applications/pushes'

const STAGES = Object.keys(ApplicationStatus.labels) as PipelineStatus[]

export const applicants: AppRouteHandler<typeof routes.applicants> = async (c) => {
  const { id } = c.req.valid('param')
  const job = await ownJob(c, id, 'applicants')
  const rows = await c.var.db.application.findMany({ where: { jobId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: applicantSelect })
  const consents = await consentedFields(c.var.db, job.orgId, [...new Set(rows.map((r) => r.studentUserId))])
  const items = rows.map((r) => toApplicant(r, consents.get(r.studentUserId)))
  const stages = STAGES.map((status) => {
    const inStage = items.filter((i) => i.status === status)
    return { status, label: ApplicationStatus.labels[status], count: inStage.length, items: inStage }
  })
  return c.json({ job: { id: job.id, title: job.title, status: job.status, headcount: job.headcount, hiredCount: job.hiredCount }, stages }, 200)
}

/** Reading is safe (GET never writes); this is the one place an opened application becomes 已查看. */
export const viewed: AppRouteHandler<typeof routes.viewed> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const result = await c.var.db.$transaction(async (tx) => {
    const app = await ownApplication(c, tx, id)
    if (app.status === 'submitted') return moveApplication(tx, app, 'viewed', { actor: 'enterprise', byUserId: user.id })
    // Already past 已投递: marking again is a no-op, so a page opened twice records one step.
    const { job } = app
    return { id: app.id, status: app.status, job: { id: job.id, status: job.status, hiredCount: job.hiredCount, headcount: job.headcount } }
  })
  return c.json(result, 200)
}

export const detail: AppRouteHandler<typeof routes.detail> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  const app = await ownApplication(c, db, id)
  const row = await db.application.findUniqueOrThrow({
    where: { id },
    select: {
      ...applicantSelect,
      events: { select: { from: true, to: true, reason: true, at: true }, orderBy: [{ at: 'asc' }, { id: 'asc' }] },
      interviews: { select: interviewSelect, orderBy: { at: 'asc' } },
    },
  })
  const consents = await consentedFields(db, app.job.orgId, [row.studentUserId])
  return c.json({
    ...toApplicant(row, consents.get(row.studentUserId)),
    job: { id: app.job.id, title: app.job.title },
    timeline: row.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    interviews: row.interviews.map(interviewView),
  }, 200)
}

export const transition: AppRouteHandler<typeof routes.transition> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { to, reason } = c.req.valid('json')
  const result = await c.var.db.$transaction(async (tx) => {
    const app = await ownApplication(c, tx, id)
    return moveApplication(tx, app, to, { actor: 'enterprise', byUserId: user.id, reason })
  })
  return c.json(result, 200)
}

export const bulkTransition: AppRouteHandler<typeof routes.bulkTransition> = async (c) => {
  const user = currentUser(c)
  const { ids, to, reason } = c.req.valid('json')
  if (user.orgIds.length === 0) throw new AppError('NOT_VERIFIED', { internal: 'no verified organisation' })
  const handling = orgIdsMay(user, 'applicants')
  const db = c.var.db
  const found = await db.application.findMany({ where: { id: { in: ids }, ...applicationOfMyOrgs(user.id) }, select: pipelineSelect })
  const byId = new Map(found.map((a) => [a.id, a]))

  // Plan per job with the shared rules (head-count is consumed in input order), then apply each
  // planned move in its own transaction, which re-checks against the row as it is then.
  const byJob = new Map<string, PipelineApplication[]>()
  for (const id of ids) {
    const app = byId.get(id)
    if (app && handling.includes(app.job.orgId)) byJob.set(app.job.id, [...(byJob.get(app.job.id) ?? []), app])
  }
  const planned = new Map<string, { ok: boolean; code?: string; message?: string }>()
  for (const apps of byJob.values()) {
    const job = apps[0]!.job
    const plan = planBulk(apps.map((a) => ({ id: a.id, current: a.status })), to, { actor: 'enterprise', reason, headcountLeft: job.headcount - job.hiredCount })
    for (const r of plan.results) planned.set(r.id, r.ok ? { ok: true } : { ok: false, code: r.code, message: r.message })
  }

  const results = []
  for (const id of ids) {
    const plan = planned.get(id)
    if (!plan) {
      const app = byId.get(id)
      results.push(!app
        ? { id, ok: false, code: 'NOT_FOUND', message: '投递记录不存在' }
        : user.orgIds.includes(app.job.orgId)
          ? { id, ok: false, code: 'FORBIDDEN', message: roleRefusal(user.orgRoles[app.job.orgId] ?? 'viewer', 'applicants', app.job.orgId).userMessage }
          : { id, ok: false, code: 'NOT_VERIFIED', message: '所在单位尚未通过审核，暂不能进行此操作' })
      continue
    }
    if (!plan.ok) {
      results.push({ id, ok: false, code: plan.code, message: plan.message })
      continue
    }
    try {
      const moved = await db.$transaction(async (tx) => moveApplication(tx, await ownApplication(c, tx, id), to, { actor: 'enterprise', byUserId: user.id, reason }))
      results.push({ id, ok: true, status: moved.status })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      results.push({ id, ok: false, code: error.code, message: error.userMessage })
    }
  }
  const succeeded = results.filter((r) => r.ok).length
  return c.json({ succeeded, failed: results.length - succeeded, results }, 200)
}

export const interview: AppRouteHandler<typeof routes.interview> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { at, place, note } = c.req.valid('json')
  if (Date.parse(at) <= Date.now()) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'at', message: '面试时间应晚于当前时间' }] })
  }
  const notice = `，时间：${beijingMinute(at)}，地点：${place}`
  const result = await c.var.db.$transaction(async (tx) => {
    let app = await ownApplication(c, tx, id)
    await assertMayInvite(tx, app.job.orgId)
    // Scheduling means the résumé was read: record that step rather than skip it.
    if (app.status === 'submitted') {
      await moveApplication(tx, app, 'viewed', { actor: 'enterprise', byUserId: user.id })
      app = await tx.application.findUniqueOrThrow({ where: { id }, select: pipelineSelect })
    }
    if (app.status === 'interview') {
      // A further round: the stage stays, the student still hears about it. The row is re-read under its lock: a
      // withdrawal that landed since the read above would otherwise get an interview, an inbox message and an
      // entry in the student's agenda after the student had left (decision 056).
      const still = await tx.application.updateMany({ where: { id, status: 'interview' }, data: { updatedAt: new Date() } })
      if (still.count !== 1) throw new AppError('CONFLICT', { userMessage: '该投递的状态刚刚发生变化，请刷新后重试', internal: `application ${id} moved concurrently` })
      await tx.inboxMessage.create({ data: { userId: app.studentUserId, title: '面试通知', body: `您投递的「${app.job.title}」有新的面试安排${notice}` } })
    } else {
      await moveApplication(tx, app, 'interview', { actor: 'enterprise', byUserId: user.id, notice, push: false })
    }
    const created = await tx.interview.create({
      data: { applicationId: id, at: new Date(at), place, note: note ?? null },
      select: interviewSelect,
    })
    // The invitation reaches the phone with its time and place, in place of a bare 面试 (decision 116).
    await pushInvitation(tx, { id, studentUserId: app.studentUserId, jobTitle: app.job.title }, created)
    // The interview lands in the student's own agenda (日程) beside fairs and sessions.
    await tx.scheduleItem.create({
      data: { userId: app.studentUserId, title: `面试：${app.job.title}`, startsAt: created.at, place, interviewId: created.id },
      select: { id: true },
    })
    return { id, status: 'interview' as const, interview: interviewView(created) }
  })
  return c.json(result, 201)
}

/** Moves one interview, its agenda entry and reminders; the student is told (decision 112). */
export const rescheduleInterview: AppRouteHandler<typeof routes.rescheduleInterview> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  if (Date.parse(body.at) <= Date.now()) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'at', message: '面试时间应晚于当前时间' }] })
  }
  const result = await c.var.db.$transaction(async (tx) => {
    await ownInterview(c, tx, id)
    return reschedule(tx, id, body, user.id)
  })
  return c.json(result, 200)
}

/** Calls one interview off with a reason the student reads (decision 112). */
export const cancelInterview: AppRouteHandler<typeof routes.cancelInterview> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { reason } = c.req.valid('json')
  const result = await c.var.db.$transaction(async (tx) => {
    await ownInterview(c, tx, id)
    return cancel(tx, id, reason.trim(), user.id)
  })
  return c.json(result, 200)
}
