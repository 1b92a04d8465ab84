import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readJson, sendJson, startLocalServer } from '../test/local-server'
import { call } from './request'
import { fillPath } from './routes'
import { setToken } from './token'

let server: Awaited<ReturnType<typeof startLocalServer>>
let seen: { url?: string; body?: unknown } = {}

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/jobs/a%2Fb%20c': (req, res) => {
      seen = { url: req.url }
      sendJson(res, 200, { id: 'a/b c' })
    },
    'PUT /api/demand-lists/mine/sections/jobs': async (req, res) => {
      seen = { url: req.url, body: await readJson(req) }
      sendJson(res, 200, { ok: true })
    },
  })
  setToken('t')
})
afterAll(() => server.close())

describe('fillPath', () => {
  it('encodes each parameter into its place', () => {
    expect(fillPath('/api/challenges/:id/takers/:takerId/accept', { id: 'c 1', takerId: 't/2' })).toBe('/api/challenges/c%201/takers/t%2F2/accept')
  })
  it('refuses a path with a parameter left unfilled', () => {
    expect(() => fillPath('/api/jobs/:id', {})).toThrow(/id/)
  })
})

describe('call', () => {
  it('fills path parameters and reads the answer through the contract', async () => {
    const job = await call('get', '/api/jobs/:id', { param: { id: 'a/b c' }, schema: z.object({ id: z.string() }) })
    expect(job).toEqual({ id: 'a/b c' })
    expect(seen.url).toBe('/api/jobs/a%2Fb%20c')
  })

  it('sends the JSON body to the route built from a kind', async () => {
    const folder = { demand: 'demand-lists', supply: 'supply-lists' } as const
    const kind = 'demand' as 'demand' | 'supply'
    await call('put', `/api/${folder[kind]}/mine/sections/:section`, { param: { section: 'jobs' }, body: { rows: [] }, schema: z.object({ ok: z.boolean() }) })
    expect(seen).toEqual({ url: '/api/demand-lists/mine/sections/jobs', body: { rows: [] } })
  })

  it('is checked against the BFF routes by the type checker', () => {
    // Each line below must stay a type error: `npm run typecheck` fails if a route is no longer checked.
    const schema = z.unknown()
    const calls = [
      // @ts-expect-error — no such route
      () => call('get', '/api/jobz/:id', { param: { id: 'x' }, schema }),
      // @ts-expect-error — GET /api/jobs/:id needs its id
      () => call('get', '/api/jobs/:id', { schema }),
      // @ts-expect-error — the route does not answer DELETE
      () => call('delete', '/api/jobs/:id', { param: { id: 'x' }, schema }),
      // @ts-expect-error — not a query key of GET /api/jobs
      () => call('get', '/api/jobs', { query: { keyword: 'x' }, schema }),
    ]
    expect(calls).toHaveLength(4)
  })
})
