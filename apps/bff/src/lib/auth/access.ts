import { AppError } from '@zhilian/shared'
import type { MiddlewareHandler } from 'hono'
import type { AppBindings, RoleName } from '../types'
import { countInStatement, requireAuth, requireToken } from './require-auth'

export const BEARER = 'Bearer'

interface Access {
  middleware?: MiddlewareHandler<AppBindings>[]
  security: Record<string, string[]>[]
  'x-roles': string[]
  /** The requests that count themselves in their one statement (decisions 082, 093); the rate limit's path list must agree. */
  'x-counted-in-statement'?: true
  description: string
}

/**
 * Every route spreads exactly one of these into its createRoute config, so its roles are declared
 * beside its path and show in the OpenAPI document (`x-roles`). No roles = any signed-in user.
 */
export function access(...roles: RoleName[]): Access {
  return {
    middleware: [requireAuth(...roles)],
    security: [{ [BEARER]: [] }],
    'x-roles': roles.length ? roles : ['*'],
    description: `Roles: ${roles.length ? roles.join(', ') : 'any signed-in user'}.`,
  }
}

/**
 * The same roles, for a hot path whose one statement re-checks the session with the rest of its work
 * (check-in and booth scans, decision 031): the middleware verifies only the token, and the statement also counts the
 * request for the rate limit (decision 082).
 */
export function tokenAccess(...roles: RoleName[]): Access {
  return { ...access(...roles), middleware: [requireToken(...roles)], 'x-counted-in-statement': true }
}

/**
 * The province's own administration (chains, the report's basis): administrators whose scope is the whole
 * province (decision 021). A department, city bureau or consortium administrator gets 403.
 */
export function provinceAccess(): Access {
  const base = access('admin')
  return { ...base, middleware: [...base.middleware!, requireProvince], description: 'Roles: admin (province scope only).' }
}

const requireProvince: MiddlewareHandler<AppBindings> = async (c, next) => {
  if (c.get('user')?.adminScope?.department !== 'all') throw new AppError('FORBIDDEN', { userMessage: '仅省级管理员可修改全省数据', internal: 'scoped admin on a province route' })
  await next()
}

export const publicAccess: Access = { security: [], 'x-roles': ['public'], description: 'Roles: public.' }

/** Public, and the request counts itself for the rate limit in its one statement (the job search, decision 093). */
export const countedPublicAccess: Access = { ...publicAccess, middleware: [countInStatement], 'x-counted-in-statement': true }
