import { AppError } from '@zhilian/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readJson, sendJson, sendProblem, startLocalServer } from '../test/local-server'
import { problemToError } from './api-error'
import { createApiClient } from './hc'
import { setToken } from './token'

let received: { authorization?: string; body?: unknown } = {}
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/health': (_req, res) => sendJson(res, 200, { status: 'ok', db: 'pglite', version: 'test', demo: false }),
    'POST /api/auth/demo': async (req, res) => {
      received = { authorization: req.headers.authorization, body: await readJson(req) }
      sendProblem(res, new AppError('NOT_FOUND', { userMessage: '演示账号未开放' }))
    },
  })
})
afterAll(() => server.close())

describe('typed hc client over Taro.request', () => {
  it('reads a JSON answer', async () => {
    const res = await createApiClient().api.health.$get()
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', db: 'pglite', version: 'test', demo: false })
  })

  it('sends the JSON body and bearer token, and hands back the problem on failure', async () => {
    setToken('hc-token')
    const res = await createApiClient().api.auth.demo.$post({ json: { username: 'demo-student' } })
    expect(received).toEqual({ authorization: 'Bearer hc-token', body: { username: 'demo-student' } })
    expect(res.ok).toBe(false)
    const error = problemToError(res.status, await res.json())
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('演示账号未开放')
  })
})
