/**
 * One writer per embedded database: an exclusive lock file beside the PGlite data folder (`<folder>.lock`), taken
 * before PGlite opens the folder and released when it closes. Two servers on one folder both accepted writes and,
 * after a kill, lost acknowledged commits or left a folder that no longer opened (issue 10); now the second one
 * stops with a message naming the first. A lock left by a process that no longer runs (pid gone, or the machine
 * rebooted since) is stale and taken over.
 */
import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface LockOwner {
  pid: number
  hostname: string
  /** When the owner's machine booted (ms, rounded), to tell a reused pid after a reboot. */
  bootedAt: number
  startedAt: string
  command: string
}

export class DataDirLockedError extends Error {
  constructor(readonly dir: string, readonly owner: LockOwner) {
    const who = `pid ${owner.pid}${owner.hostname !== os.hostname() ? ` @ ${owner.hostname}` : ''}, ${owner.command}, ${owner.startedAt}`
    super(
      `数据库文件夹 ${dir} 正被另一个进程使用（${who}）。同一文件夹只能由一个职链齐鲁进程打开：请先停止它，或为本进程另设 PGLITE_DATA_DIR。\n` +
        `The database folder ${dir} is in use by another process (${who}). Only one 职链齐鲁 process may open a folder: ` +
        'stop that one first, or give this one another PGLITE_DATA_DIR.',
    )
    this.name = 'DataDirLockedError'
  }
}

const bootedAt = () => Math.round((Date.now() - os.uptime() * 1000) / 60_000) * 60_000
const lockFileOf = (dir: string) => `${path.resolve(dir)}.lock`
const held = new Set<string>()

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner
    return typeof owner.pid === 'number' ? owner : undefined
  } catch {
    return undefined
  }
}

/** Whether the lock's owner may still run. A lock from another machine is never judged stale. */
function alive(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname()) return true
  if (Math.abs(owner.bootedAt - bootedAt()) > 120_000) return false
  if (owner.pid === process.pid) return true
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the folder's lock or throws DataDirLockedError; returns the release function. */
export function lockDataDir(dir: string): () => void {
  const file = lockFileOf(dir)
  mkdirSync(path.dirname(file), { recursive: true })
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), bootedAt: bootedAt(), startedAt: new Date().toISOString(), command: process.argv.slice(1).join(' ').slice(0, 200) }
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(draft, JSON.stringify(me))
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        // link() either creates the lock whole or fails: no half-written lock, no race between two starts.
        linkSync(draft, file)
        held.add(file)
        return () => release(file)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const owner = readOwner(file)
      if (owner && alive(owner)) throw new DataDirLockedError(path.resolve(dir), owner)
      takeOver(file, owner)
    }
    throw new Error(`could not take the lock ${file}`)
  } finally {
    try {
      unlinkSync(draft)
    } catch {
      // already gone
    }
  }
}

/** Moves a stale lock aside; if another starter replaced it meanwhile, puts theirs back. */
function takeOver(file: string, stale: LockOwner | undefined) {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`
  try {
    renameSync(file, aside)
  } catch {
    return
  }
  const moved = readOwner(aside)
  if (moved && stale && (moved.pid !== stale.pid || moved.startedAt !== stale.startedAt)) {
    try {
      linkSync(aside, file)
    } catch {
      // a third starter took it; the loop will read whoever holds it now
    }
  }
  unlinkSync(aside)
}

function release(file: string) {
  if (!held.delete(file)) return
  if (readOwner(file)?.pid === process.pid) {
    try {
      unlinkSync(file)
    } catch {
      // already gone
    }
  }
}

// A process that ends without closing (an uncaught error, process.exit) leaves no lock behind it.
process.on('exit', () => {
  for (const file of [...held.keys()]) release(file)
})
