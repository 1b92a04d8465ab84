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

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface RunningPlatform {
  url: string
  /** The server's process id, for benchmarks that read its CPU time from /proc. */
  pid: number
  /** Stops the server; answers whether it exited on SIGTERM by itself (closing its database) rather than being killed. */
  stop(): Promise<boolean>
  logs(): string
}

export async function startPlatform(extraEnv: Record<string, string> = {}, timeoutMs = 180_000, nodeArgs: string[] = []): Promise<RunningPlatform> {
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
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`platform exited with ${child.exitCode}:\n${output}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) break
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`platform did not start in ${timeoutMs} ms:\n${output}`) }
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
