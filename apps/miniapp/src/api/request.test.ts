import { AppError } from '@zhilian/shared'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { sendJson, sendProblem as problem, startLocalServer } from '../test/local-server'
import { ApiError } from './api-error'
import { request } from './request'
import { getToken, setToken } from './token'

let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/echo': (req, res) => {
      const url = new URL(req.url ?? '', 'http://x')
      sendJson(res, 200, { authorization: req.headers.authorization ?? null, status: url.searchParams.get('status'), q: url.searchParams.get('q') })
    },
    'GET /api/duplicate': (_req, res) =>
      problem(res, new AppError('DUPLICATE', { userMessage: '该单位已提交过认证申请', issues: [{ path: 'uscc', message: '统一社会信用代码已被使用' }] })),
    'GET /api/expired': (_req, res) => problem(res, new AppError('SESSION_EXPIRED')),
    'GET /api/wrong-password': (_req, res) => problem(res, new AppError('INVALID_CREDENTIALS')),
    'GET /api/proxy-down': (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end('<html><body>Bad Gateway</body></html>')
    },
    'GET /api/bad-shape': (_req, res) => sendJson(res, 200, { totals: 'many' }),
  })
})

afterAll(() => server.close())

beforeEach(() => setToken('token-abc'))

const EchoSchema = z.object({ authorization: z.string().nullable(), status: z.string().nullable(), q: z.string().nullable() })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('request', () => {
  it('sends the bearer token and the query, and returns the validated body', async () => {
    const body = await request('GET', '/api/echo', { query: { status: 'pending', q: '山东 职链', skipped: undefined }, schema: EchoSchema })
    expect(body).toEqual({ authorization: 'Bearer token-abc', status: 'pending', q: '山东 职链' })
  })

  it('turns a problem+json answer into an ApiError with its code, Chinese message and field issues', async () => {
    const error = await failure(request('GET', '/api/duplicate', { schema: z.unknown() }))
    expect(error.code).toBe('DUPLICATE')
    expect(error.status).toBe(409)
    expect(error.message).toBe('该单位已提交过认证申请')
    expect(error.requestId).toBe('req-test-1')
    expect(error.issueFor('uscc')).toBe('统一社会信用代码已被使用')
    expect(getToken()).toBe('token-abc')
  })

  it('clears the token when the session has expired', async () => {
    const error = await failure(request('GET', '/api/expired', { schema: z.unknown() }))
    expect(error.code).toBe('SESSION_EXPIRED')
    expect(error.message).toBe('登录已过期，请重新登录')
    expect(getToken()).toBeNull()
  })

  it('keeps the token on wrong credentials, which belong to the login form', async () => {
    const error = await failure(request('GET', '/api/wrong-password', { schema: z.unknown() }))
    expect(error.code).toBe('INVALID_CREDENTIALS')
    expect(error.message).toBe('账号或密码错误')
    expect(getToken()).toBe('token-abc')
  })

  it('gives a Chinese message for a failure that is not a problem document', async () => {
    const error = await failure(request('GET', '/api/proxy-down', { schema: z.unknown() }))
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE')
    expect(error.status).toBe(502)
    expect(error.message).toBe('服务暂时不可用，请稍后再试')
  })

  it('reports a 200 whose body breaks the contract instead of passing it on', async () => {
    const error = await failure(request('GET', '/api/bad-shape', { schema: z.object({ totals: z.object({ colleges: z.number() }) }) }))
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe('数据格式异常，请稍后再试')
  })

  it('reports an unreachable server as a network failure', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    process.env.TARO_APP_API_BASE = `http://127.0.0.1:${port}`
    try {
      const error = await failure(request('GET', '/api/echo', { schema: z.unknown() }))
      expect(error.code).toBe('UPSTREAM_UNAVAILABLE')
      expect(error.status).toBe(0)
    } finally {
      process.env.TARO_APP_API_BASE = server.origin
    }
  })
})
