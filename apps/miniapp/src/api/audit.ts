import { AuditPageSchema } from '@zhilian/shared/contracts/audit'
import { request } from './request'

export function fetchAudit(query: { orgId?: string; cursor?: string | null }) {
  return request('GET', '/api/audit', { query: { orgId: query.orgId || undefined, cursor: query.cursor ?? undefined }, schema: AuditPageSchema })
}
