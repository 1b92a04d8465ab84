import { AdminOrgSchema, MembershipReviewPageSchema, VerifyMembershipResultSchema, type TrustedPosterBody, type VerifyMembershipBody } from '@zhilian/shared/contracts/admin'
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

export function fetchAdminOrg(id: string) {
  return request('GET', `/api/admin/organizations/${encodeURIComponent(id)}`, { schema: AdminOrgSchema })
}

/** Trusted posters' ordinary jobs skip the review queue; the reason goes to the audit log (decision 014). */
export function setTrustedPoster(id: string, body: TrustedPosterBody) {
  return request('PUT', `/api/admin/organizations/${encodeURIComponent(id)}/trusted`, { body, schema: AdminOrgSchema })
}
