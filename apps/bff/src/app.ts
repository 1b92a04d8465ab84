import { configureOpenApi } from './lib/configure-openapi'
import { createBaseApp } from './lib/create-app'
import type { AppDeps } from './lib/types'
import admin from './routes/admin/admin.index'
import auth from './routes/auth/auth.index'
import health from './routes/health/health.index'
import me from './routes/me/me.index'
import reference from './routes/reference/reference.index'
import stats from './routes/stats/stats.index'

/** The whole API under /api. Routes are chained so `AppType` carries every path to the `hc` client. */
export function createApp(deps: AppDeps) {
  const app = createBaseApp(deps)
    .route('/api/health', health)
    .route('/api/auth', auth)
    .route('/api/me', me)
    .route('/api/reference', reference)
    .route('/api/stats', stats)
    .route('/api/admin', admin)
  configureOpenApi(app)
  return app
}

export type AppType = ReturnType<typeof createApp>
