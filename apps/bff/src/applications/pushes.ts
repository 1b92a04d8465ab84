import type { Prisma } from '@zhilian/db'
import { ApplicationStatus, type PipelineStatus } from '@zhilian/shared'
import { applicationPage, interviewTarget } from '../reminders/interviews'
import { queueNotice } from '../reminders/notice'

type Tx = Prisma.TransactionClient

interface Student {
  id: string
  studentUserId: string
  jobTitle: string
}

/**
 * The enterprise's moves that reach the student's phone as well as the inbox (decision 116). Not 已查看: nearly every
 * application gets there, the moment a recruiter opens it, and the one credit a student grants on applying would be
 * spent on it, leaving 录用意向 or 不合适 to the inbox alone. A withdrawal is the student's own act.
 */
const PUSHED: ReadonlySet<PipelineStatus> = new Set(['interview', 'offer', 'hired', 'rejected'])

/** One application's status notices share a subject: an unsent one is stale once the application moves again. */
const applicationSubject = (id: string) => `application:${id}`
/** One interview's invitation and its changes share one (decision 112): a reschedule retires an unsent invitation. */
export const interviewNoticeSubject = (id: string) => `interview-notice:${id}`

/** `changeId` is the move's ApplicationEvent: one notice per move. */
export async function pushStatus(tx: Tx, app: Student, to: PipelineStatus, changeId: string) {
  if (!PUSHED.has(to)) return
  const label = ApplicationStatus.labels[to]
  await queueNotice(tx, {
    userId: app.studentUserId,
    templateKey: 'application_changed',
    subject: applicationSubject(app.id),
    changeId,
    payload: { title: app.jobTitle, at: new Date().toISOString(), status: label, heading: '投递进度更新', page: applicationPage(app.id), inboxWritten: true },
  })
}

/** A new interview, first round or further: what its day-before reminder will carry (interviewTarget), said now. */
export async function pushInvitation(tx: Tx, app: Student, interview: { id: string; at: Date; place: string }) {
  const { userId, templateKey, payload } = interviewTarget(interview, app)
  await queueNotice(tx, {
    userId,
    templateKey,
    subject: interviewNoticeSubject(interview.id),
    changeId: interview.id,
    payload: { ...payload, heading: '面试邀请', inboxWritten: true },
  })
}
