import { AuditPageSchema } from '@zhilian/shared/contracts/audit'
import { call } from './request'

export function fetchAudit(query: { orgId?: string; cursor?: string | null }) {
  return call('get', '/api/audit', { query: { orgId: query.orgId || undefined, cursor: query.cursor ?? undefined }, schema: AuditPageSchema })
}
