import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { cpuMicros } from './cpu'
import type { LoadResult } from './stats'

const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

interface AutocannonJson {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  non2xx: number; errors: number; timeouts: number
}

/**
 * `addresses`: each request from the next of that many client addresses (rotating-load.ts), for the counted runs;
 * `headers`: sent with every request (a signed-in caller's Authorization), by the CLI only.
 */
interface LoadOptions { connections: number; seconds: number; warmupSeconds?: number; idleSeconds?: number; addresses?: number; headers?: Record<string, string> }

const rotating = fileURLToPath(new URL('./rotating-load.ts', import.meta.url))

const run = (url: string, opts: LoadOptions, seconds: number) =>
  promisify(execFile)(
    process.execPath,
    opts.addresses
      ? ['--import', 'tsx', rotating, url, String(opts.connections), String(seconds), String(opts.addresses)]
      : [cli, '--json', '-c', String(opts.connections), '-d', String(seconds), ...Object.entries(opts.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url],
    { maxBuffer: 64 << 20 },
  )

/** The server's CPU per second while nothing is asked of it (timers, the BFF's reminder queue polling). */
async function idleCpuPerSecond(pid: number, seconds: number): Promise<number> {
  const start = cpuMicros(pid)
  await new Promise((r) => setTimeout(r, seconds * 1000))
  return (cpuMicros(pid) - start) / seconds
}

/** One measured run: autocannon's figures, and the server's CPU per request net of its idle CPU over the run. */
async function measure(label: string, url: string, pid: number, idlePerSecond: number, opts: LoadOptions): Promise<LoadResult> {
  const before = cpuMicros(pid)
  const started = performance.now()
  const { stdout } = await run(url, opts, opts.seconds)
  const cpu = cpuMicros(pid) - before - idlePerSecond * ((performance.now() - started) / 1000)
  const r = JSON.parse(stdout) as AutocannonJson
  return {
    label,
    requests: r.requests.total,
    errors: r.non2xx + r.errors + r.timeouts,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    cpuUsPerRequest: r.requests.total ? cpu / r.requests.total : NaN,
  }
}

/**
 * HTTP load from autocannon's CLI in a process of its own, so the load generator never shares an event loop
 * (or a CPU account) with the server; `serverPid`'s CPU per request is read from /proc around the run. A short
 * unmeasured warm-up first, so JIT compilation and pool connects are not counted as per-request work; then the
 * server's idle CPU over `idleSeconds`, subtracted pro rata, so the figure is the work one request causes.
 */
export async function loadFromCli(label: string, url: string, serverPid: number, opts: LoadOptions): Promise<LoadResult> {
  await run(url, opts, opts.warmupSeconds ?? 3)
  return measure(label, url, serverPid, await idleCpuPerSecond(serverPid, opts.idleSeconds ?? 5), opts)
}

export interface Target { label: string; url: string; pid: number }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!

/**
 * An endpoint and its raw line in alternating rounds (endpoint, raw, endpoint, raw …), both warmed and their idle
 * CPU read first, so a change in the machine's load between runs falls on both sides of a round's ratio instead of
 * on one server. Answers every round and the medians of the rounds' ratios: CPU (raw µs / endpoint µs) and req/s.
 * On this shared machine single pairs of runs minutes apart gave 0.52–0.78 by CPU for the same code (decision 039).
 */
export async function compareInRounds(endpoint: Target, raw: Target, opts: LoadOptions & { rounds: number }) {
  for (const t of [endpoint, raw]) await run(t.url, opts, opts.warmupSeconds ?? 3)
  const idleSeconds = opts.idleSeconds ?? 5
  const [endpointIdle, rawIdle] = [await idleCpuPerSecond(endpoint.pid, idleSeconds), await idleCpuPerSecond(raw.pid, idleSeconds)]
  const rounds: { endpoint: LoadResult; raw: LoadResult }[] = []
  for (let i = 0; i < opts.rounds; i++) {
    rounds.push({ endpoint: await measure(endpoint.label, endpoint.url, endpoint.pid, endpointIdle, opts), raw: await measure(raw.label, raw.url, raw.pid, rawIdle, opts) })
  }
  return {
    rounds,
    cpuRatio: median(rounds.map((r) => r.raw.cpuUsPerRequest! / r.endpoint.cpuUsPerRequest!)),
    rpsRatio: median(rounds.map((r) => r.endpoint.rps / r.raw.rps)),
  }
}
