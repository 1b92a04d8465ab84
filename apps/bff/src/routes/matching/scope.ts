import { AppError } from '@zhilian/shared'
import type { Principal } from '../../lib/types'

/**
 * Who may see an organisation's objects: its verified members, and admins. Anyone else gets the
 * same 404 as for a missing id, so ids do not leak.
 */
export function assertOwnOrg(user: Principal, orgId: string | undefined, what: string): asserts orgId is string {
  if (!orgId || (user.role !== 'admin' && !user.orgIds.includes(orgId))) {
    throw new AppError('NOT_FOUND', { userMessage: `${what}不存在或无权查看`, internal: `org ${orgId} not visible to ${user.id}` })
  }
}
