import { readFileSync } from 'node:fs'

/** Linux reports process times in clock ticks; 100 per second on every kernel we run (getconf CLK_TCK). */
const TICK_US = 10_000

/**
 * CPU time (user + system, µs) a process has used so far, from /proc/<pid>/stat. Read before and after a
 * load run, it gives the server's CPU per request: steadier than throughput on a shared machine, because
 * other tenants' load slows the clock but not the work done per request.
 */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces; fields after its closing parenthesis are plain.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * TICK_US // utime, stime are fields 14 and 15
}
