import { AppError } from '@zhilian/shared'
import pkg from '../../../package.json' with { type: 'json' }
import type { AppRouteHandler } from '../../lib/types'
import type { health as healthRoute } from './health.routes'

export const health: AppRouteHandler<typeof healthRoute> = async (c) => {
  try {
    await c.var.db.$queryRaw`SELECT 1`
  } catch (cause) {
    throw new AppError('UPSTREAM_UNAVAILABLE', { internal: 'database ping failed', cause })
  }
  return c.json({ status: 'ok' as const, db: c.var.dbKind, version: pkg.version, demo: c.var.env.DEMO_MODE }, 200)
}
