/**
 * Opens the embedded PostgreSQL (PGlite). btree_gist is always loaded so a data folder created
 * with exclusion constraints (issue 4) opens the same way everywhere.
 */
import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'

export const MEMORY = 'memory://'

export async function openPglite(dataDir?: string, extra: Omit<PGliteOptions, 'dataDir' | 'extensions'> = {}): Promise<PGlite> {
  return PGlite.create({ dataDir: dataDir ?? MEMORY, extensions: { btree_gist }, ...extra })
}
