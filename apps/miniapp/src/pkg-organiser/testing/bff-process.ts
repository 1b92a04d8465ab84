/**
 * Runs in its own Node process (tsx), started by real-bff.ts: the BFF's test harness (a fresh migrated
 * PGlite database, the fake WeChat server) served on loopback. The parent asks for test data over IPC.
 */
import { serve } from '@hono/node-server'
import { createHarness } from '@zhilian/bff/testing/harness'
import * as factories from '@zhilian/db/factories'
import type { AddressInfo } from 'node:net'

type Call = { id: number; fn: string; args: unknown[] }

const h = await createHarness()
const server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 })
server.once('listening', () => process.send?.({ ready: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }))

const calls: Record<string, (...args: never[]) => Promise<unknown>> = {
  ...(factories as unknown as Record<string, (...args: never[]) => Promise<unknown>>),
  tokenFor: async (user: Parameters<typeof h.tokenFor>[0]) => h.tokenFor(user),
}

process.on('message', (message: Call) => {
  const run = async () => {
    const fn = calls[message.fn]
    if (!fn) throw new Error(`unknown call ${message.fn}`)
    // Factories take the database first; tokenFor does not.
    return message.fn === 'tokenFor' ? fn(...(message.args as never[])) : fn(...([h.prisma, ...message.args] as never[]))
  }
  run().then(
    (value) => process.send?.({ id: message.id, value: JSON.parse(JSON.stringify(value ?? null)) }),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
  )
})

process.on('disconnect', () => {
  server.close()
  void h.close().finally(() => process.exit(0))
})
