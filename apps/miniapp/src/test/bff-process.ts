/**
 * Runs in its own Node process (tsx), forked by real-bff.ts, and serves one test file after another (decision 109):
 * the BFF's module graph loads once, the costly third of a start. For each file (`open`) it builds what a fresh
 * process built: the BFF's test harness (a fresh migrated PGlite database, the fake WeChat server, a new app), the
 * named fixture's scenario on it, and a server on a new loopback port; it answers `{ ready: origin, scenario }`.
 * Then it answers that file's calls for more test data (`make` a factory, `tokenFor` a user) until `release`, which
 * stops the server and closes the database and the fake. The BFF keeps no state of its own across databases in one
 * process (its caches are per database, apps/bff/src/lib/per-database.ts). Stops when the parent disconnects.
 */
import { serve } from '@hono/node-server'
import { createHarness, type Harness } from '@zhilian/bff/testing/harness'
import * as factories from '@zhilian/db/factories'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

type Request = { id: number } & ({ fn: 'open'; args: [fixture?: string] } | { fn: 'release' | 'tokenFor' | string; args: unknown[] })
type Fixture = { default: (h: Harness) => Promise<unknown> }
type Fn = (...args: never[]) => Promise<unknown>

/** The open file's database, app and server; none between files. */
let current: { h: Harness; close(): Promise<void> } | undefined
const builders = factories as unknown as Record<string, Fn>

async function release() {
  const was = current
  current = undefined
  await was?.close()
}

// Listened for first: the parent (a stopped test run, an ended vitest worker) may go away while a database loads.
process.once('disconnect', () => void release().finally(() => process.exit(0)))

async function open(fixture: string | undefined) {
  // A file whose start failed half-way may not have released; nothing of it reaches this one.
  await release()
  const h = await createHarness()
  const stop = { h, close: () => h.close() }
  current = stop
  const file = fixture && pathToFileURL(join(fileURLToPath(new URL('./fixtures/', import.meta.url)), `${fixture}.ts`)).href
  const scenario = file ? await ((await import(file)) as Fixture).default(h) : {}
  const server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise((resolve) => server.once('listening', resolve))
  stop.close = async () => {
    // New connections refused, kept-alive ones dropped: the next file's pages talk to a new port and a new app.
    server.close()
    if ('closeAllConnections' in server) server.closeAllConnections()
    await h.close()
  }
  return { ready: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, scenario }
}

async function run(message: Request): Promise<unknown> {
  if (message.fn === 'open') return open(message.args[0] as string | undefined)
  if (message.fn === 'release') return release()
  if (!current) throw new Error(`${message.fn} with no test file's BFF open`)
  const { h } = current
  if (message.fn === 'tokenFor') return h.tokenFor(...(message.args as Parameters<Harness['tokenFor']>))
  const make = builders[message.fn]
  if (!make) throw new Error(`unknown factory ${message.fn}`)
  // Factories take the database first.
  return make(...([h.prisma, ...message.args] as never[]))
}

process.on('message', (message: Request) => {
  run(message).then(
    (value) => process.send?.({ id: message.id, value: JSON.parse(JSON.stringify(value ?? null)) }),
    (error: unknown) => process.send?.({ id: message.id, error: error instanceof Error ? (error.stack ?? String(error)) : String(error) }),
  )
})
