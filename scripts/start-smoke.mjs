/**
 * The README's quick start on whichever Node runs this file (.ci/run runs it on Node 24 LTS, decision 058): starts
 * the platform exactly as `npm start` does (the package.json `start` command, so demo mode on the embedded PGlite
 * database, demo data seeded on first start, BFF and H5 on one port) in a fresh temporary data folder, checks that
 * the health endpoint, a public API route and the H5 index answer, then stops it with SIGTERM and expects a clean exit.
 * Needs the H5 build (`npm run build:h5`); `npm start` would otherwise build it first, which is not what is checked.
 * Plain JavaScript so that the checker itself needs no loader. Exit code 0 when every check passed.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './free-port.mjs'
import { cpuSeconds } from './process-cpu.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
// The start-up is bounded by the server's own CPU time, not by the clock: on the shared two-core machine at load ≈ 40
// the template migration alone took 22 min of wall time for 2 min of CPU (decision 058), so any wall limit short
// enough to mean something fails there. Migrations and the demo seed cost a few CPU minutes; past 10 the start is
// broken, not slow. The wall limit only stops a server that hangs without using CPU.
const START_CPU_LIMIT_S = 600
const START_WALL_LIMIT_MS = 60 * 60_000
const STOP_LIMIT_MS = 30_000

/** The arguments `npm start` passes to node, read from package.json so the two cannot drift apart. */
function startArgs() {
  const command = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start
  const [program, ...args] = command.split(/\s+/)
  if (program !== 'node') throw new Error(`package.json "start" no longer runs node directly: ${command}`)
  return args
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts `npm start`'s command; resolves once /api/health answers, or rejects with the server's output. */
async function start(dataDir) {
  const port = await freePort()
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }
  // The quick start's defaults, whatever the calling shell has set.
  for (const name of ['DATABASE_URL', 'NODE_ENV', 'HOST', 'DEMO_MODE', 'JWT_SECRET', 'PGLITE_DATA_DIR', 'H5_DIST']) delete env[name]
  const child = spawn(process.execPath, startArgs(), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + START_WALL_LIMIT_MS
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const error = new Error(`the platform exited (${child.exitCode ?? child.signalCode}) before answering:\n${output}`)
      error.portTaken = output.includes(`Port ${port} `) || output.includes('EADDRINUSE')
      throw error
    }
    const health = await fetch(`${url}/api/health`).catch(() => undefined)
    if (health?.ok) return { child, exited, url, health: await health.json(), output: () => output }
    const cpu = cpuSeconds(child.pid)
    if (cpu > START_CPU_LIMIT_S || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the platform did not answer /api/health (${cpu.toFixed(0)} s of CPU, limit ${START_CPU_LIMIT_S}):\n${output}`)
    }
    await sleep(500)
  }
}

async function startWithRetry(dataDir) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(dataDir)
    } catch (error) {
      if (!error.portTaken || attempt === 3) throw error
      console.log(`port taken by another process before the server bound it; trying another (attempt ${attempt + 1})`)
    }
  }
}

const failures = []
const check = (what, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`)
  if (!ok) failures.push(what)
}

if (!existsSync(join(root, 'apps/miniapp/dist/h5/index.html'))) {
  console.error('no H5 build: run `npm run build:h5` first')
  process.exit(1)
}
const dataDir = mkdtempSync(join(tmpdir(), 'zl-start-smoke-'))
const started = Date.now()
try {
  const platform = await startWithRetry(dataDir)
  const cpu = cpuSeconds(platform.child.pid).toFixed(1)
  console.log(`Node ${process.version}: ${platform.url} answered after ${((Date.now() - started) / 1000).toFixed(1)} s (server CPU ${cpu} s)`)
  try {
    const { health } = platform
    check('GET /api/health: ok, embedded database, demo mode', health.status === 'ok' && health.db === 'pglite' && health.demo === true, JSON.stringify(health))
    const jobs = await fetch(`${platform.url}/api/jobs?limit=1`)
    const body = jobs.ok ? await jobs.json() : undefined
    check('GET /api/jobs (public): a seeded demo job', jobs.status === 200 && Array.isArray(body?.items) && body.items.length === 1, `HTTP ${jobs.status}`)
    const index = await fetch(`${platform.url}/`)
    const html = index.ok ? await index.text() : ''
    const built = readFileSync(join(root, 'apps/miniapp/dist/h5/index.html'), 'utf8')
    // Demo mode marks the page itself (<html data-demo>) so the first render draws the 演示模式 banner.
    const served = html.replace(/<html data-demo/i, '<html')
    check('GET /: the built H5 index, marked as demo', index.status === 200 && html.includes('<html data-demo') && served === built, `HTTP ${index.status}`)
  } finally {
    platform.child.kill('SIGTERM')
    const code = await Promise.race([platform.exited, sleep(STOP_LIMIT_MS).then(() => 'still running')])
    if (code === 'still running') platform.child.kill('SIGKILL')
    check('SIGTERM: stops cleanly', code === 0, `exit ${code}`)
    if (failures.length) console.log(platform.output())
  }
} catch (error) {
  check('starts as `npm start` does', false, error instanceof Error ? error.message : String(error))
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(failures.length ? 1 : 0)
