import type { Prisma } from '@zhilian/db'
import { dropReminders } from './schedule'
import type { ReminderPayload, TemplateKey } from './templates'

export interface Notice {
  userId: string
  templateKey: TemplateKey
  /** What a later change of the same thing looks up: its notice, still unsent, is stale and dropped. */
  subject: string
  /** The change this notice is for (an event row's id, an interview's id): one notice per change, whatever retries. */
  changeId: string
  /** The inbox message went out with the change, in the caller's transaction: the send adds only the subscribe message. */
  payload: ReminderPayload & { inboxWritten: true }
}

/**
 * A subscribe message due now for a change the student was just told of in the inbox (decisions 112, 116), in the
 * caller's transaction: the change and its notice commit together. The worker sends it if the student holds a credit
 * for the template and otherwise leaves the inbox message to stand alone (deliver.ts), exactly once either way.
 */
export async function queueNotice(tx: Prisma.TransactionClient, n: Notice) {
  await dropReminders(tx, n.subject, n.userId)
  await tx.reminder.create({
    data: {
      userId: n.userId,
      templateKey: n.templateKey,
      subject: n.subject,
      sendAt: new Date(),
      payload: { ...n.payload },
      dedupeKey: `${n.userId}:${n.templateKey}:${n.subject}:${n.changeId}`,
    },
    select: { id: true },
  })
}
