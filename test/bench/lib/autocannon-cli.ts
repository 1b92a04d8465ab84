import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import { cpuMicros } from './cpu'
import type { LoadResult } from './stats'

const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

interface AutocannonJson {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  non2xx: number; errors: number; timeouts: number
}

const run = (url: string, connections: number, seconds: number) =>
  promisify(execFile)(process.execPath, [cli, '--json', '-c', String(connections), '-d', String(seconds), url], { maxBuffer: 64 << 20 })

/**
 * HTTP load from autocannon's CLI in a process of its own, so the load generator never shares an event loop
 * (or a CPU account) with the server; `serverPid`'s CPU per request is read from /proc around the run. A short
 * unmeasured warm-up first, so JIT compilation and pool connects are not counted as per-request work; then the
 * server's idle CPU over `idleSeconds` (timers, the BFF's reminder queue polling), subtracted pro rata, so the
 * figure is the work one request causes.
 */
export async function loadFromCli(label: string, url: string, serverPid: number, opts: { connections: number; seconds: number; warmupSeconds?: number; idleSeconds?: number }): Promise<LoadResult> {
  await run(url, opts.connections, opts.warmupSeconds ?? 3)
  const idleSeconds = opts.idleSeconds ?? 5
  const idleStart = cpuMicros(serverPid)
  await new Promise((r) => setTimeout(r, idleSeconds * 1000))
  const idlePerSecond = (cpuMicros(serverPid) - idleStart) / idleSeconds
  const before = cpuMicros(serverPid)
  const started = performance.now()
  const { stdout } = await run(url, opts.connections, opts.seconds)
  const cpu = cpuMicros(serverPid) - before - idlePerSecond * ((performance.now() - started) / 1000)
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
