import { createCollege, createJob } from '@zhilian/db/factories'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { MeSchema } from '@zhilian/shared/contracts/me'
import { ProfileSchema } from '@zhilian/shared/contracts/profile'
import { SIGNUP_PRIVACY_VERSION, type StudentSignupBody } from '@zhilian/shared/contracts/signup'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SIGNUPS } from '../../lib/rate-limit'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { consentFor } from '../../testing/application-fixtures'
import { inOneWindow } from '../../testing/one-window'

let h: Harness
beforeAll(async () => {
  // TRUST_PROXY lets each test act from its own address, so the per-address limit of one does not reach another.
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

let seq = 0
const addressOf = () => `198.51.100.${++seq}`
const body = (over: Partial<StudentSignupBody> = {}): StudentSignupBody => ({
  username: `stu_${Date.now() % 1e6}_${++seq}`, password: 'Qilu2026go', privacyVersion: SIGNUP_PRIVACY_VERSION, ...over,
})
const signup = (json: unknown, ip = addressOf()) => h.app.request('/api/auth/signup', jsonInit('POST', json, { 'x-forwarded-for': ip }))
const passwordLogin = (username: string, password: string) => h.client.api.auth.password.$post({ json: { username, password } })

describe('POST /api/auth/signup', () => {
  it('creates a student, signs them in, stores only a hash, and lets the same password sign in again', async () => {
    const college = await createCollege(h.prisma, { name: '淄博职业学院（注册测试）' })
    const sent = body({ username: 'Zhang_San01', realName: ' 张三 ', collegeId: college.id })
    const res = await signup(sent)
    expect(res.status).toBe(201)
    const raw = await res.text()
    expect(raw).not.toContain(sent.password)
    expect(raw).not.toMatch(/passwordHash|scrypt/)
    const session = SessionSchema.parse(JSON.parse(raw))
    expect(session.user).toMatchObject({ role: 'student', displayName: '张三' })
    expect(session.created).toBe(true)

    const stored = await h.prisma.user.findUniqueOrThrow({ where: { id: session.user.id } })
    expect(stored.username).toBe('zhang_san01')
    expect(stored.passwordHash).toMatch(/^scrypt\$/)
    expect(stored.passwordHash).not.toContain(sent.password)

    const profile = ProfileSchema.parse(await (await h.clientAs(session.token).api.profile.$get()).json())
    expect(profile.realName).toBe('张三')
    expect(profile.college).toEqual({ id: college.id, name: college.name })

    const again = await passwordLogin('zhang_san01', sent.password)
    expect(again.status).toBe(200)
    expect(SessionSchema.parse(await again.json()).user.id).toBe(session.user.id)
    await expectProblem(await passwordLogin('zhang_san01', 'Wrong2026go'), 401, 'INVALID_CREDENTIALS')
  })

  it('creates no résumé when the student gave neither name nor college', async () => {
    const res = await signup(body())
    expect(res.status).toBe(201)
    const { user } = SessionSchema.parse(await res.json())
    expect(await h.prisma.studentProfile.count({ where: { userId: user.id } })).toBe(0)
    expect(user.displayName).toMatch(/^stu_/)
  })

  it('never makes a phone-shaped account name the display name: it is masked, and the name still signs in (decision 060)', async () => {
    const phone = `139${String(Date.now() % 1e8).padStart(8, '0')}`
    const res = await signup(body({ username: phone }))
    expect(res.status).toBe(201)
    const { user } = SessionSchema.parse(await res.json())
    expect(user.displayName).toBe(`139****${phone.slice(-4)}`)
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe(`139****${phone.slice(-4)}`)
    expect((await passwordLogin(phone, 'Qilu2026go')).status).toBe(200)
    // A real name given at sign-up is the display name, whatever the account name looks like.
    const named = SessionSchema.parse(await (await signup(body({ username: `138${phone.slice(3)}`, realName: '赵六' }))).json())
    expect(named.user.displayName).toBe('赵六')
  })

  it('answers a taken name with 409 and a Chinese message, whatever its case, and creates nothing', async () => {
    const first = body()
    expect((await signup(first)).status).toBe(201)
    const before = await h.prisma.user.count()
    const problem = await expectProblem(await signup(body({ username: first.username.toUpperCase() })), 409, 'DUPLICATE')
    expect(problem.message).toContain('该账号名已被注册')
    expect(problem.issues).toEqual([{ path: 'username', message: '该账号名已被注册' }])
    expect(await h.prisma.user.count()).toBe(before)
  })

  it('validates name, password strength, college and consent with Chinese messages beside each field', async () => {
    const issuesOf = async (json: unknown) => (await expectProblem(await signup(json), 400, 'VALIDATION_FAILED')).issues ?? []
    expect(await issuesOf(body({ username: 'ab' }))).toContainEqual({ path: 'username', message: expect.stringContaining('4–32位') })
    expect(await issuesOf(body({ username: '张三三三' }))).toContainEqual({ path: 'username', message: expect.stringContaining('小写字母') })
    expect(await issuesOf(body({ username: 'demo_student' }))).toContainEqual({ path: 'username', message: '账号名不能以 demo_ 开头' })
    expect(await issuesOf(body({ password: 'short1' }))).toContainEqual({ path: 'password', message: '密码至少8位' })
    expect(await issuesOf(body({ password: 'onlyletters' }))).toContainEqual({ path: 'password', message: '密码须同时包含字母和数字' })
    expect(await issuesOf(body({ username: 'lisi2026', password: 'lisi2026abc' }))).toContainEqual({ path: 'password', message: '密码不能包含账号名' })
    expect(await issuesOf({ ...body(), privacyVersion: undefined })).toContainEqual({ path: 'privacyVersion', message: '请阅读并勾选同意《个人信息保护说明》' })
    const pending = await createCollege(h.prisma, { verification: 'pending' })
    expect(await issuesOf(body({ collegeId: pending.id }))).toEqual([{ path: 'collegeId', message: '请从列表中选择就读院校' }])
  })

  it('limits new accounts per address, leaving other addresses alone', { timeout: 120_000 }, async () => {
    // The limit is counted in the hour's fixed window: a loop straddling its end runs again from fresh addresses.
    const res = await inOneWindow(SIGNUPS.perIp.windowSeconds, async (n) => {
      const ip = `192.0.2.${77 + n * 100}`
      for (let i = 0; i < SIGNUPS.perIp.limit; i++) expect((await signup(body(), ip)).status).toBe(201)
      return signup(body(), ip)
    })
    const problem = await expectProblem(res, 429, 'RATE_LIMITED')
    expect(problem.message).toContain('注册')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await signup(body(), '192.0.2.78')).status).toBe(201)
  })

  it('gives role student only: the claimed college opens nothing on the college, enterprise or admin side', async () => {
    const college = await createCollege(h.prisma)
    const { token, user } = SessionSchema.parse(await (await signup(body({ collegeId: college.id }))).json())
    const me = MeSchema.parse(await (await h.clientAs(token).api.me.$get()).json())
    expect(me.user.role).toBe('student')
    expect(me.memberships).toEqual([])
    expect(await h.prisma.membership.count({ where: { userId: user.id } })).toBe(0)
    for (const path of ['/api/supply-lists/mine', '/api/demand-lists/mine', '/api/enterprise/jobs', '/api/admin/memberships', `/api/organizations/${college.id}/members`]) {
      const res = await h.app.request(path, { headers: bearer(token) })
      expect([403, 404], path).toContain(res.status)
    }
    // Through the password route too: the account signs in, and still as a student only.
    expect((await h.app.request('/api/supply-lists/mine', { headers: bearer(token) })).status).toBe(403)
  })

  it('lets the new student fill the résumé minimum and apply to a job, as the demo student can', async () => {
    const college = await createCollege(h.prisma)
    const { token } = SessionSchema.parse(await (await signup(body({ realName: '王小明', collegeId: college.id }))).json())
    const job = await createJob(h.prisma, { title: '数控车工（注册测试）' })
    const refused = await expectProblem(await h.clientAs(token).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(job.orgId) }), 409, 'CONFLICT')
    expect(refused.message).toContain('手机号')
    const saved = await h.clientAs(token).api.profile.$put({
      json: { realName: '王小明', collegeId: college.id, majorCode: '460301', grade: 2, graduationYear: 2027, education: 'associate', skills: ['数控编程'], certificates: [], expectedCities: ['370300'], expectedChains: [], intro: null, phone: '13900001111' },
    })
    expect(ProfileSchema.parse(await saved.json()).completeness.complete).toBe(true)
    expect((await h.clientAs(token).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(job.orgId) })).status).toBe(201)
    const mine = await (await h.clientAs(token).api.applications.mine.$get({ query: {} })).json()
    expect(JSON.stringify(mine)).toContain('数控车工（注册测试）')
  })
})
