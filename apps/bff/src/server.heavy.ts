import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '../../../scripts/free-port.mjs'
import { ProblemSchema } from '@zhilian/shared'
import { HealthSchema } from '@zhilian/shared/contracts/common'
import { afterAll, describe, expect, it } from 'vitest'

const tmp = await mkdtemp(path.join(os.tmpdir(), 'zhilian-bff-server-'))
afterAll(() => rm(tmp, { recursive: true, force: true }))

async function waitFor(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url)
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

/** Bytes sent as they are (fetch would encode them); the whole answer as text. */
function rawRequest(port: number, request: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request))
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', reject)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

describe('main.ts', () => {
  it('starts on an embedded database, serves the API and the missing-build page, and stops cleanly on SIGTERM', async () => {
    const port = await freePort()
    // tsx as a loader in the server's own process, as `npm start` runs it: the tsx CLI would stand between
    // the signal and the server and SIGKILL a server whose event loop is busy for 30 ms (exit code 143).
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-like-secret-of-enough-length',
        PORT: String(port),
        HOST: '127.0.0.1',
        PGLITE_DATA_DIR: path.join(tmp, 'pglite'),
        H5_DIST: path.join(tmp, 'no-h5-here'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/api/health`, Date.now() + 90_000)
      expect(HealthSchema.parse(await health.json()).db).toBe('pglite')
      // Idle connections outlive the 60 s of proxies and clients in front (lib/keep-alive.ts); Node's own 5 s reset
      // requests sent on a socket it was closing.
      expect(health.headers.get('keep-alive')).toBe('timeout=65')
      const home = await fetch(`http://127.0.0.1:${port}/`)
      expect(home.status).toBe(503)
      expect(await home.text()).toContain('npm run build:h5')
      expect(output).toContain(`http://127.0.0.1:${port}/`)
      // A production database is never seeded: start-up loads the reference data, so a unit can pick its city.
      const { items: cities } = (await (await fetch(`http://127.0.0.1:${port}/api/reference/cities`)).json()) as { items: unknown[] }
      expect(cities).toHaveLength(16)
      // Decision 100: an address Node's parser refuses (a raw byte a client did not encode) gets the one error
      // format too. Before, Node answered itself: 400 with no body.
      const refused = await rawRequest(port, Buffer.concat([Buffer.from('GET /api/jobs?q='), Buffer.from('数控', 'utf8'), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]))
      expect(refused.slice(0, refused.indexOf('\r\n'))).toBe('HTTP/1.1 400 Bad Request')
      expect(ProblemSchema.parse(JSON.parse(refused.slice(refused.indexOf('\r\n\r\n') + 4))).message).toContain('须经 URL 编码')
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  }, 120_000)
})

const mainTs = fileURLToPath(new URL('./main.ts', import.meta.url))
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', JWT_SECRET: 'a-production-like-secret-of-enough-length', HOST: '127.0.0.1', H5_DIST: path.join(tmp, 'no-h5-here'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

describe('one writer per embedded database', () => {
  it('refuses a second server on the same folder, naming the first, and a second on the same port before touching any folder', async () => {
    const folder = path.join(tmp, 'shared-pglite')
    const [portA, portB] = [await freePort(), await freePort()]
    const first = startMain({ PORT: String(portA), PGLITE_DATA_DIR: folder })
    try {
      await waitFor(`http://127.0.0.1:${portA}/api/health`, Date.now() + 90_000)
      const owner = JSON.parse(readFileSync(`${folder}.lock`, 'utf8')) as { pid: number }
      expect(owner.pid).toBe(first.child.pid)

      const second = startMain({ PORT: String(portB), PGLITE_DATA_DIR: folder })
      expect(await second.exited).toBe(1)
      expect(second.output()).toContain(`pid ${first.child.pid}`)
      expect(second.output()).toMatch(/正被另一个进程使用[\s\S]*in use by another process/)

      const untouched = path.join(tmp, 'never-opened')
      const third = startMain({ PORT: String(portA), PGLITE_DATA_DIR: untouched })
      expect(await third.exited).toBe(1)
      expect(third.output()).toContain(`端口 ${portA} 已被`)
      expect(existsSync(untouched)).toBe(false)
      expect(existsSync(`${untouched}.lock`)).toBe(false)

      // The first one never noticed.
      expect((await fetch(`http://127.0.0.1:${portA}/api/health`)).status).toBe(200)
    } finally {
      first.child.kill('SIGTERM')
    }
    expect(await first.exited).toBe(0)
    expect(existsSync(`${folder}.lock`)).toBe(false)
  }, 180_000)
})
