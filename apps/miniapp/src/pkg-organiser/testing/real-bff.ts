/**
 * The real BFF for page tests, in a child process (bff-process.ts) so it runs as Node runs it rather
 * than under jsdom and vitest's browser transform. TARO_APP_API_BASE points the pages' requests at it.
 * Test files only.
 */
import type * as Factories from '@zhilian/db/factories'
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll } from 'vitest'

type FactoryName = { [K in keyof typeof Factories]: (typeof Factories)[K] extends (prisma: never, ...rest: never[]) => Promise<unknown> ? K : never }[keyof typeof Factories]
type Rest<F> = F extends (prisma: never, ...rest: infer R) => unknown ? R : never
type Result<F> = F extends (...args: never[]) => Promise<infer T> ? T : never
/** What crosses the process boundary: JSON (dates become strings). */
type Json<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Json<T[K]> } : T

export interface RealBff {
  origin: string
  /** A database builder from @zhilian/db/factories, run in the BFF's process on its database. */
  make<K extends FactoryName>(fn: K, ...args: Rest<(typeof Factories)[K]>): Promise<Json<Result<(typeof Factories)[K]>>>
  /** A bearer token for a user, as sign-in would issue. */
  tokenFor(user: { id: string; role: 'student' | 'enterprise' | 'college' | 'admin' }): Promise<string>
  close(): Promise<void>
}

export async function startRealBff(): Promise<RealBff> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bff-process.ts')
  const child: ChildProcess = fork(script, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, NODE_ENV: 'test' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let next = 0
  const origin = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`BFF process exited (${code})`)))
    child.on('message', (m: { ready?: string; id?: number; value?: unknown; error?: string }) => {
      if (m.ready) return resolve(m.ready)
      const waiter = pending.get(m.id ?? -1)
      pending.delete(m.id ?? -1)
      if (m.error !== undefined) waiter?.reject(new Error(m.error))
      else waiter?.resolve(m.value)
    })
  })
  const call = (fn: string, args: unknown[]) =>
    new Promise<never>((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      child.send({ id, fn, args })
    })
  process.env.TARO_APP_API_BASE = origin
  return {
    origin,
    make: (fn, ...args) => call(fn, args),
    tokenFor: (user) => call('tokenFor', [user]),
    async close() {
      delete process.env.TARO_APP_API_BASE
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.disconnect()
      await exited
    },
  }
}

/** One real BFF for the test file that calls this at its top level; read it inside tests. */
export function realBffForThisFile(): () => RealBff {
  let bff: RealBff | undefined
  beforeAll(async () => {
    bff = await startRealBff()
  }, 120_000)
  afterAll(() => bff?.close())
  return () => {
    if (!bff) throw new Error('the real BFF did not start')
    return bff
  }
}
