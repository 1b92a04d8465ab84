import type { Prisma } from '@zhilian/db'
import type { ReminderPayload, TemplateKey } from './templates'

/** `lastError` of a row dropped by a move or cancellation: the relay cancels such rows' pg-boss jobs. */
export const DROPPED = 'cancelled'

/** The day before and half an hour before, as the brief for fairs asks. */
const LEADS_MS = [24 * 3_600_000, 30 * 60_000] as const
/** A milestone falls due at 18:00 of its day: the evening before and 09:00 on the day (decision 034). */
export const MILESTONE_LEADS_MS = [24 * 3_600_000, 9 * 3_600_000] as const

export interface ReminderTarget {
  userId: string
  templateKey: TemplateKey
  /** e.g. `event:<id>`, `session:<id>`, `interview:<id>`: what a move or cancellation looks up. */
  subject: string
  payload: ReminderPayload
}

/**
 * One row per (user, template, subject, sendAt): the dedupe key makes scheduling idempotent, and a
 * moved subject gets new keys because its send times change. Times already past are not scheduled.
 * Only ledger rows are written, in the caller's transaction; the relay (relay.ts) gives each its
 * pg-boss job, so a registration never depends on the queue's schema being there.
 */
export async function scheduleReminders(tx: Prisma.TransactionClient, targets: ReminderTarget[], now = new Date(), leads: readonly number[] = LEADS_MS) {
  const data = targets.flatMap((t) =>
    leads.map((lead) => new Date(new Date(t.payload.at).getTime() - lead))
      .filter((sendAt) => sendAt > now)
      .map((sendAt) => ({
        userId: t.userId,
        templateKey: t.templateKey,
        subject: t.subject,
        sendAt,
        payload: { ...t.payload },
        dedupeKey: `${t.userId}:${t.templateKey}:${t.subject}:${sendAt.toISOString()}`,
      })),
  )
  if (data.length === 0) return 0
  return (await tx.reminder.createMany({ data, skipDuplicates: true })).count
}

/**
 * Pending reminders of a subject (or of one user for it) stop; ones a worker holds finish. The key is
 * freed (suffixed with the row id) so moving the subject back to the same time schedules again. The
 * relay then cancels the dropped rows' jobs; a job that runs first finds its row skipped and sends nothing.
 */
export async function dropReminders(tx: Prisma.TransactionClient, subject: string, userId?: string) {
  return userId
    ? tx.$executeRaw`UPDATE "Reminder" SET "status" = 'skipped', "lastError" = ${DROPPED}, "dedupeKey" = "dedupeKey" || '#' || "id"
        WHERE "subject" = ${subject} AND "userId" = ${userId} AND "status" = 'pending'`
    : tx.$executeRaw`UPDATE "Reminder" SET "status" = 'skipped', "lastError" = ${DROPPED}, "dedupeKey" = "dedupeKey" || '#' || "id"
        WHERE "subject" = ${subject} AND "status" = 'pending'`
}

/** A moved subject: the old times stop, the new ones are scheduled for the same people. */
export async function moveReminders(tx: Prisma.TransactionClient, subject: string, targets: ReminderTarget[], now = new Date()) {
  await dropReminders(tx, subject)
  return scheduleReminders(tx, targets, now)
}
