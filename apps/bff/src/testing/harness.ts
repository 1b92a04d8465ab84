/**
 * What every route test starts from: its own migrated database, the fake WeChat server on loopback,
 * and the real app wired to both. Only the test files import this.
 */
import type { DbHandle } from '@zhilian/db'
import { createTestDb } from '@zhilian/db/test-db'
import { ProblemSchema, type Problem } from '@zhilian/shared'
import { startFakeWeChat, type FakeWeChat } from '@zhilian/wechat-fake'
import { testClient } from 'hono/testing'
import pino from 'pino'
import { expect } from 'vitest'
import { createApp } from '../app'
import { loadEnv, type Env } from '../env'
import { issueSessionToken } from '../lib/auth'
import { keysFor, type AppKeys } from '../lib/secrets'
import type { AppDeps } from '../lib/types'
import { createWeChatClient } from '../lib/wechat'

export const TEST_APPID = 'wx-bff-test'
export const TEST_SECRET = 'bff-test-secret'

export type TestApp = ReturnType<typeof createApp>
/**
 * The app through Hono's typed client: paths, params, queries and bodies are checked against the routes, so renaming
 * a route or changing a body fails the type check of the tests that call it.
 */
export type TestClient = ReturnType<typeof testClient<TestApp>>

export interface Harness {
  app: TestApp
  db: DbHandle
  prisma: DbHandle['prisma']
  fake: FakeWeChat
  env: Env
  keys: AppKeys
  /** What the app was built from, for tests that build an app of their own (`appWith`). */
  deps: AppDeps
  close(): Promise<void>
  /** The typed client, signed out. */
  client: TestClient
  /** The typed client sending every request with this bearer token (from `tokenFor`). */
  clientAs(token: string): TestClient
  /** A bearer token for an existing user, as a sign-in would issue. */
  tokenFor(user: { id: string; role: 'student' | 'enterprise' | 'college' | 'admin'; tokenVersion?: number }): Promise<string>
}

export async function createHarness(overrides: Record<string, string> = {}): Promise<Harness> {
  const [db, fake] = await Promise.all([createTestDb(), startFakeWeChat({ appid: TEST_APPID, secret: TEST_SECRET })])
  const env = loadEnv({ NODE_ENV: 'test', WECHAT_APPID: TEST_APPID, WECHAT_SECRET: TEST_SECRET, WECHAT_API_BASE: fake.url, ...overrides })
  const wechat = createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE })
  const { keys } = keysFor(env)
  const deps: AppDeps = { db, env, keys, wechat, logger: pino({ level: 'silent' }) }
  const app = createApp(deps)
  return {
    app,
    deps,
    db,
    prisma: db.prisma,
    fake,
    env,
    keys,
    async close() {
      await Promise.all([fake.close(), db.close()])
    },
    tokenFor: (user) => issueSessionToken(keys.session, { tokenVersion: 0, ...user }),
    client: testClient(app),
    clientAs: (token) => testClient(app, undefined, undefined, { headers: bearer(token) }),
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/**
 * For raw requests (`h.app.request`): tests that send what the typed client cannot express — malformed bodies, values
 * outside an enum, hostile input — keep them; everything else goes through `client` / `clientAs`.
 */
export function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }
}

/** What `expectProblem` reads: a fetch `Response` or the typed client's response. */
type ProblemResponse = Pick<Response, 'headers' | 'status'> & { json(): Promise<unknown> }

/** Asserts the response is a problem+json with the given status and code, and returns it parsed. */
export async function expectProblem(res: ProblemResponse, status: number, code: Problem['code']): Promise<Problem> {
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const problem = ProblemSchema.parse(await res.json())
  expect({ status: res.status, code: problem.code }).toEqual({ status, code })
  expect(problem.status).toBe(status)
  expect(problem.message).toMatch(/[\u4e00-\u9fff]/)
  return problem
}

/** A second app over the harness's parts with some replaced (another database, another setting). */
export const appWith = (h: Harness, deps: Partial<AppDeps>): TestApp => createApp({ ...h.deps, ...deps })
