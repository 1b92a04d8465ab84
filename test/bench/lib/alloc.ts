import { GCProfiler, getHeapStatistics } from 'node:v8'

export interface Weighed { requests: number; cpuMicros: number; kib: number; gcMicros: number; collections: number }

/**
 * What `n` calls of `fn`, one after another, cost this process per call (decision 081): CPU time of all threads (so V8's
 * collector helpers count), bytes allocated on V8's heap, and main-thread time in the collector. Bytes allocated are the
 * heap's growth plus what every collection in between freed (V8's `GCProfiler` reports the heap before and after each),
 * so they count short-lived garbage the heap's size alone never shows. Steadier than wall time on a shared machine.
 */
export async function weigh(n: number, fn: (i: number) => Promise<unknown>): Promise<Weighed> {
  const profiler = new GCProfiler()
  const used0 = getHeapStatistics().used_heap_size
  const cpu0 = process.cpuUsage()
  profiler.start()
  for (let i = 0; i < n; i++) await fn(i)
  const used1 = getHeapStatistics().used_heap_size
  const cpu = process.cpuUsage(cpu0)
  const { statistics } = profiler.stop()
  let freed = 0
  let gc = 0
  for (const s of statistics) {
    freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize
    gc += s.cost
  }
  return {
    requests: n,
    cpuMicros: (cpu.user + cpu.system) / n,
    kib: (used1 - used0 + freed) / 1024 / n,
    gcMicros: gc / n,
    collections: statistics.length,
  }
}

export const describeWeighed = (w: Weighed) =>
  `${w.cpuMicros.toFixed(1)} µs CPU, ${w.kib.toFixed(1)} KiB allocated, ${w.gcMicros.toFixed(1)} µs in the collector per request (${w.requests} requests, ${w.collections} collections)`
