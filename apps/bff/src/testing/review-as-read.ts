import { ReviewPageSchema, type ReviewDecisionBody, type ReviewKind } from '@zhilian/shared/contracts/review'
import type { Harness } from './harness'

/**
 * The `submittedAt` the reviewer's queue shows for one item, as the admin page reads it (decision 085): every decision
 * sends it back (required since decision 088), so a test decides on what it read, as a reviewer does.
 */
export async function stampAsRead(h: Harness, token: string, kind: ReviewKind, id: string): Promise<string> {
  let cursor: string | undefined
  do {
    const res = await h.clientAs(token).api.review.queue.$get({ query: { kind, limit: 100, cursor } })
    if (res.status !== 200) throw new Error(`review queue answered ${res.status}`)
    const page = ReviewPageSchema.parse(await res.json())
    const item = page.items.find((i) => i.id === id)
    if (item) return item.submittedAt
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  throw new Error(`${kind} ${id} is not in the review queue`)
}

/** A decision on the item as the queue shows it now: the page's way, in one call. */
export async function decideAsRead(h: Harness, token: string, kind: ReviewKind, id: string, body: Omit<ReviewDecisionBody, 'submittedAt'>) {
  const submittedAt = await stampAsRead(h, token, kind, id)
  return h.clientAs(token).api.review[':kind'][':id'].decision.$post({ param: { kind, id }, json: { ...body, submittedAt } })
}
