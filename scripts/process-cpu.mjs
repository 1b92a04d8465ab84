/**
 * CPU time a process has used so far. Starts of the platform are bounded by the server's own CPU, not by the clock:
 * on the shared two-core machine a start that needs a few CPU seconds can take minutes of wall time (decision 058:
 * 22 min of wall for 2 min of CPU at load 40; 2026-12-07: the CI's seeded-folder start missed a 180 s wall limit at
 * load 18). Plain JavaScript so the quick-start checker (start-smoke.mjs), which runs without a TypeScript loader,
 * shares it with the test harnesses.
 */
import { readFileSync } from 'node:fs'

/** User + system CPU seconds of a process so far (Linux /proc; 0 elsewhere, leaving the caller's wall limit). */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100 // utime and stime, in the kernel's 100 Hz ticks
  } catch {
    return 0
  }
}
