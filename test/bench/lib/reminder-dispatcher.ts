/**
 * One reminder dispatcher process, as the server runs it (decision 009, 026), for the crash benchmark to
 * kill -9 and start again. env: DATABASE_URL, WECHAT_BASE_URL, WECHAT_APPID, WECHAT_SECRET.
 */
import { openDatabase } from '@zhilian/db'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import { createReminderWorker } from '@zhilian/bff/reminders/worker'
import pino from 'pino'

const db = await openDatabase({ url: process.env.DATABASE_URL! })
const wechat = createWeChatClient({ appid: process.env.WECHAT_APPID!, secret: process.env.WECHAT_SECRET!, baseUrl: process.env.WECHAT_BASE_URL! })
const worker = createReminderWorker({
  db, wechat, logger: pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' }), batchSize: 50, localConcurrency: 4, poolSize: 6,
  // The server's timings (lease, rescue, pg-boss expiry) except a 1 s relay, so rows due soon get their jobs quickly.
  timing: { relayIntervalMs: 1_000, pollingIntervalSeconds: 0.5 },
})
await worker.start()
process.send?.({ type: 'started' })
