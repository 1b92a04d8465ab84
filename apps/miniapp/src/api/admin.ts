import { z } from 'zod'
import { PendingMembershipPageSchema, type VerifyMembership } from './contracts/admin'
import { request } from './request'

export function fetchPendingMemberships(cursor?: string | null) {
  return request('GET', '/api/admin/memberships', {
    query: { status: 'pending', cursor: cursor ?? undefined },
    schema: PendingMembershipPageSchema,
  })
}

export function verifyMembership(id: string, input: VerifyMembership) {
  return request('POST', `/api/admin/memberships/${encodeURIComponent(id)}/verify`, { body: input, schema: z.unknown() })
}
