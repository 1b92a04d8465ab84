import { createCollege, createEnterprise, createEvent, createJob, createMember } from '@zhilian/db/factories'
import { AccountSecuritySchema } from '@zhilian/shared/contracts/account'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD_FAILURES } from '../../lib/rate-limit'
import { HELD_DATA_COLUMNS } from '../../privacy/held-data'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { freshAddress, signUpStudent } from '../../testing/student-accounts'

/**
 * 关联网页账号 (decision 066) against the real app, its database and the fake WeChat server that answers
 * code2Session on loopback: an empty WeChat-made account gives its WeChat identity to an existing H5 account.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

let seq = 0
const openidFor = (label: string) => `o-link-${label}-${++seq}`
const wechatSession = async (openid: string) => SessionSchema.parse(await (await h.client.api.auth.wechat.$post({ json: { code: h.fake.mintCode(openid) } })).json())
const link = (token: string, json: unknown, ip = freshAddress()) =>
  h.app.request('/api/account/link-web-account', jsonInit('POST', json, { ...bearer(token), 'x-forwarded-for': ip }))
const login = (username: string, password: string, ip = freshAddress()) => h.app.request('/api/auth/password', jsonInit('POST', { username, password }, { 'x-forwarded-for': ip }))
const me = (token: string) => h.clientAs(token).api.me.$get()
const row = (id: string) => h.prisma.user.findUniqueOrThrow({ where: { id }, select: { openid: true, deletedAt: true, tokenVersion: true } })

/** Nothing moved: the WeChat account still signs in and is itself, the H5 account has no WeChat. */
async function expectUnchanged(wechat: { token: string; user: { id: string } }, openid: string, h5Id?: string) {
  expect(await row(wechat.user.id)).toMatchObject({ openid, deletedAt: null })
  expect((await me(wechat.token)).status).toBe(200)
  expect((await wechatSession(openid)).user.id).toBe(wechat.user.id)
  if (!h5Id) return
  expect((await row(h5Id)).openid).toBeNull()
  expect(await h.prisma.auditLog.count({ where: { action: 'user.wechat.linked', entityId: h5Id } })).toBe(0)
}

describe('POST /api/account/link-web-account', () => {
  it('moves the WeChat sign-in to the H5 account, retires the empty WeChat account and answers the H5 account’s session', async () => {
    const s = await signUpStudent(h)
    await h.prisma.studentProfile.create({ data: { userId: s.user.id, realName: '网页同学', education: 'none' } })
    const openid = openidFor('happy')
    const w = await wechatSession(openid)
    expect(w.user.id).not.toBe(s.user.id)

    const res = await link(w.token, { username: ` ${s.username.toUpperCase()} `, password: s.password })
    expect(res.status).toBe(200)
    const raw = await res.text()
    expect(raw).not.toContain(s.password)
    const linked = SessionSchema.parse(JSON.parse(raw))
    expect(linked.user).toMatchObject({ id: s.user.id, role: 'student' })

    // The new token opens the H5 account, with its résumé; 账号安全 shows both ways in.
    expect((await me(linked.token)).status).toBe(200)
    expect(await (await h.clientAs(linked.token).api.profile.$get()).json()).toMatchObject({ realName: '网页同学' })
    const security = AccountSecuritySchema.parse(await (await h.clientAs(linked.token).api.account.security.$get()).json())
    expect(security).toMatchObject({ username: s.username, wechat: true })
    // WeChat now signs in to the H5 account; the password and the H5 account's own sessions still work.
    const again = SessionSchema.parse(await (await h.client.api.auth.wechat.$post({ json: { code: h.fake.mintCode(openid) } })).json())
    expect(again).toMatchObject({ user: { id: s.user.id }, created: false })
    expect(SessionSchema.parse(await (await login(s.username, s.password)).json()).user.id).toBe(s.user.id)
    expect((await me(s.token)).status).toBe(200)

    // The retired account: no WeChat, deleted, its old session refused.
    expect(await row(w.user.id)).toMatchObject({ openid: null, deletedAt: expect.any(Date), tokenVersion: 1 })
    await expectProblem(await me(w.token), 401, 'UNAUTHENTICATED')
    expect(await row(s.user.id)).toMatchObject({ openid, deletedAt: null })

    const entries = await h.prisma.auditLog.findMany({ where: { action: 'user.wechat.linked', entityId: s.user.id } })
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actorUserId: s.user.id, diff: { retiredUserId: w.user.id } })
    expect(JSON.stringify(entries)).not.toContain(s.password)
  })

  it('links an H5 account that holds nothing either', async () => {
    const s = await signUpStudent(h)
    const w = await wechatSession(openidFor('both-empty'))
    const res = await link(w.token, { username: s.username, password: s.password })
    expect(res.status).toBe(200)
    expect(SessionSchema.parse(await res.json()).user.id).toBe(s.user.id)
  })

  it('refuses a wrong password beside the field, changes nothing, and counts it with the sign-in’s own failures', async () => {
    const s = await signUpStudent(h)
    const openid = openidFor('wrong')
    const w = await wechatSession(openid)
    const ip = '192.0.2.166'
    for (let i = 0; i < PASSWORD_FAILURES.perAccountAndIp.limit; i++) {
      const problem = await expectProblem(await link(w.token, { username: s.username, password: `Wrong${i}2026` }, ip), 400, 'VALIDATION_FAILED')
      expect(problem.issues).toEqual([{ path: 'password', message: '账号名或密码不正确' }])
    }
    // An unknown name answers the same as a wrong password.
    const unknown = await expectProblem(await link(w.token, { username: 'nobody_here_66', password: s.password }), 400, 'VALIDATION_FAILED')
    expect(unknown.issues).toEqual([{ path: 'password', message: '账号名或密码不正确' }])
    await expectProblem(await link(w.token, { username: s.username, password: s.password }, ip), 429, 'RATE_LIMITED')
    await expectProblem(await login(s.username, s.password, ip), 429, 'RATE_LIMITED')
    await expectUnchanged(w, openid, s.user.id)
    const empty = await expectProblem(await link(w.token, { username: '', password: '' }), 400, 'VALIDATION_FAILED')
    expect(empty.issues).toEqual(expect.arrayContaining([{ path: 'username', message: '请输入网页账号的账号名' }, { path: 'password', message: '请输入网页账号的密码' }]))
  })

  it('refuses with 409 when both accounts hold records, saying what to do, and changes nothing', async () => {
    const s = await signUpStudent(h)
    await h.prisma.studentProfile.create({ data: { userId: s.user.id, realName: '网页同学', education: 'none' } })
    const openid = openidFor('both')
    const w = await wechatSession(openid)
    await h.prisma.inboxMessage.create({ data: { userId: w.user.id, title: '通知', body: '内容' } })
    const problem = await expectProblem(await link(w.token, { username: s.username, password: s.password }), 409, 'CONFLICT')
    expect(problem.message).toContain('都已有记录')
    expect(problem.message).toContain('注销当前微信账号')
    expect(problem.message).toContain(s.username)
    await expectUnchanged(w, openid, s.user.id)
  })

  // One row of the WeChat account's own in any student table is enough to keep it: each kind on its own.
  const seeds: [string, (userId: string) => Promise<unknown>][] = [
    ['a résumé', (userId) => h.prisma.studentProfile.create({ data: { userId, education: 'none' } })],
    ['an application with its consent', async (userId) => {
      const job = await createJob(h.prisma, { orgId: (await createEnterprise(h.prisma)).id })
      return h.prisma.application.create({ data: { studentUserId: userId, jobId: job.id, consentAt: new Date(), consentText: '同意' } })
    }],
    ['an event registration', async (userId) => h.prisma.eventRegistration.create({ data: { userId, eventId: (await createEvent(h.prisma)).id } })],
    ['a subscription consent', (userId) => h.prisma.subscriptionCredit.create({ data: { userId, templateId: 'tpl', remaining: 1 } })],
  ]
  for (const [kind, seed] of seeds) {
    it(`keeps a WeChat account holding ${kind}, and says to use 设置网页登录 when the H5 account holds nothing`, async () => {
      const s = await signUpStudent(h)
      const openid = openidFor('holds')
      const w = await wechatSession(openid)
      await seed(w.user.id)
      const problem = await expectProblem(await link(w.token, { username: s.username, password: s.password }), 409, 'CONFLICT')
      expect(problem.message).toContain('设置网页登录')
      await expectUnchanged(w, openid, s.user.id)
    })
  }

  it('counts every student table of the schema as data', () => {
    for (const column of ['StudentProfile.userId', 'Application.studentUserId', 'TrainingEnrolment.studentUserId', 'EventRegistration.userId',
      'ScheduleItem.userId', 'BoothVisit.userId', 'InterviewSlot.bookedByUserId', 'SubscriptionCredit.userId', 'SubscriptionCreditEntry.userId',
      'Reminder.userId', 'InboxMessage.userId', 'Report.reporterUserId', 'ApplicationEvent.byUserId']) {
      expect(HELD_DATA_COLUMNS).toContain(column)
    }
    expect(HELD_DATA_COLUMNS).not.toContain('User.id')
  })

  it('refuses with 409 an H5 account that already has a WeChat, whichever way it got it', async () => {
    const s = await signUpStudent(h)
    const first = await wechatSession(openidFor('first'))
    expect((await link(first.token, { username: s.username, password: s.password })).status).toBe(200)
    const openid = openidFor('second')
    const second = await wechatSession(openid)
    const problem = await expectProblem(await link(second.token, { username: s.username, password: s.password }), 409, 'CONFLICT')
    expect(problem.message).toContain('已关联了另一个微信')
    await expectUnchanged(second, openid)
    expect((await row(s.user.id)).openid).not.toBe(openid)

    // An account made through WeChat that set 设置网页登录 has its WeChat already.
    const madeOpenid = openidFor('made')
    const made = await wechatSession(madeOpenid)
    const web = { username: `made_${seq}_66`, password: 'Made2026go' }
    expect((await h.app.request('/api/account/web-login', jsonInit('POST', web, { ...bearer(made.token), 'x-forwarded-for': freshAddress() }))).status).toBe(201)
    await expectProblem(await link(second.token, web), 409, 'CONFLICT')
    expect((await row(made.user.id)).openid).toBe(madeOpenid)
  })

  it('refuses staff callers (403), a staff account as the target (403), an H5 caller (409) and anyone signed out (401)', async () => {
    const s = await signUpStudent(h)
    const enterprise = (await createMember(h.prisma, await createEnterprise(h.prisma))).user
    await expectProblem(await link(await h.tokenFor(enterprise), { username: s.username, password: s.password }), 403, 'FORBIDDEN')
    expect((await row(s.user.id)).openid).toBeNull()

    const teacher = { username: `teacher_${seq}_66`, password: 'Teach2026go' }
    const staff = (await createMember(h.prisma, await createCollege(h.prisma), { user: { ...teacher, openid: null } })).user
    const openid = openidFor('to-staff')
    const w = await wechatSession(openid)
    const refused = await expectProblem(await link(w.token, teacher), 403, 'FORBIDDEN')
    expect(refused.message).toBe('只能关联学生的网页账号')
    expect((await row(staff.id)).openid).toBeNull()
    await expectUnchanged(w, openid, s.user.id)

    const other = await signUpStudent(h)
    const h5 = await expectProblem(await link(other.token, { username: s.username, password: s.password }), 409, 'CONFLICT')
    expect(h5.message).toContain(other.username)
    await expectProblem(await h.app.request('/api/account/link-web-account', jsonInit('POST', { username: s.username, password: s.password })), 401, 'UNAUTHENTICATED')
    expect((await row(s.user.id)).openid).toBeNull()
  })
})
