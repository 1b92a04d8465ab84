import type { Prisma } from '@zhilian/db'
import { dropReminders, MILESTONE_LEADS_MS, scheduleReminders } from '../../reminders/schedule'

const milestoneSubject = (id: string) => `milestone:${id}`

/** A due date (YYYY-MM-DD) is due at 18:00 Beijing time that day: the end of a working day. */
export const dueAtOf = (date: string) => new Date(`${date}T18:00:00+08:00`)

/**
 * Reminders for a milestone to every verified member of every party, through the reminder ledger and its queue
 * (decision 009): the evening before and the morning of the due day. Written in the caller's transaction.
 */
export async function scheduleMilestoneReminders(tx: Prisma.TransactionClient, projectId: string, milestones: { id: string; title: string; dueAt: Date }[], now = new Date()) {
  if (milestones.length === 0) return 0
  const members = await tx.membership.findMany({
    where: { status: 'verified', org: { projectParties: { some: { projectId } } } },
    select: { userId: true },
    distinct: ['userId'],
  })
  const targets = milestones.flatMap((m) =>
    members.map((u) => ({
      userId: u.userId,
      templateKey: 'milestone_due' as const,
      subject: milestoneSubject(m.id),
      payload: { title: m.title, at: m.dueAt.toISOString(), place: '项目台账', heading: '里程碑即将到期', page: `pkg-projects/detail/index?id=${projectId}` },
    })),
  )
  return scheduleReminders(tx, targets, now, MILESTONE_LEADS_MS)
}

/** A done milestone needs no more reminders. */
export const dropMilestoneReminders = (tx: Prisma.TransactionClient, milestoneId: string) => dropReminders(tx, milestoneSubject(milestoneId))
