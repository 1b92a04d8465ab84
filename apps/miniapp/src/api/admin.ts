import { MembershipReviewPageSchema, VerifyMembershipResultSchema, type VerifyMembershipBody } from '@zhilian/shared/contracts/admin'
import { request } from './request'

export function fetchPendingMemberships(cursor: string | null) {
  return request('GET', '/api/admin/memberships', {
    query: { status: 'pending', cursor },
    schema: MembershipReviewPageSchema,
  })
}

export function verifyMembership(id: string, body: VerifyMembershipBody) {
  return request('POST', `/api/admin/memberships/${encodeURIComponent(id)}/verify`, { body, schema: VerifyMembershipResultSchema })
}
