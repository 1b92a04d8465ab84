import { AdminOrgSchema, MembershipReviewPageSchema, VerifyMembershipResultSchema, type OrgSuspensionBody, type TrustedPosterBody, type VerifyMembershipBody } from '@zhilian/shared/contracts/admin'
import { MemberSignInResetSchema } from '@zhilian/shared/contracts/members'
import { call } from './request'

export function fetchPendingMemberships(cursor: string | null) {
  return call('get', '/api/admin/memberships', {
    query: { status: 'pending', cursor },
    schema: MembershipReviewPageSchema,
  })
}

export function verifyMembership(id: string, body: VerifyMembershipBody) {
  return call('post', '/api/admin/memberships/:id/verify', { param: { id }, body, schema: VerifyMembershipResultSchema })
}

export function fetchAdminOrg(id: string) {
  return call('get', '/api/admin/organizations/:id', { param: { id }, schema: AdminOrgSchema })
}

/** Trusted posters' ordinary jobs skip the review queue; the reason goes to the audit log (decision 014). */
export function setTrustedPoster(id: string, body: TrustedPosterBody) {
  return call('put', '/api/admin/organizations/:id/trusted', { param: { id }, body, schema: AdminOrgSchema })
}

/** Marks a claimed 企业称号 as verified by an administrator, or back to declared only (decision 096). */
export function setLabelVerified(id: string, labelId: string, verified: boolean) {
  return call('put', '/api/admin/organizations/:id/labels/:labelId', { param: { id, labelId }, body: { verified }, schema: AdminOrgSchema })
}

/** An administrator governing the unit resets its owner's sign-in (decision 064): a temporary password, shown once. */
export function resetOwnerSignIn(id: string) {
  return call('post', '/api/admin/organizations/:id/owner/sign-in-reset', { param: { id }, schema: MemberSignInResetSchema })
}

/** 暂停/恢复 a unit (decision 083): its jobs go offline or come back; the reason goes to the audit log and, for 暂停, to its members. */
export function suspendOrg(id: string, body: OrgSuspensionBody) {
  return call('post', '/api/admin/organizations/:id/suspend', { param: { id }, body, schema: AdminOrgSchema })
}

export function restoreOrg(id: string, body: OrgSuspensionBody) {
  return call('post', '/api/admin/organizations/:id/restore', { param: { id }, body, schema: AdminOrgSchema })
}
