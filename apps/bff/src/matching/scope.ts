import { AppError } from '@zhilian/shared'
import { assertOrgInScope } from '../lib/admin-scope'
import type { Db, Principal } from '../lib/types'
import { orgIdsMay } from '../lib/org-access'

/**
 * Who may see an organisation's objects: its verified members, and administrators whose scope holds it (decision
 * 021). Anyone else gets the same 404 as for a missing id, so ids do not leak.
 */
export async function assertOwnOrg(db: Db, user: Principal, orgId: string | undefined, what: string): Promise<void> {
  const notFound = () => new AppError('NOT_FOUND', { userMessage: `${what}不存在或无权查看`, internal: `org ${orgId} not visible to ${user.id}` })
  if (!orgId) throw notFound()
  if (user.adminScope) return assertOrgInScope(db, user.adminScope, orgId).catch(() => { throw notFound() })
  if (!orgIdsMay(user, 'cooperation').includes(orgId)) throw notFound()
}
