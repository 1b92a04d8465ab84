/**
 * One master secret, three keys. The master comes from JWT_SECRET or, when none is given outside production, from
 * a random per-install file in the data folder (created on first start, readable by its owner only). Sessions,
 * student check-in codes and venue codes each sign with their own HKDF-SHA256 sub-key, so a value that leaks
 * from one (a code on a screen) says nothing about the others (docs/decisions/012).
 */
import { hkdfSync, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Env } from '../env'

export interface AppKeys {
  /** HS256 key for session tokens (lib/auth/jwt-hs256.ts takes it as a string). */
  session: string
  checkin: Buffer
  venue: Buffer
}

const SALT = 'zhilian-qilu/v1'
const subKey = (master: string, purpose: string) => Buffer.from(hkdfSync('sha256', master, SALT, purpose, 32))

export function deriveKeys(master: string): AppKeys {
  return {
    session: subKey(master, 'session-token').toString('base64url'),
    checkin: subKey(master, 'checkin-code'),
    venue: subKey(master, 'venue-code'),
  }
}

/** The per-install secret: read it, or create it once (exclusive create, so two first starts agree on one). */
export function installSecret(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  mkdirSync(path.dirname(file), { recursive: true })
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}

/** The keys this process signs with. `loadEnv` has already refused production without a secret of its own. */
export function keysFor(env: Pick<Env, 'JWT_SECRET' | 'SECRET_FILE'>): { keys: AppKeys; source: 'JWT_SECRET' | 'install file' } {
  if (env.JWT_SECRET) return { keys: deriveKeys(env.JWT_SECRET), source: 'JWT_SECRET' }
  const secret = installSecret(env.SECRET_FILE)
  if (secret.length < 32) throw new Error(`${env.SECRET_FILE} holds fewer than 32 characters; delete it to have a new one made`)
  return { keys: deriveKeys(secret), source: 'install file' }
}
