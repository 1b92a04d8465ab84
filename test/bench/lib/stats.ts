/** Latency summaries from raw samples (milliseconds). */
export function percentile(sortedMs: number[], p: number): number {
  if (!sortedMs.length) return NaN
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1))
  return sortedMs[i]!
}

export interface LoadResult {
  label: string; requests: number; errors: number; rps: number; p50: number; p99: number
  /** The server process's CPU per request (user + system, from /proc, net of its idle CPU), when the run measured it. */
  cpuUsPerRequest?: number
}

export function printTable(rows: LoadResult[]): void {
  console.log('| run | requests | errors | req/s | p50 ms | p99 ms | server CPU µs/req |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const r of rows) {
    const cpu = r.cpuUsPerRequest === undefined ? '—' : r.cpuUsPerRequest.toFixed(0)
    console.log(`| ${r.label} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${cpu} |`)
  }
}

/**
 * Wall and this process's CPU time of each sample (sorted), and a one-line summary: on a shared, loaded machine
 * the wall time mostly measures waiting for a core, the CPU time the work done.
 */
export function wallAndCpu() {
  const wall: number[] = []
  const cpu: number[] = []
  return {
    time<T>(fn: () => T): T {
      const c = process.cpuUsage()
      const t = performance.now()
      const out = fn()
      wall.push(performance.now() - t)
      const used = process.cpuUsage(c)
      cpu.push((used.user + used.system) / 1000)
      return out
    },
    summary() {
      const [w, c] = [[...wall].sort((a, b) => a - b), [...cpu].sort((a, b) => a - b)]
      return `p50 ${percentile(w, 50).toFixed(1)} ms, p95 ${percentile(w, 95).toFixed(1)} ms wall; CPU p50 ${percentile(c, 50).toFixed(1)} ms, p95 ${percentile(c, 95).toFixed(1)} ms`
    },
  }
}
