// What other workspaces may import. The mini-program imports types only (`import type { AppType }`).
export { createApp, type AppType } from './app'
export { loadEnv, ConfigError, type Env } from './env'
export type { AppDeps, AppBindings, Principal } from './lib/types'
