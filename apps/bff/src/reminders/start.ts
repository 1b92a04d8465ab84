import type { DbHandle } from '@zhilian/db'
import type { Env } from '../env'
import { createLogger } from '../lib/logger'
import { createWeChatClient } from '../lib/wechat'
import { createReminderWorker } from './worker'

/**
 * The server process runs one reminder worker beside the API. A signal stops it between reminders;
 * a worker killed harder leaves claims that the next pass (here or in another process) recovers
 * after the lease (decision 009).
 */
export function startReminderWorker(env: Env, db: DbHandle) {
  const logger = createLogger(env).child({ part: 'reminders' })
  const wechat = createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE })
  const worker = createReminderWorker({ db: db.prisma, wechat, logger })
  worker.start()
  const stop = () => void worker.stop()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  logger.info(wechat.configured ? 'reminder worker started' : 'reminder worker started (WeChat not configured: inbox only)')
  return worker
}
