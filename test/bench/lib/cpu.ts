import { readdirSync, readFileSync } from 'node:fs'

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

/**
 * The CPU time (µs) of each PostgreSQL backend serving `database`, by pid, from /proc: a backend's process title reads
 * `postgres: [<cluster>:] <user> <database> <client> <state>`. Two readings around a run give the database's own CPU per request
 * (`backendCpuSince`), the part of a one-statement path no Node profile shows.
 */
export function backendCpu(database: string): Map<number, number> {
  const cpu = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (title.startsWith('postgres: ') && title.split(' ').includes(database)) cpu.set(Number(entry), cpuMicros(Number(entry)))
    } catch {
      // the process ended between the listing and the read
    }
  }
  return cpu
}

/** CPU (µs) the database's backends used since `before`; a backend that ended meanwhile is not counted. */
export function backendCpuSince(database: string, before: Map<number, number>): number {
  let sum = 0
  for (const [pid, micros] of backendCpu(database)) sum += micros - (before.get(pid) ?? 0)
  return sum
}
