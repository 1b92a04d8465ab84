import autocannon from 'autocannon'
import type { LoadResult } from './stats'

/** autocannon against one URL: a separate-process-grade HTTP load generator with HDR histograms. */
export async function httpLoad(label: string, url: string, opts: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const result = await autocannon({ url, connections: opts.connections, duration: opts.seconds, headers: opts.headers })
  const bad = result.non2xx + result.errors + result.timeouts
  return { label, requests: result.requests.total, errors: bad, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 }
}
