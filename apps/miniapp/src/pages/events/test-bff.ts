/**
 * The real BFF with a small fair scenario (real-bff.fixture.ts) in a child process, for page tests that
 * should render what the server really answers. Test files only.
 */
import Taro from '@tarojs/taro'
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'

export interface Scenario {
  origin: string
  /** Tokens: the organising college member, a student registered with two overlapping sessions planned, a student registered for nothing but the cancelled roadshow (its notice in their inbox). */
  organiser: string
  planner: string
  newcomer: string
  /** A student (not registered) who booked the fair's `taken` interview slot and nothing else. */
  interviewee: string
  /** Event ids: an onsite fair 10 days ahead (capacity 2), an online fair, a cancelled roadshow. */
  fair: string
  online: string
  cancelled: string
  /** The fair's two sessions, 10:00–11:00 and 10:30–11:30 Shanghai time. */
  talk: string
  clinic: string
  /** Interview slots at the fair's one approved booth (潍柴动力, 整机展区 A-08): 10:15–10:45 (clashes with both sessions), 13:00–13:30, 14:00–14:30 (booked by `interviewee`). */
  slots: { clash: string; spare: string; taken: string }
}

export interface RealBff extends Scenario { close(): Promise<void> }

// Not `new URL('./…', import.meta.url)`: jsdom mode rewrites that into a web URL.
const fixture = join(dirname(fileURLToPath(import.meta.url)), 'real-bff.fixture.ts')

export async function startRealBff(): Promise<RealBff> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } })
  let output = ''
  const scenario = await new Promise<Scenario>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output += String(d)
      const line = output.split('\n').find((l) => l.startsWith('READY '))
      if (line) resolve(JSON.parse(line.slice(6)) as Scenario)
    })
    child.stderr.on('data', (d: Buffer) => (output += String(d)))
    child.once('exit', (code) => reject(new Error(`real BFF exited with ${code}:\n${output}`)))
  })
  process.env.TARO_APP_API_BASE = scenario.origin
  return {
    ...scenario,
    async close() {
      delete process.env.TARO_APP_API_BASE
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Records each Taro.request as "METHOD /path" into `calls` while still sending it to the real BFF. */
export function recordRequests(calls: string[] = []) {
  const request = Taro.request
  vi.spyOn(Taro, 'request').mockImplementation(((options: Taro.request.Option) => {
    calls.push(`${options.method ?? 'GET'} ${new URL(options.url).pathname}`)
    return request(options)
  }) as typeof Taro.request)
  return calls
}
