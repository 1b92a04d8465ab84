// `npm start -w @zhilian/bff`: check the configuration first, then load everything else.
import { ConfigError, loadEnv } from './env'

try {
  const env = loadEnv()
  const { startServer } = await import('./server')
  const { db } = await startServer(env)
  const { startReminderWorker } = await import('./reminders/start')
  startReminderWorker(env, db)
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message)
    process.exit(1)
  }
  console.error('启动失败 / start-up failed:', error)
  process.exit(1)
}
