import { spawn, spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DataDirLockedError, lockDataDir, type LockOwner } from './data-dir-lock'
import { closePglite, DataDirDamagedError, openPglite } from './pglite'

const tmp = await mkdtemp(path.join(os.tmpdir(), 'zhilian-lock-'))
afterAll(() => rm(tmp, { recursive: true, force: true }))

const bootedAt = () => Math.round((Date.now() - os.uptime() * 1000) / 60_000) * 60_000
const fakeLock = (dir: string, owner: Partial<LockOwner>) =>
  writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 1, hostname: os.hostname(), bootedAt: bootedAt(), startedAt: '2026-12-01T00:00:00.000Z', command: 'main.ts', ...owner }))

describe('the data folder lock', () => {
  it('lets one holder in, names it to the next, and frees the folder on release', () => {
    const dir = path.join(tmp, 'one')
    const release = lockDataDir(dir)
    const refusal = (() => {
      try {
        lockDataDir(dir)
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toBeInstanceOf(DataDirLockedError)
    expect((refusal as Error).message).toContain(`pid ${process.pid}`)
    expect((refusal as Error).message).toMatch(/正被另一个进程使用[\s\S]*in use by another process/)
    release()
    expect(existsSync(`${dir}.lock`)).toBe(false)
    lockDataDir(dir)()
  })

  it('refuses while the holder runs, and takes over a lock whose process is gone or from before a reboot', async () => {
    const dir = path.join(tmp, 'two')
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      fakeLock(dir, { pid: other.pid })
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${other.pid}`))
      // The same pid, but the machine booted since that lock was written: stale.
      fakeLock(dir, { pid: other.pid, bootedAt: bootedAt() - 86_400_000 })
      lockDataDir(dir)()
    } finally {
      other.kill()
    }
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid
    fakeLock(dir, { pid: gone })
    const release = lockDataDir(dir)
    expect(existsSync(`${dir}.lock`)).toBe(true)
    release()
  })

  it('calls a folder that will not open damaged, points at the restore, and leaves it unlocked', async () => {
    const dir = path.join(tmp, 'damaged')
    await closePglite(await openPglite(dir))
    writeFileSync(path.join(dir, 'global', 'pg_control'), Buffer.alloc(8192, 7))
    const refusal = await openPglite(dir).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(DataDirDamagedError)
    expect((refusal as Error).message).toContain('npm run restore')
    expect((refusal as Error).message).toContain('可能已损坏')
    expect(existsSync(`${dir}.lock`)).toBe(false)
  }, 60_000)
})
