import { AppError } from '@zhilian/shared'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppBindings, Principal, RoleName } from '../types'
import { countNow, countsInStatement, handOverCounts, statementCounts, throwIfLimited, userCounts } from '../rate-limit'
import { loadSessionUser, principalOf } from './principal'
import { readSessionToken, type SessionPayload } from './session'

function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i)
  return match?.[1]
}

/** The bearer token of the request; 401 without one. */
export function tokenOf(c: Context<AppBindings>): string {
  const token = bearer(c.req.header('authorization'))
  if (!token) throw new AppError('UNAUTHENTICATED', { internal: 'no bearer token' })
  return token
}

/**
 * Signs the request in from its bearer token and checks the role. The user is loaded on every
 * request (one statement, principal.ts) so that logout (tokenVersion), deletion and membership reviews
 * take effect at once; the same statement counts a write or a search against the user (decision 105). No roles = any
 * signed-in user.
 */
export function requireAuth(...roles: RoleName[]): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const payload = await readSessionToken(c.get('keys').session, tokenOf(c))
    const counted = userCounts(c, payload.sub)
    const session = await loadSessionUser(c.get('hotSql'), payload.sub, counted)
    const user = principalOf(session.user, payload, roles)
    c.set('user', user)
    throwIfLimited(c, counted, session.limited)
    await next()
  }
}

/**
 * For the hot paths whose one statement re-checks the session itself (check-in and booth scans, decision
 * 031): verifies the token and the role it claims, and leaves the rest — user, version, role, memberships —
 * to the handler's statement and `principalOf`. A route using this must call `sessionOf` and check the row.
 */
export function requireToken(...roles: RoleName[]): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    let payload: SessionPayload
    try {
      payload = await readSessionToken(c.get('keys').session, tokenOf(c))
      if (roles.length > 0 && !roles.includes(payload.role as RoleName)) {
        throw new AppError('FORBIDDEN', { internal: `token role ${payload.role} not in ${roles.join(',')}` })
      }
    } catch (error) {
      // A refused token still counts against its address (ipRateLimit left the scans to us, decision 082).
      await countNow(c, statementCounts(c))
      throw error
    }
    c.set('session', payload)
    if (!countsInStatement(c)) {
      await countNow(c, userCounts(c, payload.sub))
      return next()
    }
    // Address and user are counted in the scan's own statement (decision 082); a request whose statement never ran
    // (an invalid body, say) is counted afterwards, so nothing the scans answer goes uncounted.
    await handOverCounts(c, statementCounts(c, payload.sub), next)
  }
}

/**
 * For a public route that counts itself in its statement (the job search, decision 093): the address's count is
 * handed to the statement before anything else runs; a caller signing in through `optionalUser` adds the user's
 * (`userCounts`); whatever no statement took is counted once the route has answered.
 */
export const countInStatement: MiddlewareHandler<AppBindings> = (c, next) => handOverCounts(c, statementCounts(c), next)

/** The verified token `requireToken` set; a route without it is a programming error, answered 401. */
export function sessionOf(c: Context<AppBindings>): SessionPayload {
  const session = c.get('session')
  if (!session) throw new AppError('UNAUTHENTICATED', { internal: 'route reached without requireToken' })
  return session
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
