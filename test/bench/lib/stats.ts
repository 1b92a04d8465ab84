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
