import type { MiddlewareHandler } from 'hono'
import type { AppBindings, RoleName } from '../types'
import { requireAuth } from './require-auth'

export const BEARER = 'Bearer'

interface Access {
  middleware?: MiddlewareHandler<AppBindings>[]
  security: Record<string, string[]>[]
  'x-roles': string[]
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

export const publicAccess: Access = { security: [], 'x-roles': ['public'], description: 'Roles: public.' }
