import type { Db } from '../lib/types'
import { dropReminders, scheduleReminders, type ReminderTarget } from './schedule'

/** Far enough ahead that the day-before reminder is scheduled before it falls due. */
const HORIZON_MS = 25 * 3_600_000

export const interviewSubject = (id: string) => `interview:${id}`

/** The mini-program page a push about an application opens: 我的投递 at that application. */
export const applicationPage = (id: string) => `pages/applications/index?id=${id}`

/** What the day-before and half-hour reminders of one interview carry; a reschedule builds the same (decision 112). */
export function interviewTarget(i: { id: string; at: Date; place: string }, app: { id: string; studentUserId: string; jobTitle: string }): ReminderTarget {
  return {
    userId: app.studentUserId,
    templateKey: 'interview_invitation',
    subject: interviewSubject(i.id),
    payload: { title: `面试：${app.jobTitle}`, at: i.at.toISOString(), place: i.place, page: applicationPage(app.id) },
  }
}

/**
 * Interviews are created by the enterprise pipeline (routes/enterprise-applications), which knows
 * nothing of reminders; the worker catches up on each pass. Scheduling is idempotent (dedupe keys),
 * a moved interview's stale reminders are dropped, and a cancelled or deleted interview's are dropped too.
 */
export async function sweepInterviews(db: Db, now = new Date()) {
  const upcoming = await db.interview.findMany({
    where: { at: { gt: now, lte: new Date(now.getTime() + HORIZON_MS) }, cancelledAt: null },
    select: { id: true, at: true, place: true, application: { select: { id: true, studentUserId: true, job: { select: { title: true } } } } },
    take: 1000,
  })
  const targets = upcoming.map((i) => interviewTarget(i, { id: i.application.id, studentUserId: i.application.studentUserId, jobTitle: i.application.job.title }))
  const pending = await db.reminder.findMany({ where: { status: 'pending', subject: { startsWith: 'interview:' } }, select: { subject: true, payload: true } })
  const current = new Map(targets.map((t) => [t.subject, t.payload.at]))
  const stale = new Set<string>()
  for (const r of pending) {
    const at = (r.payload as { at?: string } | null)?.at
    const subject = r.subject ?? ''
    if (current.has(subject)) {
      if (current.get(subject) !== at) stale.add(subject)
      continue
    }
    // Moved beyond the horizon, cancelled, or deleted.
    const interview = await db.interview.findUnique({ where: { id: subject.slice('interview:'.length) }, select: { at: true, cancelledAt: true } })
    if (!interview || interview.cancelledAt || interview.at.toISOString() !== at) stale.add(subject)
  }
  await db.$transaction(async (tx) => {
    for (const subject of stale) await dropReminders(tx, subject)
    // The read above took no lock: a reschedule or cancellation committed since would get its old time's reminders
    // back from this pass. Each interview is read again under a share lock, which waits for a change in flight and
    // holds the next one back until this commits (its drop then sees these rows); only those unchanged are scheduled.
    const ids = targets.map((t) => t.subject.slice('interview:'.length))
    const still = ids.length === 0 ? [] : await tx.$queryRaw<{ id: string; at: Date }[]>`
      SELECT "id", "at" FROM "Interview" WHERE "id" = ANY(${ids}::text[]) AND "cancelledAt" IS NULL FOR SHARE`
    const unchanged = new Set(still.map((r) => `${interviewSubject(r.id)} ${new Date(r.at).toISOString()}`))
    await scheduleReminders(tx, targets.filter((t) => unchanged.has(`${t.subject} ${t.payload.at}`)), now)
  })
  return targets.length
}
