/**
 * Opens the embedded PostgreSQL (PGlite). btree_gist is always loaded so a data folder created
 * with exclusion constraints opens the same way everywhere. A data folder is locked before PGlite
 * touches it (data-dir-lock.ts) and unlocked by closePglite; a folder that exists but will not open
 * is reported as damaged, with the way back (docs: README, Backup and restore).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { lockDataDir } from './data-dir-lock'

export const MEMORY = 'memory://'

export class DataDirDamagedError extends Error {
  constructor(readonly dir: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause)
    super(
      `数据库文件夹 ${dir} 无法打开，可能已损坏（${why}）。请先把该文件夹整个复制留存，再从最近的备份恢复：` +
        '把它移走后运行 npm run restore -- <备份文件>（见 README「Backup and restore」）。\n' +
        `The database folder ${dir} could not be opened and may be damaged (${why}). Keep a copy of the folder, move it ` +
        'away, then restore the latest backup with npm run restore -- <backup file> (README, "Backup and restore").',
      { cause },
    )
    this.name = 'DataDirDamagedError'
  }
}

const releases = new WeakMap<PGlite, () => void>()

export async function openPglite(dataDir?: string, extra: Omit<PGliteOptions, 'dataDir' | 'extensions'> = {}): Promise<PGlite> {
  const dir = dataDir ?? MEMORY
  if (dir.includes('://')) return PGlite.create({ dataDir: dir, extensions: { btree_gist }, ...extra })
  const folder = path.resolve(dir)
  // PGlite creates its folder but not the folders above it (./data on a fresh clone).
  mkdirSync(path.dirname(folder), { recursive: true })
  const release = lockDataDir(folder)
  const existed = existsSync(folder) && readdirSync(folder).length > 0
  try {
    const pglite = await PGlite.create({ dataDir: folder, extensions: { btree_gist }, ...extra })
    releases.set(pglite, release)
    return pglite
  } catch (error) {
    release()
    throw existed ? new DataDirDamagedError(folder, error) : error
  }
}

/** Closes a PGlite and gives up its folder's lock. */
export async function closePglite(pglite: PGlite): Promise<void> {
  try {
    if (!pglite.closed) await pglite.close()
  } finally {
    releases.get(pglite)?.()
    releases.delete(pglite)
  }
}
