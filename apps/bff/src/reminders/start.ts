import type { DbHandle } from '@zhilian/db'
import type { Env } from '../env'
import { createLogger } from '../lib/logger'
import { createWeChatClient } from '../lib/wechat'
import { createReminderWorker } from './worker'

/**
 * The server process runs one reminder worker beside the API: pg-boss on the same database (on
 * PGlite inside this process, on PostgreSQL with its own small pool). A signal stops it between
 * jobs; a worker killed harder leaves active jobs that pg-boss expires and hands to the next worker,
 * here after a restart or in another process (decision 009).
 */
export function startReminderWorker(env: Env, db: DbHandle) {
  const logger = createLogger(env).child({ part: 'reminders' })
  const wechat = createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE })
  const worker = createReminderWorker({ db, wechat, logger, poolSize: env.REMINDER_POOL_MAX })
  worker.start().then(
    () => logger.info(wechat.configured ? 'reminder worker started' : 'reminder worker started (WeChat not configured: inbox only)'),
    (err: unknown) => logger.error({ err }, 'reminder worker failed to start'),
  )
  const stop = () => void worker.stop()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return worker
}
