import { serve } from '@hono/node-server'
import { openDatabase } from '@zhilian/db'
import { seedDemo } from '@zhilian/db/seed/index'
import { seedReferenceIfEmpty } from '@zhilian/db/seed/reference'
import { createApp } from './app'
import { warmParser } from './excel/parse-off-thread'
import type { Env } from './env'
import { answerClientErrors } from './lib/client-error'
import { keepIdleConnections } from './lib/keep-alive'
import { createLogger } from './lib/logger'
import { keysFor } from './lib/secrets'
import { assertPortFree, refuseDemoAccounts } from './lib/startup-checks'
import { mountH5 } from './lib/static-h5'
import { createWeChatClient } from './lib/wechat'
import { failInterruptedImports } from './lists/stale-imports'

/**
 * Checks the port before the database is touched, opens the database (migrating it; the embedded one under an
 * exclusive lock), loads reference data into an empty one (or, in demo mode, the whole demo seed), serves API and H5
 * until a signal.
 */
export async function startServer(env: Env) {
  const logger = createLogger(env)
  await assertPortFree(env.HOST, env.PORT)
  const { keys, source } = keysFor(env)
  if (source === 'install file') logger.info({ file: env.SECRET_FILE }, 'signing keys derived from the per-install secret')
  const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR, migrate: true, poolMax: env.DB_POOL_MAX })
  logger.info({ db: db.kind, ...(db.kind === 'pglite' ? { dataDir: env.PGLITE_DATA_DIR } : {}) }, 'database ready')
  if (env.NODE_ENV === 'production') await refuseDemoAccounts(db.prisma).catch(async (error: unknown) => {
    await db.close()
    throw error
  })
  // A production database is migrated but never seeded (the demo seed is refused there): without its cities, majors
  // and chains no unit could register. The demo seed below loads them itself.
  if (!env.DEMO_MODE && (await seedReferenceIfEmpty(db.prisma))) logger.info('reference data (cities, majors, chains, labels) loaded into the empty database')
  const interrupted = await failInterruptedImports(db.prisma)
  if (interrupted) logger.warn({ interrupted }, 'imports cut off by the last shutdown marked failed; their lists are unchanged')
  if (env.DEMO_MODE && (await db.prisma.user.count()) === 0) {
    await seedDemo(db.prisma)
    logger.info('demo data seeded into the empty database')
  }
  const wechat = createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE })
  if (!wechat.configured) logger.warn('WECHAT_APPID/WECHAT_SECRET not set: WeChat sign-in answers WECHAT_LOGIN_FAILED')
  const app = createApp({ db, env, keys, wechat, logger })
  void warmParser().catch((err: unknown) => logger.warn({ err }, 'the workbook parser did not start; uploads will retry it'))
  const { built } = mountH5(app, env.H5_DIST, { demo: env.DEMO_MODE })
  if (!built) logger.warn({ dir: env.H5_DIST }, 'H5 build missing: / shows how to build it (npm run build:h5)')

  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST
    logger.info(`职链齐鲁 listening on http://${host}:${info.port}/ (API docs: http://${host}:${info.port}/api/docs)`)
    if (env.DEMO_MODE) logger.warn('演示模式 demo mode: demo sign-in and demo data are on; this machine only (127.0.0.1)')
  })
  answerClientErrors(server)
  keepIdleConnections(server)

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    server.close(() => {
      db.close()
        .then(() => process.exit(0))
        .catch((err: unknown) => {
          logger.error({ err }, 'closing the database failed')
          process.exit(1)
        })
    })
    // Keep-alive connections would hold close() open; end them.
    if ('closeAllConnections' in server) server.closeAllConnections()
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  return { server, db, app }
}
