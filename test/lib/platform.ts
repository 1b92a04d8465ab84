/**
 * Starts the real platform (BFF + built H5 app) as a child process on a free port, on its own
 * data folder (embedded database, per-install secret; or DATABASE_URL when given), in demo mode unless
 * told otherwise, and waits until /api/health answers.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '../../scripts/free-port.mjs'
import { cpuSeconds } from '../../scripts/process-cpu.mjs'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface RunningPlatform {
  url: string
  /** The server's process id, for benchmarks that read its CPU time from /proc. */
  pid: number
  /** Stops the server; answers whether it exited on SIGTERM by itself (closing its database) rather than being killed. */
  stop(): Promise<boolean>
  logs(): string
}

/**
 * A start is bounded by the server's own CPU time (scripts/process-cpu.mjs): a start on a seeded copy costs seconds and
 * a fresh one with migrations and the demo seed well under a minute, so past 5 CPU minutes it is broken, not slow. The
 * clock only stops a server that hangs without using CPU; a wall limit short enough to mean more failed the CI's
 * seeded-folder start at load 18.
 */
const START_CPU_LIMIT_S = 300
const START_WALL_LIMIT_MS = 30 * 60_000

export async function startPlatform(extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RunningPlatform> {
  // A caller that must stay inside a port range passes PORT (or the run sets PLATFORM_PORT, for suites that start
  // the platform through phoneSession); otherwise any free port.
  const fixed = extraEnv.PORT ?? process.env.PLATFORM_PORT
  const port = fixed ? Number(fixed) : await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'zl-platform-'))
  // A run's template (seeded-template.ts): this start copies a migrated and seeded folder instead of seeding its own.
  const template = process.env.PLATFORM_TEMPLATE_DIR
  if (template && usesOwnEmbeddedDemo(extraEnv)) cpSync(template, dataDir, { recursive: true })
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(repoRoot, 'apps/bff/src/main.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      // Demo mode (the demo accounts, one-tap sign-in, the seeded data set) as `npm start` runs it: never in
      // production, loopback only, and the data folder's own per-install secret.
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + START_WALL_LIMIT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${output}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) break
    } catch { /* not listening yet */ }
    const cpu = cpuSeconds(child.pid ?? 0)
    if (cpu > START_CPU_LIMIT_S || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`platform did not answer /api/health (${cpu.toFixed(0)} s of CPU, limit ${START_CPU_LIMIT_S}):\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    pid: child.pid!,
    logs: () => output,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
      const clean = child.exitCode !== null
      if (!clean) child.kill('SIGKILL')
      rmSync(dataDir, { recursive: true, force: true })
      return clean
    },
  }
}

/** Whether a start with these variables runs the default demo platform on the data folder startPlatform made. */
function usesOwnEmbeddedDemo(extraEnv: Record<string, string>): boolean {
  const env = { ...process.env, ...extraEnv }
  return !('DATA_DIR' in extraEnv) && !env.DATABASE_URL && env.DEMO_MODE !== 'false'
}
