/**
 * How much of the page's main-thread task time was CPU, from the trace Lighthouse recorded: each trace task carries
 * its wall time (`dur`, what Lighthouse measures and multiplies by its simulated CPU slowdown) and the time its
 * thread actually ran (`tdur`). On an idle machine the two are close; on a shared, loaded one the main thread waits
 * for a core and the wall time grows with the load, not with the page's work. This is the figure that tells the
 * two apart (decision 025).
 */
interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { documentLoaderURL?: string } } }

export interface MainThreadCpu {
  /** Sum of the main thread's top-level tasks, wall time, ms. */
  wallMs: number
  /** The same tasks' thread (CPU) time, ms. */
  cpuMs: number
  /**
   * Blocking time as TBT counts it (each task's part beyond 50 ms, after the slowdown multiplier) over all the
   * page's tasks, from their wall times and from their CPU times. Not Lighthouse's figure (its simulation counts only
   * tasks after its simulated first paint): a like-for-like pair that shows how much is the machine waiting for a
   * core rather than the page working.
   */
  blockingWallMs: number
  blockingCpuMs: number
}

export function mainThreadCpu(events: TraceEvent[], slowdown: number): MainThreadCpu {
  const renderers = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const tasksOf = (t: TraceEvent) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
  const sum = (xs: TraceEvent[], k: 'dur' | 'tdur') => xs.reduce((s, e) => s + (e[k] ?? 0), 0)
  // The page's renderer is the one that navigated to it over HTTP; Lighthouse's trace also holds about:blank's.
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'))
  const main = renderers.find((t) => t.pid === start?.pid)
  if (!start || !main) return { wallMs: NaN, cpuMs: NaN, blockingWallMs: NaN, blockingCpuMs: NaN }
  const all = tasksOf(main).filter((t) => t.ts >= start.ts).sort((a, b) => a.ts - b.ts)
  // Top-level tasks only: a nested RunTask (a task run inside another) is already inside its parent's times.
  const tasks: TraceEvent[] = []
  for (const t of all) if (!tasks.length || t.ts >= tasks.at(-1)!.ts + tasks.at(-1)!.dur!) tasks.push(t)
  const blocking = (k: 'dur' | 'tdur') => tasks.reduce((s, t) => s + Math.max(0, ((t[k] ?? 0) / 1000) * slowdown - 50), 0)
  return {
    wallMs: sum(tasks, 'dur') / 1000,
    cpuMs: sum(tasks, 'tdur') / 1000,
    blockingWallMs: blocking('dur'),
    blockingCpuMs: blocking('tdur'),
  }
}
