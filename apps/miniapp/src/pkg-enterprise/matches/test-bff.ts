/**
 * The real BFF with the equipment and matching scenario (real-bff.fixture.ts) in a child process, for
 * page tests that render what the server really answers. Test files only. Same protocol as
 * pages/events/test-bff.ts (one `READY <json>` line), with the scenario's own fields.
 */
import Taro from '@tarojs/taro'
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'

export interface Scenario {
  origin: string
  /** Tokens: a verified enterprise member, a second verified enterprise, the college's staff member, an administrator. */
  enterprise: string
  rival: string
  college: string
  admin: string
  collegeId: string
  /** Names and ids the pages show or take. */
  collegeName: string
  enterpriseName: string
  rivalName: string
  equipmentId: string
  equipmentName: string
  jobId: string
  jobTitle: string
  challengeId: string
}

export interface RealBff extends Scenario { close(): Promise<void> }

// Not `new URL('./…', import.meta.url)`: jsdom mode rewrites that into a web URL.
const fixture = join(dirname(fileURLToPath(import.meta.url)), 'real-bff.fixture.ts')

export async function startRealBff(): Promise<RealBff> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } })
  let log = ''
  const scenario = await new Promise<Scenario>((resolve, reject) => {
    const onData = (d: Buffer) => {
      log += String(d)
      const ready = log.split('\n').find((l) => l.startsWith('READY '))
      if (ready) resolve(JSON.parse(ready.slice('READY '.length)) as Scenario)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (d: Buffer) => (log += String(d)))
    child.once('exit', (code) => reject(new Error(`the BFF fixture stopped (${code}):\n${log}`)))
  })
  process.env.TARO_APP_API_BASE = scenario.origin
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return {
    ...scenario,
    close: async () => {
      delete process.env.TARO_APP_API_BASE
      child.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * The scenario for one test file: started before its tests, stopped after. Toasts are silenced (jsdom
 * has no native toast); the fields are filled in once beforeAll has run.
 */
export function useRealBff(): RealBff {
  const bff = {} as RealBff
  beforeAll(async () => {
    Object.assign(bff, await startRealBff())
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  }, 120_000)
  afterAll(() => bff.close())
  return bff
}

/** Opens `route` with a query string as navigateTo would (useRouter reads it); reset after each test. */
export function usePageUrl(route: string): (query?: string) => void {
  const open = (query = '') => window.history.pushState({}, '', `${route}${query}`)
  afterEach(() => open())
  return open
}
