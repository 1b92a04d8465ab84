/**
 * One measured run of desk or booth scans against a server in a process of its own (bench:checkins, bench:booth-scan):
 * the load comes from lib/scan-load.ts in a process of its own, the server's CPU from /proc around the run (net of
 * its idle CPU), PostgreSQL's from its backends serving the database, and the load process reports its own.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { backendCpu, backendCpuSince, cpuMicros } from './cpu'
import { BENCH_KEYS } from './server'

export interface Who { id: string; tokenVersion: number }

/** A child over IPC: resolves with its first message. */
const first = <T>(child: ChildProcess) => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)))

/** What scan-load.ts answers; `visits` holds, per student, each distinct `visitedAt` its booth scans were answered. */
interface LoadResult { latencies: number[]; firstTimes: Record<string, number>; visits: Record<string, string[]>; errors: number; seconds: number; cpuMicros: number }

export interface ScanJob { url: string; headers: Record<string, string>; identities?: Record<string, string>[]; eventId: string; clients: number }

/** The counted runs' per-client headers: each client its own account and its own address (TRUST_PROXY's last entry). */
export function identities(accounts: Who[], role: 'admin' | 'enterprise') {
  return Promise.all(accounts.map(async (who, k) => ({
    authorization: `Bearer ${await issueSessionToken(BENCH_KEYS.session, { id: who.id, role, tokenVersion: who.tokenVersion })}`,
    'x-forwarded-for': `10.8.${k >> 8}.${k & 255}`,
  })))
}

/** One load process's scans of `order` at `job.eventId`. */
export async function scans(job: ScanJob, order: string[]) {
  const child = fork(fileURLToPath(new URL('./scan-load.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] })
  await first(child)
  const done = first<LoadResult>(child)
  child.send({ ...job, students: order })
  return done
}

/** The server's CPU per second while nothing is asked of it (timers, the BFF's reminder queue polling). */
export async function idleCpuPerSecond(pid: number, seconds: number) {
  const idle0 = cpuMicros(pid)
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  return (cpuMicros(pid) - idle0) / seconds
}

/** The measured scans from a load process of its own, the server's CPU read around them net of `idlePerSecond`. */
export async function measureScans(serverPid: number, database: string, idlePerSecond: number, job: ScanJob, order: string[]) {
  const cpu0 = cpuMicros(serverPid)
  const db0 = backendCpu(database)
  const result = await scans(job, order)
  const cpu = cpuMicros(serverPid) - cpu0 - idlePerSecond * result.seconds
  const dbCpu = backendCpuSince(database, db0)
  result.latencies.sort((a, b) => a - b)
  return { ...result, cpuPerScan: cpu / order.length, dbCpuPerScan: dbCpu / order.length, loadCpuPerScan: result.cpuMicros / order.length, idlePerSecond }
}

export type Measured = Awaited<ReturnType<typeof measureScans>>

/** Every student once, every tenth one again right next to its first scan, so the two race. */
export function scanOrder(students: string[]): string[] {
  return students.flatMap((id, i) => (i % 10 === 0 ? [id, id] : [id]))
}

/** Students the server called first-time more than once (desk scans). */
export const duplicates = (r: Measured) => Object.values(r.firstTimes).reduce((sum, n) => sum + Math.max(0, n - 1), 0)
