import { createAdmin, createMember, createCollege, createUser } from '@zhilian/db/factories'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@zhilian/db/seed/index'
import { DemoAccountListSchema, SessionSchema } from '@zhilian/shared/contracts/auth'
import { HealthSchema } from '@zhilian/shared/contracts/common'
import { MeSchema } from '@zhilian/shared/contracts/me'
import { testClient } from 'hono/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appWith, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { waitInWords } from '../../lib/rate-limit/policies'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const wechatLogin = (code: string) => h.client.api.auth.wechat.$post({ json: { code } })
const passwordLogin = (username: string, password: string) => h.client.api.auth.password.$post({ json: { username, password } })
const me = (token: string) => h.clientAs(token).api.me.$get()

describe('POST /api/auth/wechat', () => {
  it('creates a student on first sign-in and finds the same user next time', async () => {
    const first = SessionSchema.parse(await (await wechatLogin(h.fake.mintCode('o-newcomer', 'u-newcomer'))).json())
    expect(first.created).toBe(true)
    expect(first.user.role).toBe('student')
    const stored = await h.prisma.user.findUniqueOrThrow({ where: { openid: 'o-newcomer' } })
    expect(stored.id).toBe(first.user.id)
    expect(stored.unionid).toBe('u-newcomer')

    const again = await wechatLogin(h.fake.mintCode('o-newcomer'))
    expect(again.status).toBe(200)
    const second = SessionSchema.parse(await again.json())
    expect(second.created).toBe(false)
    expect(second.user.id).toBe(first.user.id)
    expect(await h.prisma.user.count({ where: { openid: 'o-newcomer' } })).toBe(1)
  })

  it('never sends the session key to the client', async () => {
    const res = await wechatLogin(h.fake.mintCode('o-secretive'))
    const text = await res.text()
    expect(text).not.toMatch(/session_?key/i)
    const { token } = SessionSchema.parse(JSON.parse(text))
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>
    expect(Object.keys(payload).sort()).toEqual(['exp', 'iat', 'role', 'sub', 'tv'])
  })

  it("answers an invalid code with 400 WECHAT_CODE_INVALID (the client's error) and a Chinese message", async () => {
    const problem = await expectProblem(await wechatLogin('made-up-code'), 400, 'WECHAT_CODE_INVALID')
    expect(problem.message).toContain('重新打开小程序')
  })

  it('refuses a code used once already', async () => {
    const code = h.fake.mintCode('o-twice')
    expect((await wechatLogin(code)).status).toBe(200)
    await expectProblem(await wechatLogin(code), 400, 'WECHAT_CODE_INVALID')
  })

  it('validates the body', async () => {
    // A body without the code cannot be typed, so this stays a raw request.
    const problem = await expectProblem(await h.app.request('/api/auth/wechat', jsonInit('POST', {})), 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([{ path: 'code', message: '必填' }])
  })
})

describe('POST /api/auth/password', () => {
  it('signs in an administrator with the right password', async () => {
    const admin = await createAdmin(h.prisma, { username: 'admin_ok', password: 'correct horse battery' })
    const res = await passwordLogin('admin_ok', 'correct horse battery')
    expect(res.status).toBe(200)
    const session = SessionSchema.parse(await res.json())
    expect(session.user).toEqual({ id: admin.id, role: 'admin', displayName: admin.displayName })
  })

  it('signs in college staff too', async () => {
    const college = await createCollege(h.prisma)
    await createMember(h.prisma, college, { user: { username: 'staff_ok', password: 'college-pass-1' } })
    expect((await passwordLogin('staff_ok', 'college-pass-1')).status).toBe(200)
  })

  it('answers a wrong password and an unknown user alike', async () => {
    await createAdmin(h.prisma, { username: 'admin_wrong', password: 'right-password' })
    await expectProblem(await passwordLogin('admin_wrong', 'wrong-password'), 401, 'INVALID_CREDENTIALS')
    await expectProblem(await passwordLogin('nobody_here', 'whatever'), 401, 'INVALID_CREDENTIALS')
  })

  it('signs in a student who set a password on H5 (decision 045); a WeChat student has none to match', async () => {
    const student = await createUser(h.prisma, { role: 'student', username: 'student_pw', password: 'student-pass1' })
    const res = await passwordLogin('student_pw', 'student-pass1')
    expect(res.status).toBe(200)
    expect(SessionSchema.parse(await res.json()).user).toMatchObject({ id: student.id, role: 'student' })
    await createUser(h.prisma, { role: 'student', username: 'wechat_only', openid: 'o-no-password' })
    await expectProblem(await passwordLogin('wechat_only', ''.padEnd(8, 'x')), 401, 'INVALID_CREDENTIALS')
  })

  it('throttles repeated failures for one username, even with the right password afterwards', async () => {
    await createAdmin(h.prisma, { username: 'admin_guessed', password: 'the-real-one' })
    for (let i = 0; i < 5; i++) await expectProblem(await passwordLogin('admin_guessed', `guess-${i}`), 401, 'INVALID_CREDENTIALS')
    const locked = await passwordLogin('admin_guessed', 'the-real-one')
    const problem = await expectProblem(locked, 429, 'RATE_LIMITED')
    // The wait in words is Retry-After's, what is left of the 15-minute window (decision 117), not its full length.
    const wait = Number(locked.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(15 * 60)
    expect(problem.message).toBe(`密码错误次数过多，请 ${waitInWords(wait)}后再试`)
    // Other usernames are unaffected.
    await createAdmin(h.prisma, { username: 'admin_other', password: 'other-pass' })
    expect((await passwordLogin('admin_other', 'other-pass')).status).toBe(200)
  })
})

describe('sessions', () => {
  it('revokes the token on logout', async () => {
    const { token } = SessionSchema.parse(await (await wechatLogin(h.fake.mintCode('o-leaving'))).json())
    const before = await me(token)
    expect(before.status).toBe(200)
    expect(MeSchema.parse(await before.json()).user.role).toBe('student')
    expect((await h.clientAs(token).api.auth.logout.$post()).status).toBe(200)
    await expectProblem(await me(token), 401, 'SESSION_EXPIRED')
    // Signing in again issues a working token.
    const fresh = SessionSchema.parse(await (await wechatLogin(h.fake.mintCode('o-leaving'))).json())
    expect((await me(fresh.token)).status).toBe(200)
  })

  it('refuses missing, forged and deleted-user tokens', async () => {
    await expectProblem(await h.client.api.me.$get(), 401, 'UNAUTHENTICATED')
    await expectProblem(await me('not.a.jwt'), 401, 'UNAUTHENTICATED')
    const gone = await createUser(h.prisma, { deletedAt: new Date() })
    const token = await h.tokenFor(gone)
    await expectProblem(await me(token), 401, 'UNAUTHENTICATED')
  })
})

describe('demo mode', () => {
  const demoApp = () => appWith(h, { env: { ...h.env, DEMO_MODE: true } })
  const demoClient = () => testClient(demoApp())

  it('lists the demo accounts and signs in as one in demo mode, and says so in /api/health', async () => {
    const app = demoClient()
    const account = DEMO_ACCOUNTS.find((a) => a.role === 'college')!
    const user = await createUser(h.prisma, { username: account.username, role: account.role, displayName: account.displayName })
    const list = DemoAccountListSchema.parse(await (await app.api.auth['demo-accounts'].$get()).json())
    expect(list.items.map((a) => a.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username))
    const res = await app.api.auth.demo.$post({ json: { username: account.username } })
    expect(res.status).toBe(200)
    expect(SessionSchema.parse(await res.json()).user).toEqual({ id: user.id, role: 'college', displayName: account.displayName })
    expect(HealthSchema.parse(await (await app.api.health.$get()).json()).demo).toBe(true)
    expect(HealthSchema.parse(await (await h.client.api.health.$get()).json()).demo).toBe(false)
  })

  it('will not sign in as an ordinary user through the demo route', async () => {
    await createAdmin(h.prisma, { username: 'real_admin' })
    await expectProblem(await demoClient().api.auth.demo.$post({ json: { username: 'real_admin' } }), 404, 'NOT_FOUND')
  })

  it('answers 404 on both demo routes outside demo mode (the default)', async () => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!
    await createUser(h.prisma, { username: account.username, role: account.role })
    expect((await demoClient().api.auth.demo.$post({ json: { username: account.username } })).status).toBe(200)
    await expectProblem(await h.client.api.auth['demo-accounts'].$get(), 404, 'NOT_FOUND')
    await expectProblem(await h.client.api.auth.demo.$post({ json: { username: account.username } }), 404, 'NOT_FOUND')
  })

  it('lets the published demo password sign no one in outside demo mode', async () => {
    await createAdmin(h.prisma, { username: 'demo_like_admin', password: DEMO_PASSWORD })
    await expectProblem(await passwordLogin('demo_like_admin', DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS')
    const inDemo = await demoClient().api.auth.password.$post({ json: { username: 'demo_like_admin', password: DEMO_PASSWORD } })
    expect(inDemo.status).toBe(200)
  })

  it('answers only requests addressed to this machine in demo mode (no DNS rebinding)', async () => {
    // The test is about the Host a request names, which the typed client fixes, so these stay raw requests.
    const app = demoApp()
    expect((await app.request('http://127.0.0.1:3000/api/health')).status).toBe(200)
    expect((await app.request('http://[::1]:3000/api/health')).status).toBe(200)
    await expectProblem(await app.request('http://attacker.example/api/auth/demo-accounts'), 403, 'FORBIDDEN')
  })
})
