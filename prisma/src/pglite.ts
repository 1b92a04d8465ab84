/**
 * Opens the embedded PostgreSQL (PGlite). btree_gist is always loaded so a data folder created
 * with exclusion constraints opens the same way everywhere.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'

export const MEMORY = 'memory://'

export async function openPglite(dataDir?: string, extra: Omit<PGliteOptions, 'dataDir' | 'extensions'> = {}): Promise<PGlite> {
  const dir = dataDir ?? MEMORY
  // PGlite creates its folder but not the folders above it (./data on a fresh clone).
  if (!dir.includes('://')) mkdirSync(path.dirname(path.resolve(dir)), { recursive: true })
  return PGlite.create({ dataDir: dir, extensions: { btree_gist }, ...extra })
}
