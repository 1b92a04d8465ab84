/**
 * The package's only reader of process.env. CLIs and the test database take their target from
 * here; library code (client.ts, migrate.ts) is always handed its settings explicitly.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface DbTarget { url?: string; dataDir?: string }

/** DATABASE_URL if set, else the embedded PGlite folder (PGLITE_DATA_DIR, default ./data/pglite at the repo root). */
export function targetFromEnv(): DbTarget {
  const url = process.env.DATABASE_URL?.trim()
  if (url) return { url }
  const dir = process.env.PGLITE_DATA_DIR?.trim() || 'data/pglite'
  return { dataDir: dir === 'memory://' ? dir : path.resolve(repoRoot, dir) }
}

/** The PostgreSQL server tests create their own databases on, if any. */
export function testServerUrl(): string | undefined {
  return process.env.DATABASE_URL?.trim() || undefined
}

/** The environment for a child process, with additions. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
