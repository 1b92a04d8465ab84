import type { Prisma } from '@zhilian/db'
import { AppError, ApplicationStatus, isFinalStatus } from '@zhilian/shared'
import type { InterviewBody } from '@zhilian/shared/contracts/applications'
import { audit } from '../lib/audit'
import { beijingMinute } from '../lib/beijing-time'
import { applicationPage, interviewSubject, interviewTarget } from '../reminders/interviews'
import { queueNotice } from '../reminders/notice'
import { dropReminders, moveReminders } from '../reminders/schedule'
import { assertMayInvite } from './pipeline'
import { interviewNoticeSubject } from './pushes'
import { interviewSelect, interviewView } from './interview-view'

type Tx = Prisma.TransactionClient

/**
 * Moving and cancelling one interview (decision 108 found neither possible; decision 112). Each runs in the caller's
 * transaction after the caller checked the interview belongs to one of its units. The interview's row is locked first,
 * so two changes of one interview queue: the second reads what the first committed, drops the first's reminders and
 * notice, and its own are the only ones left (last write wins, never two sets of reminders).
 */

async function lockedInterview(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT "id" FROM "Interview" WHERE "id" = ${id} FOR UPDATE`
  const row = await tx.interview.findUniqueOrThrow({
    where: { id },
    select: {
      ...interviewSelect,
      application: { select: { id: true, status: true, studentUserId: true, job: { select: { title: true, orgId: true } } } },
    },
  })
  const { application: app } = row
  if (row.cancelledAt) throw new AppError('CONFLICT', { userMessage: '该面试已取消，不能再改期或取消；如需面试请重新安排', internal: `interview ${id} cancelled` })
  if (row.at <= new Date()) throw new AppError('CONFLICT', { userMessage: '该面试的时间已过，不能再改期或取消', internal: `interview ${id} past` })
  if (isFinalStatus(app.status)) {
    throw new AppError('CONFLICT', { userMessage: `该投递已是“${ApplicationStatus.labels[app.status]}”状态，面试不能再改期或取消`, internal: `application ${app.id} ${app.status}` })
  }
  return row
}

/**
 * The student hears at once: the inbox message in this transaction, and a subscribe message through the reminder
 * queue (sent now, inbox already written). A notice of an earlier change still waiting is dropped: it is stale.
 */
async function tellStudent(tx: Tx, app: { id: string; studentUserId: string }, interviewId: string, m: { title: string; body: string; heading: string; at: Date; place: string }) {
  const link = `/pages/me/index?applicationId=${app.id}`
  await tx.inboxMessage.create({ data: { userId: app.studentUserId, title: m.title, body: m.body, link } })
  // A change has no row of its own: each gets a fresh id, and the drop in queueNotice retires the one before.
  await queueNotice(tx, {
    userId: app.studentUserId,
    templateKey: 'interview_invitation',
    subject: interviewNoticeSubject(interviewId),
    changeId: crypto.randomUUID(),
    payload: { title: m.title, at: m.at.toISOString(), place: m.place, heading: m.heading, page: applicationPage(app.id), inboxWritten: true },
  })
}

export async function rescheduleInterview(tx: Tx, id: string, body: InterviewBody, byUserId: string) {
  const before = await lockedInterview(tx, id)
  const app = before.application
  // A suspended unit calls nobody to a new time (decision 089); cancelling stays open to it.
  await assertMayInvite(tx, app.job.orgId)
  const at = new Date(body.at)
  const updated = await tx.interview.update({ where: { id }, data: { at, place: body.place, note: body.note ?? null }, select: interviewSelect })
  await tx.scheduleItem.updateMany({ where: { interviewId: id }, data: { startsAt: at, place: body.place } })
  await moveReminders(tx, interviewSubject(id), [interviewTarget(updated, { id: app.id, studentUserId: app.studentUserId, jobTitle: app.job.title })])
  await tx.application.update({ where: { id: app.id }, data: { updatedAt: new Date() }, select: { id: true } })
  await tellStudent(tx, app, id, {
    title: '面试时间调整',
    body: `您投递的「${app.job.title}」的面试改为：时间：${beijingMinute(at)}，地点：${body.place}（原定${beijingMinute(before.at)}，${before.place}）`,
    heading: '面试改期',
    at,
    place: body.place,
  })
  await audit(tx, {
    actorUserId: byUserId, orgId: app.job.orgId, action: 'application.interview_rescheduled', entity: 'Application', entityId: app.id,
    diff: { interviewId: id, at: { from: before.at.toISOString(), to: at.toISOString() }, place: { from: before.place, to: body.place } },
  })
  return { id: app.id, status: app.status, interview: interviewView(updated) }
}

/**
 * A cancelled interview keeps its row with the reason; its reminders stop. An application at 面试 with no other
 * round left goes back to 已查看, where scheduling a new interview is the next step (decision 112).
 */
export async function cancelInterview(tx: Tx, id: string, reason: string, byUserId: string) {
  const before = await lockedInterview(tx, id)
  const app = before.application
  const updated = await tx.interview.update({ where: { id }, data: { cancelledAt: new Date(), cancelReason: reason }, select: interviewSelect })
  await dropReminders(tx, interviewSubject(id))
  const others = await tx.interview.count({ where: { applicationId: app.id, cancelledAt: null } })
  const back = app.status === 'interview' && others === 0
  if (back) {
    await tx.application.update({ where: { id: app.id }, data: { status: 'viewed' }, select: { id: true } })
    await tx.applicationEvent.create({ data: { applicationId: app.id, from: 'interview', to: 'viewed', byUserId, reason: `取消面试：${reason}` } })
  } else {
    await tx.application.update({ where: { id: app.id }, data: { updatedAt: new Date() }, select: { id: true } })
  }
  await tellStudent(tx, app, id, {
    title: '面试已取消',
    body: `您投递的「${app.job.title}」原定${beijingMinute(before.at)}的面试已取消，原因：${reason}${back ? '。投递回到“已查看”，单位如重新安排会再通知您' : ''}`,
    heading: '面试已取消',
    at: before.at,
    place: `已取消：${reason}`,
  })
  await audit(tx, {
    actorUserId: byUserId, orgId: app.job.orgId, action: 'application.interview_cancelled', entity: 'Application', entityId: app.id,
    diff: { interviewId: id, at: before.at.toISOString(), reason, ...(back ? { status: { from: 'interview', to: 'viewed' } } : {}) },
  })
  return { id: app.id, status: back ? ('viewed' as const) : app.status, interview: interviewView(updated) }
}
