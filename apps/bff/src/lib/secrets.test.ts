import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadEnv } from '../env'
import { deriveKeys, installSecret, keysFor } from './secrets'

const tmp = await mkdtemp(path.join(os.tmpdir(), 'zhilian-secrets-'))
afterAll(() => rm(tmp, { recursive: true, force: true }))

describe('the master secret and its keys', () => {
  it('makes a random per-install secret in the data folder once, readable by its owner only, and keeps it', async () => {
    const env = loadEnv({ DATA_DIR: path.join(tmp, 'data') })
    const first = keysFor(env)
    expect(first.source).toBe('install file')
    const file = await stat(env.SECRET_FILE)
    if (process.platform !== 'win32') expect(file.mode & 0o777).toBe(0o600)
    expect(keysFor(env).keys).toEqual(first.keys)
    // Another install gets another secret.
    const other = keysFor(loadEnv({ DATA_DIR: path.join(tmp, 'elsewhere') })).keys
    expect(other.session).not.toBe(first.keys.session)
    expect(installSecret(env.SECRET_FILE).length).toBeGreaterThanOrEqual(32)
  })

  it('derives three different keys, none of them the master itself', () => {
    const master = 'm'.repeat(40)
    const keys = deriveKeys(master)
    const all = [keys.session, keys.checkin.toString('base64url'), keys.venue.toString('base64url')]
    expect(new Set(all).size).toBe(3)
    expect(all).not.toContain(master)
    expect(deriveKeys(master)).toEqual(keys)
  })

  it('uses JWT_SECRET when given, and nothing from the data folder', () => {
    const env = loadEnv({ DATA_DIR: path.join(tmp, 'unused'), JWT_SECRET: 's'.repeat(40) })
    expect(keysFor(env)).toEqual({ keys: deriveKeys('s'.repeat(40)), source: 'JWT_SECRET' })
  })
})
