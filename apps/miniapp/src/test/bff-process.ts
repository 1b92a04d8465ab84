/**
 * Runs in its own Node process (tsx), forked by real-bff.ts: the BFF's test harness (a fresh migrated
 * PGlite database, the fake WeChat server), the named fixture's scenario built on it, then the app on a
 * loopback port. Tells the parent `{ ready: origin, scenario }` over IPC, then answers its calls for more
 * test data (`make` a factory, `tokenFor` a user). Stops when the parent disconnects.
 */
import { serve } from '@hono/node-server'
import { createHarness, type Harness } from '@zhilian/bff/testing/harness'
import * as factories from '@zhilian/db/factories'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

type Call = { id: number; fn: string; args: unknown[] }
type Fixture = { default: (h: Harness) => Promise<unknown> }

// Listened for first: the parent (a stopped test run) may go away while the database is still loading.
let close = async () => {}
process.once('disconnect', () => void close().finally(() => process.exit(0)))

const h = await createHarness()
close = () => h.close()
const fixture = process.argv[2]
const file = fixture && pathToFileURL(join(fileURLToPath(new URL('./fixtures/', import.meta.url)), `${fixture}.ts`)).href
const scenario = file ? await ((await import(file)) as Fixture).default(h) : {}
const server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 })
close = async () => {
  server.close()
  await h.close()
}
server.once('listening', () => process.send?.({ ready: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, scenario }))

type Fn = (...args: never[]) => Promise<unknown>
const builders = factories as unknown as Record<string, Fn>

process.on('message', (message: Call) => {
  const run = async () => {
    if (message.fn === 'tokenFor') return h.tokenFor(...(message.args as Parameters<Harness['tokenFor']>))
    const make = builders[message.fn]
    if (!make) throw new Error(`unknown factory ${message.fn}`)
    // Factories take the database first.
    return make(...([h.prisma, ...message.args] as never[]))
  }
  run().then(
    (value) => process.send?.({ id: message.id, value: JSON.parse(JSON.stringify(value ?? null)) }),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
  )
})
