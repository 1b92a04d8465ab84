/**
 * The real BFF for page tests, in a child process (bff-process.ts): vitest's jsdom mode rewrites the
 * server's `new URL(…, import.meta.url)` into web URLs, so it cannot run inside the test's own process.
 * TARO_APP_API_BASE points the pages' requests at it. The process is the worker's, kept from one test file to the
 * next so the BFF's modules load once (decision 109); each file that calls useRealBff still gets a fresh migrated
 * database, app, fake WeChat server and port of its own, released after its tests, so files share nothing but
 * loaded code. Each file's database costs a start, so only files that talk to the BFF call useRealBff.
 * Test files only.
 */
import Taro from '@tarojs/taro'
import { configure } from '@testing-library/react'
import type * as Factories from '@zhilian/db/factories'
import { fork, type ChildProcess } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { cpuSeconds } from '../../../../scripts/process-cpu.mjs'
import { openAt } from './dom'
import type catalogue from './fixtures/catalogue'
import type fair from './fixtures/fair'
import type matching from './fixtures/matching'
import type report from './fixtures/report'

/** Scenarios a BFF can start with, by the name of their module in fixtures/. */
interface Fixtures { catalogue: typeof catalogue; fair: typeof fair; matching: typeof matching; report: typeof report }
export type FixtureName = keyof Fixtures

type FactoryName = { [K in keyof typeof Factories]: (typeof Factories)[K] extends (prisma: never, ...rest: never[]) => Promise<unknown> ? K : never }[keyof typeof Factories]
type Rest<F> = F extends (prisma: never, ...rest: infer R) => unknown ? R : never
type Result<F> = F extends (...args: never[]) => Promise<infer T> ? T : never
/** What crosses the process boundary: JSON (dates become strings). */
type Json<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Json<T[K]> } : T
type ScenarioOf<F> = F extends FixtureName ? Json<Awaited<ReturnType<Fixtures[F]>>> : unknown

interface BffProcess {
  origin: string
  /** A database builder from @zhilian/db/factories, run in the BFF's process on its database. */
  make<K extends FactoryName>(fn: K, ...args: Rest<(typeof Factories)[K]>): Promise<Json<Result<(typeof Factories)[K]>>>
  /** A bearer token for a user, as sign-in would issue. */
  tokenFor(user: { id: string; role: 'student' | 'enterprise' | 'college' | 'admin' }): Promise<string>
}
/** The running BFF with the fixture's scenario (its tokens, ids and names) spread in. */
export type RealBff<F extends FixtureName | undefined = undefined> = BffProcess & ScenarioOf<F>

type Message = { id: number; value?: unknown; error?: string }
type Opened = { ready: string; scenario: object }

/**
 * A file's BFF is bounded by the child's own CPU, not the clock (as the platform's, decision 099): the first file of
 * a worker loads the BFF's modules too, 10–18 CPU seconds in all, but 54–137 s of wall at load 18 and over 120 s at
 * load 30, where a wall limit failed files that were only slow. Past this it is broken; the clock (START_WALL_MS)
 * only stops a child that hangs without using CPU.
 */
const START_CPU_LIMIT_S = 120
const START_WALL_MS = 30 * 60_000

interface WarmChild { child: ChildProcess; call<T = never>(fn: string, args: unknown[]): Promise<T> }

/**
 * The worker's BFF process, on globalThis rather than in this module: a file of `miniapp-isolated` evaluates this
 * module afresh, and still finds the process its worker already has.
 */
const SLOT = Symbol.for('zhilian.miniapp.real-bff-process')
const worker = globalThis as { [SLOT]?: WarmChild }

function forkChild(): WarmChild {
  // Not `new URL('./…', import.meta.url)`: jsdom mode rewrites that into a web URL.
  const script = join(dirname(fileURLToPath(import.meta.url)), 'bff-process.ts')
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'], env: { ...process.env, NODE_ENV: 'test' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  // Neither the process nor its channel keeps the worker alive; when the worker ends, the channel closes and the
  // child stops itself (its 'disconnect' handler), so no BFF outlives its worker.
  child.unref()
  child.channel?.unref()
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let next = 0
  child.on('message', (m: Message) => {
    const waiter = pending.get(m.id)
    pending.delete(m.id)
    if (m.error !== undefined) waiter?.reject(new Error(m.error))
    else waiter?.resolve(m.value)
  })
  const warm: WarmChild = {
    child,
    call: <T>(fn: string, args: unknown[]) =>
      new Promise<T>((resolve, reject) => {
        const id = next++
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
        child.send({ id, fn, args })
      }),
  }
  child.once('exit', (code) => {
    if (worker[SLOT] === warm) delete worker[SLOT]
    for (const waiter of pending.values()) waiter.reject(new Error(`the BFF process stopped (${code}); its output is above`))
    pending.clear()
  })
  return warm
}

/** The worker's process, forked by its first real-BFF file or after one stopped. */
function workerChild(): WarmChild {
  const warm = worker[SLOT]
  if (warm && warm.child.exitCode === null && warm.child.signalCode === null && warm.child.connected) return warm
  return (worker[SLOT] = forkChild())
}

async function startRealBff<F extends FixtureName | undefined = undefined>(options: { fixture?: F } = {}): Promise<RealBff<F>> {
  const warm = workerChild()
  const pid = warm.child.pid ?? 0
  const before = cpuSeconds(pid)
  let watch: ReturnType<typeof setInterval> | undefined
  const overLimit = new Promise<never>((_, reject) => {
    watch = setInterval(() => {
      const used = cpuSeconds(pid) - before
      if (used <= START_CPU_LIMIT_S) return
      reject(new Error(`the BFF process used ${used.toFixed(0)} s of CPU without becoming ready (limit ${START_CPU_LIMIT_S} s); its output is above`))
      warm.child.kill()
    }, 2_000)
  })
  const { ready: origin, scenario } = await Promise.race([warm.call<Opened>('open', [options.fixture]), overLimit]).finally(() => clearInterval(watch))
  process.env.TARO_APP_API_BASE = origin
  const bff: BffProcess = {
    origin,
    make: (fn, ...args) => warm.call(fn, args),
    tokenFor: (user) => warm.call('tokenFor', [user]),
  }
  return { ...scenario, ...bff } as RealBff<F>
}

/** Ends the file's database, app and server; the process stays for the worker's next file. */
async function releaseBff() {
  delete process.env.TARO_APP_API_BASE
  const warm = worker[SLOT]
  if (warm?.child.connected) await warm.call('release', [])
}

// Pages here wait on a real BFF on a shared 2-core machine: find*/waitFor get more than setup.ts's 5 s,
// and each test (some build their people and events through the BFF first) more than the project's 20 s.
const WAIT_TIMEOUT = 15_000
const TEST_TIMEOUT = 60_000

/**
 * The real BFF for the test file that calls this at its top level, with the named fixture's scenario:
 * started before its tests (fields filled in then), stopped after. Each test starts at `/` with toasts
 * silenced (jsdom has no native toast) and leaves its spies and URL behind.
 */
export function useRealBff<F extends FixtureName | undefined = undefined>(fixture?: F): RealBff<F> {
  // Set per file, not when this module loads: files share one module graph (no isolation, decision 103), so a
  // module-level call would run for the first such file of a worker only, and setup.ts sets 5 s again per file.
  configure({ asyncUtilTimeout: WAIT_TIMEOUT })
  vi.setConfig({ testTimeout: TEST_TIMEOUT })
  const bff = {} as RealBff<F>
  beforeAll(async () => {
    Object.assign(bff, await startRealBff({ fixture }))
  }, START_WALL_MS)
  beforeEach(() => {
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    openAt('')
  })
  // Also when the start failed half-way: the worker's next file must not meet this one's database.
  afterAll(() => releaseBff())
  return bff
}

/** Records each Taro.request as "METHOD /path" into `calls` while still sending it to the real BFF. */
/**
 * WeChat's consent dialog, which jsdom has not (the part under test is the page that asks): the student accepts the
 * first template asked and rejects the second. The call goes into `calls` in order with the page's requests; answers
 * the template ids of each call.
 */
export function answerSubscribeDialog(calls: string[]) {
  const asked: string[][] = []
  vi.spyOn(Taro, 'requestSubscribeMessage').mockImplementation(((options: { tmplIds: string[] }) => {
    calls.push('requestSubscribeMessage')
    asked.push(options.tmplIds)
    return Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', [options.tmplIds[0]!]: 'accept', [options.tmplIds[1]!]: 'reject' })
  }) as unknown as typeof Taro.requestSubscribeMessage)
  return asked
}

export function recordRequests(calls: string[] = []) {
  const request = Taro.request
  vi.spyOn(Taro, 'request').mockImplementation(((options: Taro.request.Option) => {
    calls.push(`${options.method ?? 'GET'} ${new URL(options.url).pathname}`)
    return request(options)
  }) as typeof Taro.request)
  return calls
}
