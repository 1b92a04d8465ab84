import { AppError } from '@zhilian/shared'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppBindings, Principal, RoleName } from '../types'
import { userRateLimit } from '../rate-limit'
import { adminScopeOf } from '../admin-scope'
import { readSessionToken } from './session'

function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i)
  return match?.[1]
}

/**
 * Signs the request in from its bearer token and checks the role. The user is loaded on every
 * request so that logout (tokenVersion), deletion and membership reviews take effect at once.
 * No roles = any signed-in user.
 */
export function requireAuth(...roles: RoleName[]): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const token = bearer(c.req.header('authorization'))
    if (!token) throw new AppError('UNAUTHENTICATED', { internal: 'no bearer token' })
    const payload = await readSessionToken(c.var.keys.session, token)
    const user = await c.var.db.user.findUnique({
      where: { id: payload.sub },
      select: {
        id: true,
        role: true,
        displayName: true,
        tokenVersion: true,
        deletedAt: true,
        memberships: { where: { status: 'verified' }, select: { orgId: true } },
        adminDepartment: true,
        adminCityCode: true,
        adminGroupingId: true,
      },
    })
    if (!user || user.deletedAt) throw new AppError('UNAUTHENTICATED', { userMessage: '账号不存在或已注销', internal: 'user gone' })
    if (user.tokenVersion !== payload.tv) throw new AppError('SESSION_EXPIRED', { internal: 'token version revoked' })
    if (roles.length > 0 && !roles.includes(user.role)) {
      throw new AppError('FORBIDDEN', { internal: `role ${user.role} not in ${roles.join(',')}` })
    }
    c.set('user', {
      id: user.id, role: user.role, displayName: user.displayName, orgIds: user.memberships.map((m) => m.orgId),
      adminScope: user.role === 'admin' ? adminScopeOf(user) : null,
    })
    await userRateLimit(c, user.id)
    await next()
  }
}

/** The principal `requireAuth` set; a route without it is a programming error, answered 401. */
export function currentUser(c: Context<AppBindings>): Principal {
  const user = c.get('user')
  if (!user) throw new AppError('UNAUTHENTICATED', { internal: 'route reached without requireAuth' })
  return user
}

/** The caller must hold a verified membership of `orgId`. */
export function requireVerifiedMember(c: Context<AppBindings>, orgId: string): Principal {
  const user = currentUser(c)
  if (!user.orgIds.includes(orgId)) throw new AppError('NOT_VERIFIED', { internal: `user ${user.id} not verified in ${orgId}` })
  return user
}
