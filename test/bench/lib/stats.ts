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

/**
 * Runs `fn` from `concurrency` loops for `durationMs` and reports throughput and latency, the way
 * autocannon does for HTTP, so a raw-driver run and an HTTP run are measured alike.
 */
export async function closedLoop(label: string, concurrency: number, durationMs: number, fn: () => Promise<unknown>): Promise<LoadResult> {
  const samples: number[] = []
  let errors = 0
  const end = performance.now() + durationMs
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now()
        try { await fn() } catch { errors++ }
        samples.push(performance.now() - t)
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  samples.sort((a, b) => a - b)
  return { label, requests: samples.length, errors, rps: samples.length / elapsed, p50: percentile(samples, 50), p99: percentile(samples, 99) }
}

export function printTable(rows: LoadResult[]): void {
  console.log('| run | requests | errors | req/s | p50 ms | p99 ms | server CPU µs/req |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const r of rows) {
    const cpu = r.cpuUsPerRequest === undefined ? '—' : r.cpuUsPerRequest.toFixed(0)
    console.log(`| ${r.label} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${cpu} |`)
  }
}
