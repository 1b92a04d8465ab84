import { ReviewDecisionResultSchema, ReviewPageSchema, type ReviewDecisionBody, type ReviewKind } from '@zhilian/shared/contracts/review'
import { request } from './request'

export function fetchReviewQueue(kind: ReviewKind, cursor: string | null) {
  return request('GET', '/api/review/queue', { query: { kind, cursor: cursor ?? undefined }, schema: ReviewPageSchema })
}

export function decideReview(kind: ReviewKind, id: string, body: ReviewDecisionBody) {
  return request('POST', `/api/review/${kind}/${encodeURIComponent(id)}/decision`, { body, schema: ReviewDecisionResultSchema })
}
