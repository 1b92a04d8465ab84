import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { CheckinCodeSchema } from '@zhilian/shared/contracts/checkin'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { liveNow, organiser, postEvent, register, student } from '../testing/event-fixtures'
import { createHarness, type Harness } from '../testing/harness'
import { SECURITY_OPTIONS } from './response-headers'

/**
 * What every answer carries on the wire (decisions 049, 087): over a real socket through the same listener `serve` uses
 * (its own file: the listener swaps the process's global Response for the adapter's lightweight one, as in
 * production), so a change to how answers are built cannot drop a security header on the path the tests'
 * `app.request` does not take.
 */
let h: Harness
let server: Server
let base: string
beforeAll(async () => {
  h = await createHarness()
  server = createServer(getRequestListener(h.app.fetch))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await h.close()
})

/** What node:http adds to every answer, what differs per answer by nature, and GETs' Vary (create-app.ts's compress step). */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'content-length', 'x-request-id', 'content-type', 'vary'])
const send = async (path: string, token?: string, body?: unknown) => {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'accept-encoding': 'identity' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  await res.arrayBuffer()
  return res
}
const shared = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => !PER_ANSWER.has(name)))

describe('response headers over HTTP', () => {
  it('gives a desk scan, its refusal and any other API answer the same header set, with the security headers and no-store', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const s = await student(h)
    await register(h, event.id, s.token)
    const { code } = CheckinCodeSchema.parse(await (await h.app.request(`/api/events/${event.id}/checkin-code`, { headers: { authorization: `Bearer ${s.token}` } })).json())

    const scanned = await send(`/api/events/${event.id}/checkins`, org.token, { code })
    expect(scanned.status).toBe(200)
    const refused = await send(`/api/events/${event.id}/checkins`, org.token, { code: 'not-a-code' })
    expect(refused.status).toBe(400)
    const me = await send('/api/me', s.token)
    expect(me.status).toBe(200)
    const unauthenticated = await send('/api/me')
    expect(unauthenticated.status).toBe(401)

    const reference = new Hono().use(secureHeaders(SECURITY_OPTIONS)).get('/', (c) => c.text(''))
    const expected = { ...shared(await reference.request('/')), 'cache-control': 'no-store' }
    for (const res of [scanned, refused, me, unauthenticated]) {
      expect(shared(res), res.url).toEqual(expected)
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/)
      expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0)
    }
    expect(scanned.headers.get('content-type')).toBe('application/json')
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
    expect([scanned, refused, me, unauthenticated].map((res) => res.headers.get('vary'))).toEqual([null, null, 'Accept-Encoding', 'Accept-Encoding'])
    expect(new Set([scanned, refused, me].map((res) => res.headers.get('x-request-id'))).size).toBe(3)
  })

  it('keeps a caller\'s request id, and a route\'s own Cache-Control and Content-Disposition', async () => {
    const s = await student(h)
    const res = await fetch(`${base}/api/profile/export`, { headers: { authorization: `Bearer ${s.token}`, 'x-request-id': 'desk-7-scan-42' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-request-id')).toBe('desk-7-scan-42')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="zhilian-export-/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const asset = await fetch(`${base}/api/docs/swagger-ui-dist/swagger-ui.css`)
    await asset.arrayBuffer()
    expect(asset.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(asset.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })
})
