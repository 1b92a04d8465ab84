import { AppError } from '@zhilian/shared'

/**
 * When a queued unit's current content was submitted, the stamp the queue shows as `submittedAt` and a decision sends
 * back (decision 085). A verified unit asking for a change: the request, rewritten with each new request. A new unit:
 * its last edit, since a pending unit edits its name, code and city directly (only a verified one's are held).
 */
export const orgStamp = (o: { verification: string; changeRequestedAt: Date | null; updatedAt: Date }) =>
  o.verification === 'verified' && o.changeRequestedAt ? o.changeRequestedAt : o.updatedAt

/**
 * The reviewer read the item at `seen`; the submitter may have changed it since (a job's wording, a list submitted
 * again, a unit's name), or another reviewer sent it back. Deciding on what nobody read would publish it unseen, fraud signals unshown: refused, and the
 * reviewer reloads. Every decision carries `seen` (required since decision 088; 085 let a client leave it out).
 */
export function assertAsSeen(seen: string, stamp: Date | null, what: string) {
  if (stamp?.toISOString() === new Date(seen).toISOString()) return
  throw new AppError('CONFLICT', {
    userMessage: `该${what}在您查看后已有改动，请刷新审核列表，看过最新内容后再审核`,
    internal: `review item changed: seen ${seen}, now ${stamp?.toISOString() ?? 'null'}`,
  })
}
