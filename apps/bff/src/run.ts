import { ConfigError, loadEnv, type EnvDefaults } from './env'
import { StartupError } from './lib/startup-checks'

/** Checks the configuration first, then loads and starts everything else; a refusal exits 1 with its message. */
export async function run(defaults: EnvDefaults = {}) {
  try {
    const env = loadEnv(undefined, defaults)
    const { startServer } = await import('./server')
    const { db } = await startServer(env)
    const { startReminderWorker } = await import('./reminders/start')
    startReminderWorker(env, db)
    const { startExpirySweeps } = await import('./lib/expiry-sweeps')
    const { createLogger } = await import('./lib/logger')
    startExpirySweeps(db, createLogger(env).child({ part: 'expiry' }))
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError || isNamedRefusal(error)) {
      console.error(error.message)
      process.exit(1)
    }
    console.error('启动失败 / start-up failed:', error)
    process.exit(1)
  }
}

/** Refusals raised below the BFF (the data-folder lock, a damaged folder) carry their own bilingual message. */
function isNamedRefusal(error: unknown): error is Error {
  return error instanceof Error && ['DataDirLockedError', 'DataDirDamagedError'].includes(error.name)
}
