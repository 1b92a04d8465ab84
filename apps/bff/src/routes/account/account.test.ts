import { createAdmin, createCollege, createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import { AccountSecuritySchema, RecoveryCodeSetSchema, WebLoginResultSchema } from '@zhilian/shared/contracts/account'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD_FAILURES } from '../../lib/rate-limit'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { freshAddress, signUpStudent } from '../../testing/student-accounts'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

const post = (path: string, token: string, json: unknown, ip = freshAddress()) =>
  h.app.request(`/api/account/${path}`, jsonInit('POST', json, { ...bearer(token), 'x-forwarded-for': ip }))
const login = (username: string, password: string, ip = freshAddress()) => h.app.request('/api/auth/password', jsonInit('POST', { username, password }, { 'x-forwarded-for': ip }))
const recover = (username: string, code: string) => h.app.request('/api/auth/recover', jsonInit('POST', { username, code, newPassword: 'Reset2029go' }, { 'x-forwarded-for': freshAddress() }))
const security = async (token: string) => AccountSecuritySchema.parse(await (await h.clientAs(token).api.account.security.$get()).json())
const wechatSession = async (openid: string) => SessionSchema.parse(await (await h.client.api.auth.wechat.$post({ json: { code: h.fake.mintCode(openid) } })).json())

describe('GET /api/account/security', () => {
  it('says what the student has, never a code or a hash', async () => {
    const s = await signUpStudent(h)
    const res = await h.clientAs(s.token).api.account.security.$get()
    const raw = await res.text()
    expect(raw).not.toMatch(/scrypt|recoveryCodes"|passwordHash/)
    const seen = AccountSecuritySchema.parse(JSON.parse(raw))
    expect(seen).toMatchObject({ username: s.username, wechat: false, recoveryCodesLeft: 8, canSetWebLogin: false })
    const w = await wechatSession('o-security')
    expect(await security(w.token)).toEqual({ username: null, wechat: true, recoveryCodesLeft: 0, recoveryCodesCreatedAt: null, canSetWebLogin: true })
  })
})

describe('POST /api/account/password', () => {
  it('changes the password after the current one, ends every other session and keeps this one', async () => {
    const s = await signUpStudent(h)
    const other = SessionSchema.parse(await (await login(s.username, s.password)).json())
    const res = await post('password', s.token, { currentPassword: s.password, newPassword: 'Changed2027' })
    expect(res.status).toBe(200)
    const fresh = SessionSchema.parse(await res.json())
    await expectProblem(await h.clientAs(other.token).api.me.$get(), 401, 'SESSION_EXPIRED')
    await expectProblem(await h.clientAs(s.token).api.me.$get(), 401, 'SESSION_EXPIRED')
    expect((await h.clientAs(fresh.token).api.me.$get()).status).toBe(200)
    expect((await login(s.username, 'Changed2027')).status).toBe(200)
    await expectProblem(await login(s.username, s.password), 401, 'INVALID_CREDENTIALS')
    expect(await h.prisma.auditLog.count({ where: { entityId: s.user.id, action: 'user.password.changed' } })).toBe(1)
  })

  it('refuses a wrong current password beside the field, counted with the sign-in’s own failures', async () => {
    const s = await signUpStudent(h)
    const ip = '192.0.2.170'
    for (let i = 0; i < PASSWORD_FAILURES.perAccountAndIp.limit; i++) {
      const problem = await expectProblem(await post('password', s.token, { currentPassword: `Wrong${i}2026`, newPassword: 'Changed2027' }, ip), 400, 'VALIDATION_FAILED')
      expect(problem.issues).toEqual([{ path: 'currentPassword', message: '密码不正确' }])
    }
    await expectProblem(await post('password', s.token, { currentPassword: s.password, newPassword: 'Changed2027' }, ip), 429, 'RATE_LIMITED')
    await expectProblem(await login(s.username, s.password, ip), 429, 'RATE_LIMITED')
    expect((await login(s.username, s.password)).status).toBe(200)
  })

  it('holds the new password to the rules, with the name and “same as before” too', async () => {
    const s = await signUpStudent(h)
    const issuesOf = async (json: unknown) => (await expectProblem(await post('password', s.token, json), 400, 'VALIDATION_FAILED')).issues
    expect(await issuesOf({ currentPassword: s.password, newPassword: 'short1' })).toContainEqual({ path: 'newPassword', message: '密码至少8位' })
    expect(await issuesOf({ currentPassword: s.password, newPassword: s.password })).toContainEqual({ path: 'newPassword', message: '新密码不能与原密码相同' })
    expect(await issuesOf({ currentPassword: s.password, newPassword: `${s.username}7x` })).toEqual([{ path: 'newPassword', message: '密码不能包含账号名' }])
    expect(await issuesOf({ currentPassword: '', newPassword: '' })).toEqual(expect.arrayContaining([{ path: 'currentPassword', message: '请输入原密码' }]))
  })

  it('changes only the caller’s own account: student B’s password through A’s session changes nothing', async () => {
    const a = await signUpStudent(h)
    const b = await signUpStudent(h, { password: 'Bravo2026go' })
    await expectProblem(await post('password', a.token, { currentPassword: b.password, newPassword: 'Hijack2027' }), 400, 'VALIDATION_FAILED')
    expect((await post('password', a.token, { currentPassword: a.password, newPassword: 'OnlyMine2027' })).status).toBe(200)
    expect((await login(b.username, b.password)).status).toBe(200)
    await expectProblem(await login(b.username, 'OnlyMine2027'), 401, 'INVALID_CREDENTIALS')
  })

  it('tells a WeChat student with no password to set the H5 sign-in first', async () => {
    const w = await wechatSession('o-no-password-yet')
    const problem = await expectProblem(await post('password', w.token, { currentPassword: 'Anything1', newPassword: 'Changed2027' }), 409, 'CONFLICT')
    expect(problem.message).toContain('设置网页登录')
  })
})

describe('POST /api/account/recovery-codes', () => {
  it('makes a new set after the password; every old code stops working and the new ones work', async () => {
    const s = await signUpStudent(h)
    await expectProblem(await post('recovery-codes', s.token, { currentPassword: 'Wrong2026x' }), 400, 'VALIDATION_FAILED')
    const res = await post('recovery-codes', s.token, { currentPassword: s.password })
    expect(res.status).toBe(201)
    const set = RecoveryCodeSetSchema.parse(await res.json())
    expect(set.codes.some((c) => s.codes.includes(c))).toBe(false)
    expect((await security(s.token)).recoveryCodesCreatedAt).toBe(set.createdAt)
    await expectProblem(await recover(s.username, s.codes[0]!), 401, 'INVALID_CREDENTIALS')
    expect((await recover(s.username, set.codes[0]!)).status).toBe(200)
    expect(await h.prisma.auditLog.count({ where: { entityId: s.user.id, action: 'user.recovery_codes.regenerated' } })).toBe(1)
  })
})

describe('POST /api/account/web-login', () => {
  it('gives a WeChat student an H5 sign-in on the same account: one résumé, one history', async () => {
    const w = await wechatSession('o-both-ways')
    await h.prisma.studentProfile.create({ data: { userId: w.user.id, realName: '微信同学', education: 'none' } })
    const res = await post('web-login', w.token, { username: ' Both_Ways26 ', password: 'Web2026go' })
    expect(res.status).toBe(201)
    const result = WebLoginResultSchema.parse(await res.json())
    expect(result.username).toBe('both_ways26')
    expect(result.recoveryCodes).toHaveLength(8)
    const h5 = SessionSchema.parse(await (await login('both_ways26', 'Web2026go')).json())
    expect(h5.user.id).toBe(w.user.id)
    const profile = await (await h.clientAs(h5.token).api.profile.$get()).json()
    expect(profile).toMatchObject({ realName: '微信同学' })
    // WeChat still signs in to the same account, and the codes recover it.
    expect((await wechatSession('o-both-ways')).user.id).toBe(w.user.id)
    expect((await recover('both_ways26', result.recoveryCodes[0]!)).status).toBe(200)
    expect(await h.prisma.auditLog.count({ where: { entityId: w.user.id, action: 'user.web_login.set' } })).toBe(1)
  })

  it('answers a taken name with 409 DUPLICATE and an account that already has one with 409 CONFLICT', async () => {
    const s = await signUpStudent(h)
    const w = await wechatSession('o-wants-taken')
    const taken = await expectProblem(await post('web-login', w.token, { username: s.username.toUpperCase(), password: 'Web2026go' }), 409, 'DUPLICATE')
    expect(taken.issues).toEqual([{ path: 'username', message: '该账号名已被注册' }])
    expect((await security(w.token)).username).toBeNull()
    const already = await expectProblem(await post('web-login', s.token, { username: 'second_name', password: 'Web2026go' }), 409, 'CONFLICT')
    expect(already.message).toContain(s.username)
    expect((await post('web-login', w.token, { username: 'first_name26', password: 'Web2026go' })).status).toBe(201)
    await expectProblem(await post('web-login', w.token, { username: 'again_name26', password: 'Web2026go' }), 409, 'CONFLICT')
  })

  it('sets one name when two requests race', async () => {
    const w = await wechatSession('o-racing-names')
    const [one, two] = await Promise.all([
      post('web-login', w.token, { username: 'race_name_a', password: 'Web2026go' }),
      post('web-login', w.token, { username: 'race_name_b', password: 'Web2026go' }),
    ])
    expect([one.status, two.status].sort()).toEqual([201, 409])
    const won = one.status === 201 ? 'race_name_a' : 'race_name_b'
    expect((await security(w.token)).username).toBe(won)
    expect(await h.prisma.user.count({ where: { username: { in: ['race_name_a', 'race_name_b'] } } })).toBe(1)
  })

  it('validates the name and password as sign-up does', async () => {
    const w = await wechatSession('o-validating')
    const problem = await expectProblem(await post('web-login', w.token, { username: 'demo_x1', password: 'demo_x1abc2' }), 400, 'VALIDATION_FAILED')
    expect(problem.issues).toContainEqual({ path: 'username', message: '账号名不能以 demo_ 开头' })
  })
})

describe('账号安全 is everyone’s; 设置网页登录 the student’s (decision 063)', () => {
  const staff = async () => [
    (await createMember(h.prisma, await createEnterprise(h.prisma), { user: { password: 'Staff2026go' } })).user,
    (await createMember(h.prisma, await createCollege(h.prisma), { user: { password: 'Staff2026go' } })).user,
    await createAdmin(h.prisma, { password: 'Staff2026go' }),
  ]

  it('lets enterprise, college and administrator accounts change the password, ending their other sessions, audited', async () => {
    for (const user of await staff()) {
      const other = SessionSchema.parse(await (await login(user.username!, 'Staff2026go')).json())
      const token = await h.tokenFor(user)
      expect(await security(token)).toMatchObject({ username: user.username, canSetWebLogin: false, recoveryCodesLeft: 0 })
      await expectProblem(await post('password', token, { currentPassword: 'Wrong2026go', newPassword: 'Changed2027' }), 400, 'VALIDATION_FAILED')
      const res = await post('password', token, { currentPassword: 'Staff2026go', newPassword: 'Changed2027' })
      expect(res.status).toBe(200)
      expect(SessionSchema.parse(await res.json()).user.role).toBe(user.role)
      await expectProblem(await h.clientAs(other.token).api.me.$get(), 401, 'SESSION_EXPIRED')
      expect((await login(user.username!, 'Changed2027')).status).toBe(200)
      expect(await h.prisma.auditLog.count({ where: { entityId: user.id, action: 'user.password.changed' } })).toBe(1)
    }
  })

  it('gives staff recovery codes after the password, and one of them recovers the account', async () => {
    for (const user of await staff()) {
      const token = await h.tokenFor(user)
      const res = await post('recovery-codes', token, { currentPassword: 'Staff2026go' })
      expect(res.status).toBe(201)
      const set = RecoveryCodeSetSchema.parse(await res.json())
      expect((await security(token)).recoveryCodesLeft).toBe(8)
      expect((await recover(user.username!, set.codes[0]!)).status).toBe(200)
      expect((await login(user.username!, 'Reset2029go')).status).toBe(200)
    }
  })

  it('keeps the failure guard for staff: five wrong current passwords lock the sign-in from that address', async () => {
    const [user] = await staff()
    const token = await h.tokenFor(user!)
    const ip = '192.0.2.171'
    for (let i = 0; i < PASSWORD_FAILURES.perAccountAndIp.limit; i++) {
      await expectProblem(await post('password', token, { currentPassword: `Wrong${i}2026`, newPassword: 'Changed2027' }, ip), 400, 'VALIDATION_FAILED')
    }
    await expectProblem(await post('password', token, { currentPassword: 'Staff2026go', newPassword: 'Changed2027' }, ip), 429, 'RATE_LIMITED')
    await expectProblem(await login(user!.username!, 'Staff2026go', ip), 429, 'RATE_LIMITED')
  })

  it('refuses 设置网页登录 to staff with 403, tells a staff account without a password it has none, and anyone signed out 401', async () => {
    for (const user of await staff()) {
      await expectProblem(await post('web-login', await h.tokenFor(user), { username: 'staff_takeover', password: 'Web2026go' }), 403, 'FORBIDDEN')
    }
    expect(await h.prisma.user.count({ where: { username: 'staff_takeover' } })).toBe(0)
    const wechatStaff = (await createMember(h.prisma, await createEnterprise(h.prisma), { user: { username: null } })).user
    const none = await expectProblem(await post('password', await h.tokenFor(wechatStaff), { currentPassword: 'Anything1', newPassword: 'Changed2027' }), 409, 'CONFLICT')
    expect(none.message).toContain('没有登录密码')
    const calls: [string, string, unknown][] = [
      ['GET', 'security', undefined],
      ['POST', 'password', { currentPassword: 'Staff2026go', newPassword: 'Changed2027' }],
      ['POST', 'recovery-codes', { currentPassword: 'Staff2026go' }],
      ['POST', 'web-login', { username: 'staff_takeover', password: 'Web2026go' }],
    ]
    for (const [method, path, json] of calls) {
      await expectProblem(await h.app.request(`/api/account/${path}`, method === 'GET' ? {} : jsonInit(method, json)), 401, 'UNAUTHENTICATED')
    }
    // A student with a complete résumé but no password is still a student here.
    const student = await createStudent(h.prisma)
    expect((await h.clientAs(await h.tokenFor(student)).api.account.security.$get()).status).toBe(200)
  })
})
