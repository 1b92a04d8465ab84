/**
 * The package's only reader of process.env. CLIs and the test database take their target from
 * here; library code (client.ts, migrate.ts) is always handed its settings explicitly.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface DbTarget { url?: string; dataDir?: string }

/** The data folder (DATA_DIR, default ./data at the repo root), as the BFF reads it. */
export function dataDirFromEnv(): string {
  return path.resolve(repoRoot, process.env.DATA_DIR?.trim() || 'data')
}

/** DATABASE_URL if set, else the embedded PGlite folder (PGLITE_DATA_DIR, default <DATA_DIR>/pglite). */
export function targetFromEnv(): DbTarget {
  const url = process.env.DATABASE_URL?.trim()
  if (url) return { url }
  const dir = process.env.PGLITE_DATA_DIR?.trim()
  if (dir === 'memory://') return { dataDir: dir }
  return { dataDir: dir ? path.resolve(repoRoot, dir) : path.join(dataDirFromEnv(), 'pglite') }
}

/** The PostgreSQL server tests create their own databases on, if any. */
export function testServerUrl(): string | undefined {
  return process.env.DATABASE_URL?.trim() || undefined
}

/** The environment for a child process, with additions. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
