import type { Db } from '../lib/types'
import { dropReminders, scheduleReminders, type ReminderTarget } from './schedule'

/** Far enough ahead that the day-before reminder is scheduled before it falls due. */
const HORIZON_MS = 25 * 3_600_000

/**
 * Interviews are created by the enterprise pipeline (routes/enterprise-applications), which knows
 * nothing of reminders; the worker catches up on each pass. Scheduling is idempotent (dedupe keys),
 * a moved interview's stale reminders are dropped, and a deleted interview's are dropped too.
 */
export async function sweepInterviews(db: Db, now = new Date()) {
  const upcoming = await db.interview.findMany({
    where: { at: { gt: now, lte: new Date(now.getTime() + HORIZON_MS) } },
    select: { id: true, at: true, place: true, application: { select: { id: true, studentUserId: true, job: { select: { title: true } } } } },
    take: 1000,
  })
  const targets: ReminderTarget[] = upcoming.map((i) => ({
    userId: i.application.studentUserId,
    templateKey: 'interview_invitation',
    subject: `interview:${i.id}`,
    payload: { title: `面试：${i.application.job.title}`, at: i.at.toISOString(), place: i.place, page: `pages/applications/index?id=${i.application.id}` },
  }))
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
    // Moved beyond the horizon, or deleted.
    const interview = await db.interview.findUnique({ where: { id: subject.slice('interview:'.length) }, select: { at: true } })
    if (interview?.at.toISOString() !== at) stale.add(subject)
  }
  await db.$transaction(async (tx) => {
    for (const subject of stale) await dropReminders(tx, subject)
    await scheduleReminders(tx, targets, now)
  })
  return targets.length
}
