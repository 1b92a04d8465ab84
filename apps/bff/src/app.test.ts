import { HealthSchema } from '@zhilian/shared/contracts/common'
import { hc } from 'hono/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppType } from './app'
import { createHarness, expectProblem, jsonInit, type Harness } from './testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('the app shell', () => {
  it('answers health with the database kind', async () => {
    const res = await h.app.request('/api/health')
    expect(res.status).toBe(200)
    const body = HealthSchema.parse(await res.json())
    expect(body.db).toBe(h.db.kind)
    expect(res.headers.get('x-request-id')).toMatch(/.+/)
  })

  it('answers an unknown route with a NOT_FOUND problem carrying the request id', async () => {
    const res = await h.app.request('/api/nowhere', { headers: { 'x-request-id': 'req-test-1' } })
    const problem = await expectProblem(res, 404, 'NOT_FOUND')
    expect(problem.requestId).toBe('req-test-1')
  })

  it('answers malformed JSON with a BAD_REQUEST problem', async () => {
    const res = await h.app.request('/api/auth/password', {
      method: 'POST',
      body: '{"username": ',
      headers: { 'content-type': 'application/json' },
    })
    await expectProblem(res, 400, 'BAD_REQUEST')
  })

  it('answers a body that is not JSON with UNSUPPORTED_MEDIA', async () => {
    const res = await h.app.request('/api/auth/password', { method: 'POST', body: 'username=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    const problem = await expectProblem(res, 415, 'UNSUPPORTED_MEDIA')
    expect(problem.message).toContain('JSON')
  })

  it('answers invalid fields with VALIDATION_FAILED and Chinese issues per field', async () => {
    const res = await h.app.request('/api/auth/password', jsonInit('POST', { username: 'x'.repeat(65) }))
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    const byPath = Object.fromEntries((problem.issues ?? []).map((i) => [i.path, i.message]))
    expect(byPath.username).toBe('长度不能超过64个字符')
    expect(byPath.password).toBe('必填')
  })

  it('answers a bad query with VALIDATION_FAILED naming the parameter', async () => {
    const res = await h.app.request(`/api/reference/majors?q=${'长'.repeat(51)}`)
    const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
    expect(problem.issues?.map((i) => i.path)).toEqual(['q'])
  })

  it('serves an OpenAPI 3.1 document listing every route with its roles, and Swagger UI', async () => {
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, Record<string, { 'x-roles'?: string[] }>>
    }
    expect(doc.openapi).toBe('3.1.0')
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => ({ path, m, op })))
    expect(operations.map((o) => `${o.m} ${o.path}`)).toEqual(
      expect.arrayContaining(['get /api/health', 'post /api/auth/wechat', 'post /api/admin/memberships/{id}/verify']),
    )
    for (const { op } of operations) expect(op['x-roles']?.length).toBeGreaterThan(0)
    const ui = await h.app.request('/api/docs')
    expect(await ui.text()).toContain('swagger')
  })

  it('gives the hc client typed access to the chained routes', async () => {
    const client = hc<AppType>('http://bff.test', { fetch: (input: string | URL | Request, init?: RequestInit) => h.app.request(input, init) })
    const health = await client.api.health.$get()
    const body = await health.json()
    expect(body.db).toBe(h.db.kind)
    const refused = await client.api.auth.password.$post({ json: { username: 'nobody', password: 'wrong' } })
    expect(refused.status).toBe(401)
    const majors = await client.api.reference.majors.$get({ query: { q: '机电' } })
    expect(majors.status).toBe(200)
  })
})
