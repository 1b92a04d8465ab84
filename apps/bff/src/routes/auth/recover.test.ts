import { createUser } from '@zhilian/db/factories'
import { RecoveredSessionSchema } from '@zhilian/shared/contracts/account'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { RECOVERY_CODE_COUNT } from '@zhilian/shared/contracts/recovery-codes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD_FAILURES } from '../../lib/rate-limit'
import { waitInWords } from '../../lib/rate-limit/policies'
import { digestRecoveryCode } from '../../lib/recovery-codes'
import { appWith, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { freshAddress, signUpStudent } from '../../testing/student-accounts'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

const recover = (json: unknown, ip = freshAddress()) => h.app.request('/api/auth/recover', jsonInit('POST', json, { 'x-forwarded-for': ip }))
const login = (username: string, password: string, ip = freshAddress()) => h.app.request('/api/auth/password', jsonInit('POST', { username, password }, { 'x-forwarded-for': ip }))
const me = (token: string) => h.clientAs(token).api.me.$get()
const REFUSED = '账号名或恢复码不正确，请核对后重试（每个恢复码只能使用一次）'

describe('recovery codes at sign-up', () => {
  it('shows eight distinct 80-bit codes once and keeps only their digests', async () => {
    const s = await signUpStudent(h)
    expect(s.codes).toHaveLength(RECOVERY_CODE_COUNT)
    expect(new Set(s.codes).size).toBe(RECOVERY_CODE_COUNT)
    for (const code of s.codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    const stored = await h.prisma.user.findUniqueOrThrow({ where: { id: s.user.id }, select: { recoveryCodes: true, recoveryCodesAt: true } })
    expect(stored.recoveryCodesAt).not.toBeNull()
    expect(stored.recoveryCodes).toEqual(s.codes.map((c) => digestRecoveryCode(c.replaceAll('-', ''))))
    expect(JSON.stringify(stored)).not.toContain(s.codes[0]!.slice(0, 4) + s.codes[0]!.slice(5, 9))
  })
})

describe('POST /api/auth/recover', () => {
  it('sets the new password with one code, ends every session, signs in, and spends the code', async () => {
    const s = await signUpStudent(h)
    // Typed by hand: lower case, no dashes, an O for a zero and an l for a one.
    const typed = s.codes[2]!.replaceAll('-', '').toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l')
    const res = await recover({ username: ` ${s.username.toUpperCase()} `, code: typed, newPassword: 'NewPass2027' })
    expect(res.status).toBe(200)
    const raw = await res.text()
    expect(raw).not.toMatch(/NewPass2027|scrypt|recoveryCodes"/)
    const answer = RecoveredSessionSchema.parse(JSON.parse(raw))
    expect(answer.user).toMatchObject({ id: s.user.id, role: 'student' })
    expect(answer.recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1)

    await expectProblem(await me(s.token), 401, 'SESSION_EXPIRED')
    expect((await me(answer.token)).status).toBe(200)
    expect((await login(s.username, 'NewPass2027')).status).toBe(200)
    await expectProblem(await login(s.username, s.password), 401, 'INVALID_CREDENTIALS')

    const again = await expectProblem(await recover({ username: s.username, code: s.codes[2], newPassword: 'Third2028go' }), 401, 'INVALID_CREDENTIALS')
    expect(again.message).toBe(REFUSED)
    // Another code of the set still works.
    expect((await recover({ username: s.username, code: s.codes[3], newPassword: 'Third2028go' })).status).toBe(200)

    const entries = await h.prisma.auditLog.findMany({ where: { entityId: s.user.id, action: 'user.password.recovered' } })
    expect(entries.map((e) => e.diff)).toEqual([{ recoveryCodesLeft: 7 }, { recoveryCodesLeft: 6 }])
  })

  it('answers an unknown name, a wrong code and another student’s code alike, and changes nobody', async () => {
    const a = await signUpStudent(h)
    const b = await signUpStudent(h)
    const problems = [
      await recover({ username: 'nobody_at_all', code: a.codes[0], newPassword: 'Taken2027go' }),
      await recover({ username: a.username, code: 'ABCD-EFGH-JKMN-PQRS', newPassword: 'Taken2027go' }),
      // Student A's code does not open student B's account.
      await recover({ username: b.username, code: a.codes[0], newPassword: 'Taken2027go' }),
    ]
    const answers = await Promise.all(problems.map((res) => expectProblem(res, 401, 'INVALID_CREDENTIALS')))
    expect(new Set(answers.map((p) => JSON.stringify({ ...p, instance: undefined, requestId: undefined }))).size).toBe(1)
    expect(answers[0]!.message).toBe(REFUSED)
    expect((await login(b.username, b.password)).status).toBe(200)
    expect((await login(a.username, a.password)).status).toBe(200)
    // A's code is still unspent.
    expect((await recover({ username: a.username, code: a.codes[0], newPassword: 'Mine2027go' })).status).toBe(200)
  })

  // Decision 063 gave staff their own codes under 账号安全, so a code recovers any role; a deleted account never.
  it('recovers a staff account with its own code, ending its temporary password, and opens no deleted one', async () => {
    const digest = digestRecoveryCode('0123456789ABCDEF')
    const other = digestRecoveryCode('FEDCBA9876543210')
    await createUser(h.prisma, { role: 'college', username: 'college_with_codes', password: 'College2026go', recoveryCodes: [digest], passwordTemporaryAt: new Date() })
    await createUser(h.prisma, { role: 'student', username: 'gone_student', recoveryCodes: [other], deletedAt: new Date() })
    await expectProblem(await recover({ username: 'gone_student', code: 'FEDC-BA98-7654-3210', newPassword: 'Owned2027go' }), 401, 'INVALID_CREDENTIALS')
    const res = await recover({ username: 'college_with_codes', code: '0123-4567-89AB-CDEF', newPassword: 'Back2027go' })
    expect(res.status).toBe(200)
    expect(RecoveredSessionSchema.parse(await res.json()).user.role).toBe('college')
    expect((await h.prisma.user.findUniqueOrThrow({ where: { username: 'college_with_codes' } })).passwordTemporaryAt).toBeNull()
    expect((await login('college_with_codes', 'Back2027go')).status).toBe(200)
    await expectProblem(await login('college_with_codes', 'College2026go'), 401, 'INVALID_CREDENTIALS')
  })

  it('holds the new password to the sign-up rules and checks the code’s shape, with Chinese messages beside each field', async () => {
    const s = await signUpStudent(h)
    const issuesOf = async (json: unknown) => (await expectProblem(await recover(json), 400, 'VALIDATION_FAILED')).issues ?? []
    expect(await issuesOf({ username: s.username, code: s.codes[0], newPassword: 'short1' })).toContainEqual({ path: 'newPassword', message: '密码至少8位' })
    expect(await issuesOf({ username: s.username, code: s.codes[0], newPassword: 'onlyletters' })).toContainEqual({ path: 'newPassword', message: '密码须同时包含字母和数字' })
    expect(await issuesOf({ username: s.username, code: s.codes[0], newPassword: `${s.username}9x` })).toContainEqual({ path: 'newPassword', message: '密码不能包含账号名' })
    expect(await issuesOf({ username: s.username, code: '12345', newPassword: 'Fine2027go' })).toContainEqual({ path: 'code', message: expect.stringContaining('恢复码为16位') })
    expect(await issuesOf({ username: '', code: '', newPassword: '' })).toEqual(expect.arrayContaining([
      { path: 'username', message: '请输入账号名' }, { path: 'code', message: '请输入恢复码' }, { path: 'newPassword', message: '请输入新密码' },
    ]))
    // Nothing was spent by the refused attempts.
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: s.user.id } })).recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT)
  })

  it('locks guessing per account and address, whatever RATE_LIMIT says; other addresses and the password count are apart', async () => {
    const s = await signUpStudent(h)
    const ip = '192.0.2.140'
    // The lock-out holds even where the ordinary limits are off.
    const noLimits = appWith(h, { env: { ...h.env, RATE_LIMIT: false } })
    const guess = (code: string, from = ip) => noLimits.request('/api/auth/recover', jsonInit('POST', { username: s.username, code, newPassword: 'Guess2027go' }, { 'x-forwarded-for': from }))
    // Five wrong passwords first: that count must not block the way back.
    for (let i = 0; i < PASSWORD_FAILURES.perAccountAndIp.limit; i++) await expectProblem(await login(s.username, `Wrong${i}2026`, ip), 401, 'INVALID_CREDENTIALS')
    for (let i = 0; i < PASSWORD_FAILURES.perAccountAndIp.limit; i++) await expectProblem(await guess(`ZZZZ-ZZZZ-ZZZZ-ZZZ${i}`), 401, 'INVALID_CREDENTIALS')
    const locked = await guess(s.codes[0]!)
    const problem = await expectProblem(locked, 429, 'RATE_LIMITED')
    // The wait in words is Retry-After's (decision 117), not the window's full 15 minutes.
    const wait = Number(locked.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(problem.message).toBe(`恢复码错误次数过多，请 ${waitInWords(wait)}后再试`)
    // The owner elsewhere is not locked out.
    expect((await guess(s.codes[0]!, '192.0.2.141')).status).toBe(200)
    // One address spraying codes over many accounts stops too.
    const spray = (username: string) => noLimits.request('/api/auth/recover', jsonInit('POST', { username, code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', newPassword: 'Guess2027go' }, { 'x-forwarded-for': '192.0.2.142' }))
    for (let i = 0; i < PASSWORD_FAILURES.perIp.limit; i++) await expectProblem(await spray(`sprayed_${i}`), 401, 'INVALID_CREDENTIALS')
    await expectProblem(await spray('someone_new'), 429, 'RATE_LIMITED')
  })

  it('lets exactly one of two concurrent resets with one code win', async () => {
    const s = await signUpStudent(h)
    const [first, second] = await Promise.all([
      recover({ username: s.username, code: s.codes[5], newPassword: 'RaceOne2027' }),
      recover({ username: s.username, code: s.codes[5], newPassword: 'RaceTwo2027' }),
    ])
    const statuses = [first.status, second.status].sort()
    expect(statuses).toEqual([200, 401])
    const winner = first.status === 200 ? 'RaceOne2027' : 'RaceTwo2027'
    const loser = first.status === 200 ? 'RaceTwo2027' : 'RaceOne2027'
    expect((await login(s.username, winner)).status).toBe(200)
    await expectProblem(await login(s.username, loser), 401, 'INVALID_CREDENTIALS')
    const stored = await h.prisma.user.findUniqueOrThrow({ where: { id: s.user.id } })
    expect(stored.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT - 1)
    expect(stored.tokenVersion).toBe(1)
    expect(await h.prisma.auditLog.count({ where: { entityId: s.user.id, action: 'user.password.recovered' } })).toBe(1)
    // The winner's session works.
    const won = first.status === 200 ? first : second
    expect((await me(SessionSchema.parse(await won.json()).token)).status).toBe(200)
  })
})
