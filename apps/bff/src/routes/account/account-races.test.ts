import { RecoveredSessionSchema, RecoveryCodeSetSchema } from '@zhilian/shared/contracts/account'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { describe, expect, it } from 'vitest'
import { digestRecoveryCode } from '../../lib/recovery-codes'
import { bearer, expectProblem, jsonInit, type TestApp } from '../../testing/harness'
import { raceInstances } from '../../testing/race-instances'
import { freshAddress, signUpStudent } from '../../testing/student-accounts'

/**
 * The account routes of decision 059 racing each other (decision 060): every pair goes through two app instances,
 * each with its own pool on PostgreSQL, so the two transactions truly overlap. On PGlite they run one at a time and
 * the same outcomes must hold.
 */
const race = raceInstances({ TRUST_PROXY: 'true' })

const send = (app: TestApp, path: string, json: unknown, token?: string) =>
  app.request(path, jsonInit('POST', json, { ...(token ? bearer(token) : {}), 'x-forwarded-for': freshAddress() }))
const recover = (app: TestApp, username: string, code: string, newPassword: string) => send(app, '/api/auth/recover', { username, code, newPassword })
const change = (app: TestApp, token: string, currentPassword: string, newPassword: string) =>
  send(app, '/api/account/password', { currentPassword, newPassword }, token)
const regenerate = (app: TestApp, token: string, currentPassword: string) => send(app, '/api/account/recovery-codes', { currentPassword }, token)
const login = (username: string, password: string) => send(race.h.app, '/api/auth/password', { username, password })
const me = (token: string) => race.h.clientAs(token).api.me.$get()
const stored = (id: string) => race.h.prisma.user.findUniqueOrThrow({ where: { id }, select: { recoveryCodes: true, tokenVersion: true } })
const digestsOf = (codes: readonly string[]) => codes.map((c) => digestRecoveryCode(c.replaceAll('-', '')))

describe('two resets with one code, on two instances', () => {
  it('lets exactly one win in every round; the code is spent once and the loser changed nothing', async () => {
    const s = await signUpStudent(race.h)
    for (const [round, code] of s.codes.slice(0, 4).entries()) {
      const passwords = [`RaceA${round}2027`, `RaceB${round}2027`] as const
      const answers = await Promise.all([recover(race.h.app, s.username, code, passwords[0]), recover(race.other, s.username, code, passwords[1])])
      expect(answers.map((r) => r.status).sort()).toEqual([200, 401])
      const won = answers[0].status === 200 ? 0 : 1
      await expectProblem(answers[1 - won]!, 401, 'INVALID_CREDENTIALS')
      expect(RecoveredSessionSchema.parse(await answers[won]!.json()).recoveryCodesLeft).toBe(s.codes.length - round - 1)
      expect((await login(s.username, passwords[won])).status).toBe(200)
      await expectProblem(await login(s.username, passwords[1 - won]!), 401, 'INVALID_CREDENTIALS')
    }
    const after = await stored(s.user.id)
    expect(after.recoveryCodes).toEqual(digestsOf(s.codes.slice(4)))
    // One session ended per reset that won, none for the losers.
    expect(after.tokenVersion).toBe(4)
    expect(await race.h.prisma.auditLog.count({ where: { entityId: s.user.id, action: 'user.password.recovered' } })).toBe(4)
  })
})

describe('a password change racing a reset', () => {
  it('always leaves the reset standing: the change went first and its session ended, or it is refused', async () => {
    const s = await signUpStudent(race.h)
    const [changed, reset] = await Promise.all([
      change(race.h.app, s.token, s.password, 'Changed2027go'),
      recover(race.other, s.username, s.codes[0]!, 'Recovered2027go'),
    ])
    expect(reset.status).toBe(200)
    const recovered = RecoveredSessionSchema.parse(await reset.json())
    // 200: the change committed first; 409: it checked the old password, then found it replaced; 400: the reset was
    // in before it even checked.
    expect([200, 400, 409]).toContain(changed.status)
    if (changed.status !== 200) expect((await changed.json()) as object).toMatchObject({ code: changed.status === 409 ? 'CONFLICT' : 'VALIDATION_FAILED' })
    expect((await login(s.username, 'Recovered2027go')).status).toBe(200)
    await expectProblem(await login(s.username, 'Changed2027go'), 401, 'INVALID_CREDENTIALS')
    await expectProblem(await login(s.username, s.password), 401, 'INVALID_CREDENTIALS')
    // Every session before the reset ended (decision 059), the change's new one included; the reset's works.
    await expectProblem(await me(s.token), 401, 'SESSION_EXPIRED')
    if (changed.status === 200) await expectProblem(await me(SessionSchema.parse(await changed.json()).token), 401, 'SESSION_EXPIRED')
    expect((await me(recovered.token)).status).toBe(200)
    const after = await stored(s.user.id)
    expect(after.tokenVersion).toBe(changed.status === 200 ? 2 : 1)
    expect(after.recoveryCodes).toEqual(digestsOf(s.codes.slice(1)))
    expect(await race.h.prisma.auditLog.count({ where: { entityId: s.user.id, action: 'user.password.changed' } })).toBe(changed.status === 200 ? 1 : 0)
  })

  it('lets exactly one of two changes from the same password win, and ends the other device’s session', async () => {
    const s = await signUpStudent(race.h)
    const second = SessionSchema.parse(await (await login(s.username, s.password)).json())
    const [one, two] = await Promise.all([change(race.h.app, s.token, s.password, 'FirstNew2027'), change(race.other, second.token, s.password, 'SecondNew2027')])
    const statuses = [one.status, two.status]
    expect(statuses.filter((x) => x === 200)).toHaveLength(1)
    const won = one.status === 200 ? 0 : 1
    const lost = [one, two][1 - won]!
    // 409 when it checked the old password just before the winner wrote; 400 when the winner was in first.
    expect([400, 409]).toContain(lost.status)
    const winner = SessionSchema.parse(await [one, two][won]!.json())
    expect((await login(s.username, ['FirstNew2027', 'SecondNew2027'][won]!)).status).toBe(200)
    await expectProblem(await login(s.username, ['FirstNew2027', 'SecondNew2027'][1 - won]!), 401, 'INVALID_CREDENTIALS')
    expect((await me(winner.token)).status).toBe(200)
    await expectProblem(await me([s.token, second.token][1 - won]!), 401, 'SESSION_EXPIRED')
    expect((await stored(s.user.id)).tokenVersion).toBe(1)
  })
})

describe('recovery codes regenerated at once', () => {
  it('issues exactly one set: the other request is refused and shows no codes; only the shown set works', async () => {
    // Two requests overlap only if each reads the set before the other writes it. On a loaded machine one instance can
    // finish its password check and write before the other reads: two regenerations in turn, both rightly 201 (each
    // audited, the later set stored). So the race is tried on fresh students until one attempt overlaps; with an
    // unconditional write no attempt ever answers 409 and the test fails.
    let s = await signUpStudent(race.h)
    let answers = await Promise.all([regenerate(race.h.app, s.token, s.password), regenerate(race.other, s.token, s.password)])
    for (let attempt = 1; attempt < 6 && answers.every((r) => r.status === 201); attempt++) {
      const sets = await Promise.all(answers.map(async (r) => digestsOf(RecoveryCodeSetSchema.parse(await r.json()).codes)))
      expect(sets).toContainEqual((await stored(s.user.id)).recoveryCodes)
      expect(await race.h.prisma.auditLog.count({ where: { entityId: s.user.id, action: 'user.recovery_codes.regenerated' } })).toBe(2)
      s = await signUpStudent(race.h)
      answers = await Promise.all([regenerate(race.h.app, s.token, s.password), regenerate(race.other, s.token, s.password)])
    }
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409])
    const won = answers[0].status === 201 ? 0 : 1
    const problem = await expectProblem(answers[1 - won]!, 409, 'CONFLICT')
    expect(problem).not.toHaveProperty('codes')
    expect(problem.message).toBe('恢复码刚刚在别处重新生成过，请刷新页面查看，需要时再重新生成')
    const set = RecoveryCodeSetSchema.parse(await answers[won]!.json())
    expect((await stored(s.user.id)).recoveryCodes).toEqual(digestsOf(set.codes))
    expect(await race.h.prisma.auditLog.count({ where: { entityId: s.user.id, action: 'user.recovery_codes.regenerated' } })).toBe(1)
    await expectProblem(await recover(race.h.app, s.username, s.codes[0]!, 'OldCode2027go'), 401, 'INVALID_CREDENTIALS')
    expect((await recover(race.h.app, s.username, set.codes[0]!, 'NewCode2027go')).status).toBe(200)
  })

  it('leaves no old code usable once a regeneration raced a reset with one of them', async () => {
    const s = await signUpStudent(race.h)
    const [regenerated, reset] = await Promise.all([regenerate(race.h.app, s.token, s.password), recover(race.other, s.username, s.codes[0]!, 'Raced2027go')])
    // The reset ends every session and replaces the password, so a regeneration that authenticated after it answers
    // 401, and one that checked the password after it 400; one that was in first replaced the set and the reset found
    // its code gone (401); both may also succeed, the reset first.
    expect([201, 400, 401]).toContain(regenerated.status)
    expect([200, 401]).toContain(reset.status)
    expect([regenerated.status, reset.status]).not.toEqual([401, 401])
    const now = (await stored(s.user.id)).recoveryCodes
    if (regenerated.status === 201) expect(now).toEqual(digestsOf(RecoveryCodeSetSchema.parse(await regenerated.json()).codes))
    else expect(now).toEqual(digestsOf(s.codes.slice(1)))
    // The raced code is spent or void either way, and no code of the old set opens the account twice.
    expect(now).not.toContain(digestsOf([s.codes[0]!])[0])
    await expectProblem(await recover(race.h.app, s.username, s.codes[0]!, 'Again2027go'), 401, 'INVALID_CREDENTIALS')
  })
})
