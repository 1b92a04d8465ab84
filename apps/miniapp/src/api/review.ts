import { ReviewDecisionResultSchema, ReviewPageSchema, type ReviewDecisionBody, type ReviewKind } from '@zhilian/shared/contracts/review'
import { call } from './request'

export function fetchReviewQueue(kind: ReviewKind, cursor: string | null) {
  return call('get', '/api/review/queue', { query: { kind, cursor: cursor ?? undefined }, schema: ReviewPageSchema })
}

export function decideReview(kind: ReviewKind, id: string, body: ReviewDecisionBody) {
  return call('post', '/api/review/:kind/:id/decision', { param: { kind, id }, body, schema: ReviewDecisionResultSchema })
}
