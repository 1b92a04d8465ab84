import { createStudent } from '@zhilian/db/factories'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, type Harness } from '../testing/harness'
import { createBaseApp } from './create-app'
import { SECURITY_OPTIONS } from './response-headers'

/** Decision 049: answers carrying personal data must not stay in a browser's cache, and none may be sniffed or framed. */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const expectSecurityHeaders = (res: Response) => {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  expect(res.headers.get('strict-transport-security')).toBe('max-age=15552000')
  // The API is for our own origin only: no CORS grant to any other site.
  expect(res.headers.get('access-control-allow-origin')).toBeNull()
}

describe('response headers', () => {
  it('forbids caching a student\'s résumé and data export, and sends the security headers', async () => {
    const user = await createStudent(h.prisma)
    const headers = bearer(await h.tokenFor(user))
    for (const path of ['/api/profile', '/api/profile/export', '/api/me', '/api/applications/mine']) {
      const res = await h.app.request(path, { headers })
      expect(res.status, path).toBe(200)
      expect(res.headers.get('cache-control'), path).toBe('no-store')
      expectSecurityHeaders(res)
    }
  })

  it('forbids caching problem answers too, and answers a cross-site preflight without a CORS grant', async () => {
    const refused = await h.app.request('/api/profile')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expectSecurityHeaders(refused)
    const preflight = await h.app.request('/api/profile', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull()
  })

  it('sends every header Hono\'s secureHeaders() sends for our options, with its value, and no X-Powered-By', async () => {
    // The reference: secureHeaders with the same options on a bare app. A cheaper way of setting them (decision 070
    // measured one) must keep every one of these.
    const reference = new Hono().use(secureHeaders(SECURITY_OPTIONS)).get('/', (c) => c.text(''))
    const expected = [...(await reference.request('/')).headers].filter(([name]) => name !== 'content-type')
    expect(expected.length).toBeGreaterThanOrEqual(11)
    // A handler that sets one of them, and X-Powered-By, gets ours and none.
    const own = createBaseApp(h.deps).get('/api/own-headers', (c) => {
      c.header('X-Powered-By', 'Express')
      c.header('X-Frame-Options', 'ALLOWALL')
      return c.json({})
    })
    for (const res of [await h.app.request('/api/profile'), await h.app.request('/api/health'), await own.request('/api/own-headers')]) {
      const sent = Object.fromEntries(res.headers)
      for (const [name, value] of expected) expect(sent[name], name).toBe(value)
      expect(sent['x-powered-by']).toBeUndefined()
    }
  })

  it('keeps the caching a route chose for itself (Swagger UI files)', async () => {
    const res = await h.app.request('/api/docs/swagger-ui-dist/swagger-ui.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400')
    expectSecurityHeaders(res)
  })
})
