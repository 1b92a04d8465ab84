// What other workspaces may import. The mini-program imports types only (`import type { AppType }`); the app itself
// is built by the server (server.ts) and by test support (testing/harness.ts, test/bench), never through this entry.
export type { AppType } from './app'
export { loadEnv, ConfigError, type Env } from './env'
export type { AppDeps, AppBindings, Principal } from './lib/types'
