import { createAdmin, createUser } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import {
  AdministratorChoicesSchema,
  AdministratorCreatedSchema,
  AdministratorPageSchema,
  AdministratorSchema,
  type CreateAdministratorBody,
} from '@zhilian/shared/contracts/administrators'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { MemberSignInResetSchema } from '@zhilian/shared/contracts/members'
import { PROVINCE_SCOPE } from '@zhilian/shared/rules/admin-scope'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { disableAdministrator } from '../../administrators/disable'
import { createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { ADMIN_PASSWORD, administrators, JINAN, uname, ZIBO } from '../../testing/administrators'
import { freshAddress } from '../../testing/student-accounts'

/** Decision 072: administrator accounts under /api/admin/administrators, managed by the platform and the two provincial departments. */
let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

const { platform, eduOffice, industryOffice, bureau, consortium, enterpriseOwner, reset, disable, signIn } = administrators(() => h)
const PASSWORD = ADMIN_PASSWORD
const auth = (token: string) => ({ authorization: `Bearer ${token}` })
const list = (token: string, query = '') => h.app.request(`/api/admin/administrators${query}`, { headers: auth(token) })
const choices = (token: string) => h.app.request('/api/admin/administrators/choices', { headers: auth(token) })
const create = (token: string, body: CreateAdministratorBody) => h.app.request('/api/admin/administrators', jsonInit('POST', body, auth(token)))

describe('POST /api/admin/administrators (decision 072)', () => {
  it('lets the platform administrator create any scope; the answer shows the temporary password once and the first sign-in must change it', async () => {
    const { token } = await platform()
    const username = uname('zibo_edu')
    const res = await create(token, { displayName: '李局', username, scope: { department: 'edu', cityCode: ZIBO } })
    expect(res.status).toBe(201)
    const created = AdministratorCreatedSchema.parse(await res.json())
    expect(created.administrator).toMatchObject({ displayName: '李局', username, scopeLabel: '淄博市教育局 · 仅本市院校', passwordTemporary: true, self: false })
    expect(created.signIn).toMatchObject({ member: '李局', username })
    const office = freshAddress()
    await expectProblem(await signIn({ username, password: created.signIn.temporaryPassword }, office), 403, 'PASSWORD_CHANGE_REQUIRED')
    const done = await signIn({ username, password: created.signIn.temporaryPassword, newPassword: 'ZiboEdu2027ok' }, office)
    expect(SessionSchema.parse(await done.json()).user.role).toBe('admin')
    const kinds: CreateAdministratorBody['scope'][] = [{ department: 'all' }, { department: 'industry' }, { department: 'industry', cityCode: JINAN }, { department: 'grouping', groupingId: (await consortium()).grouping.id }]
    for (const scope of kinds) expect((await create(token, { displayName: '赵审核', username: uname(), scope })).status).toBe(201)
  })

  it('lets 省教育厅 and 省工信厅 create only their own side’s city bureaus', async () => {
    const edu = await eduOffice()
    expect((await create(edu.token, { displayName: '王科长', username: uname(), scope: { department: 'edu', cityCode: JINAN } })).status).toBe(201)
    for (const scope of [{ department: 'industry', cityCode: JINAN }, { department: 'edu' }, { department: 'all' }] as const) {
      const problem = await expectProblem(await create(edu.token, { displayName: '王科长', username: uname(), scope }), 403, 'FORBIDDEN')
      expect(problem.message).toContain('您只能为本部门新增市级部门的管理员账号')
    }
    const industry = await industryOffice()
    await expectProblem(await create(industry.token, { displayName: '王科长', username: uname(), scope: { department: 'edu', cityCode: JINAN } }), 403, 'FORBIDDEN')
    expect((await create(industry.token, { displayName: '王科长', username: uname(), scope: { department: 'industry', cityCode: ZIBO } })).status).toBe(201)
  })

  it('answers 403 to a city bureau, a consortium, an enterprise and a student, for create, list and choices alike', async () => {
    const student = await h.tokenFor(await createUser(h.prisma, { role: 'student' }))
    const callers = [(await bureau('edu')).token, (await consortium()).token, await enterpriseOwner(), student]
    const before = await h.prisma.user.count({ where: { role: 'admin' } })
    for (const token of callers) {
      await expectProblem(await create(token, { displayName: '王', username: uname(), scope: { department: 'edu', cityCode: ZIBO } }), 403, 'FORBIDDEN')
      await expectProblem(await list(token), 403, 'FORBIDDEN')
      await expectProblem(await choices(token), 403, 'FORBIDDEN')
    }
    const problem = await expectProblem(await list(callers[0]!), 403, 'FORBIDDEN')
    expect(problem.message).toBe('管理员账号由省级管理员或省教育厅、省工信厅开设，请联系上级部门')
    expect(await h.prisma.user.count({ where: { role: 'admin' } })).toBe(before)
  })

  it('refuses bad input with the field’s Chinese message: demo_ names, a missing grouping, an unknown city or grouping', async () => {
    const { token } = await platform()
    const cases: [CreateAdministratorBody, string][] = [
      [{ displayName: '王', username: 'demo_chief', scope: { department: 'all' } }, '账号名不能以 demo_ 开头'],
      [{ displayName: '  ', username: uname(), scope: { department: 'all' } }, '请输入姓名'],
      [{ displayName: '王', username: uname(), scope: { department: 'grouping' } }, '请选择联合体或园区'],
      [{ displayName: '王', username: uname(), scope: { department: 'all', cityCode: ZIBO } }, '只有教育、工信部门的管理员需要选择城市'],
      [{ displayName: '王', username: uname(), scope: { department: 'edu', cityCode: '379999' } }, '没有代码为 379999 的城市，请从列表中选择城市'],
      [{ displayName: '王', username: uname(), scope: { department: 'grouping', groupingId: 'no-such-grouping' } }, '该联合体或园区不存在，请刷新后重新选择'],
    ]
    for (const [body, message] of cases) {
      const problem = await expectProblem(await create(token, body), 400, 'VALIDATION_FAILED')
      expect(JSON.stringify(problem)).toContain(message)
    }
  })

  it('answers 409 for a taken name, also when two requests race for it', async () => {
    const { token } = await platform()
    const taken = (await createAdmin(h.prisma, { username: uname('taken') })).username!
    const problem = await expectProblem(await create(token, { displayName: '王', username: taken, scope: { department: 'all' } }), 409, 'DUPLICATE')
    expect(problem.message).toBe(`账号名 ${taken} 已被使用（含已停用的账号），请换一个`)
    const username = uname('race')
    const answers = await Promise.all([1, 2, 3].map(() => create(token, { displayName: '王', username, scope: { department: 'industry' } })))
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409])
    expect(await h.prisma.user.count({ where: { username } })).toBe(1)
  })
})

describe('GET /api/admin/administrators and /choices', () => {
  it('lists every administrator to the platform, only their side’s city bureaus to a provincial department, scope in words', async () => {
    const chief = await platform()
    const edu = await eduOffice()
    const eduBureau = await bureau('edu', JINAN)
    const industryBureau = await bureau('industry', JINAN)
    const all = AdministratorPageSchema.parse(await (await list(chief.token, '?limit=100')).json())
    expect(all.items.find((a) => a.id === chief.user.id)).toMatchObject({ self: true, scopeLabel: '省级管理员 · 全省全部单位' })
    const seen = AdministratorPageSchema.parse(await (await list(edu.token, '?limit=100')).json()).items
    expect(seen.find((a) => a.id === eduBureau.user.id)).toMatchObject({ scopeLabel: '济南市教育局 · 仅本市院校', department: 'edu', cityCode: JINAN })
    expect(seen.some((a) => a.id === industryBureau.user.id || a.id === edu.user.id || a.department !== 'edu' || !a.cityCode)).toBe(false)
  })

  it('pages newest first with a cursor', async () => {
    const industry = await industryOffice()
    const made = [await bureau('industry', '370400'), await bureau('industry', '370500'), await bureau('industry', '370600')]
    const first = AdministratorPageSchema.parse(await (await list(industry.token, '?limit=2')).json())
    expect(first.items).toHaveLength(2)
    const rest = AdministratorPageSchema.parse(await (await list(industry.token, `?limit=100&cursor=${first.nextCursor}`)).json())
    const ids = [...first.items, ...rest.items].map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.indexOf(made[2]!.user.id)).toBeLessThan(ids.indexOf(made[0]!.user.id))
  })

  it('offers only what the caller may create', async () => {
    const grouping = (await consortium()).grouping
    const full = AdministratorChoicesSchema.parse(await (await choices((await platform()).token)).json())
    expect(full).toMatchObject({ departments: ['all', 'edu', 'industry', 'grouping'], provinceLevel: true })
    expect(full.cities.find((c) => c.adcode === ZIBO)?.name).toBe('淄博市')
    expect(full.groupings.some((g) => g.id === grouping.id)).toBe(true)
    const edu = AdministratorChoicesSchema.parse(await (await choices((await eduOffice()).token)).json())
    expect(edu).toMatchObject({ departments: ['edu'], provinceLevel: false, groupings: [] })
    expect(edu.cities).toHaveLength(16)
  })
})

describe('POST /api/admin/administrators/{id}/sign-in-reset', () => {
  it('resets a managed administrator: every session ends, failures are forgiven, the temporary password must be changed; audited without it', async () => {
    const edu = await eduOffice()
    const target = await bureau('edu')
    const office = freshAddress()
    for (let i = 0; i < 5; i++) expect((await signIn({ username: target.user.username!, password: `Wrong2026go${i}` }, office)).status).toBe(401)
    const res = await reset(edu.token, target.user.id)
    expect(res.status).toBe(201)
    const shown = MemberSignInResetSchema.parse(await res.json())
    await expectProblem(await h.clientAs(target.token).api.me.$get(), 401, 'SESSION_EXPIRED')
    await expectProblem(await signIn({ username: target.user.username!, password: shown.temporaryPassword }, office), 403, 'PASSWORD_CHANGE_REQUIRED')
    expect((await signIn({ username: target.user.username!, password: shown.temporaryPassword, newPassword: 'MyOwn2027go' }, office)).status).toBe(200)
    const log = await h.prisma.auditLog.findMany({ where: { entityId: target.user.id, action: { startsWith: 'administrator.' } } })
    expect(log.map((e) => [e.action, e.actorUserId, e.entity])).toEqual([['administrator.sign_in_reset', edu.user.id, 'User']])
    expect(auditSentence({ action: log[0]!.action, entity: log[0]!.entity, entityId: log[0]!.entityId, diff: log[0]!.diff })).toContain('重置管理员“平台管理员”的登录')
    expect(JSON.stringify(log)).not.toContain(shown.temporaryPassword)
  })

  it('answers 404 outside the caller’s scope and 409 for oneself or a disabled account', async () => {
    const eduBureau = await bureau('edu')
    const industryBureau = await bureau('industry')
    const edu = await eduOffice()
    const outside: [string, string][] = [
      [edu.token, industryBureau.user.id], [edu.token, (await industryOffice()).user.id], [edu.token, (await platform()).user.id],
      [(await industryOffice()).token, eduBureau.user.id], [(await bureau('edu', JINAN)).token, eduBureau.user.id],
      [(await consortium()).token, eduBureau.user.id], [edu.token, 'no-such-admin'],
    ]
    for (const [token, id] of outside) await expectProblem(await reset(token, id), 404, 'NOT_FOUND')
    await expectProblem(await reset(await enterpriseOwner(), eduBureau.user.id), 403, 'FORBIDDEN')
    const chief = await platform()
    await expectProblem(await reset(chief.token, chief.user.id), 409, 'INVALID_TRANSITION')
    expect((await disable(chief.token, eduBureau.user.id)).status).toBe(200)
    await expectProblem(await reset(chief.token, eduBureau.user.id), 409, 'INVALID_TRANSITION')
    expect((await signIn({ username: industryBureau.user.username!, password: PASSWORD })).status).toBe(200)
  })
})

describe('POST /api/admin/administrators/{id}/disable', () => {
  it('retires an account: its sessions end and it signs in no more; the list shows it disabled; audited', async () => {
    const industry = await industryOffice()
    const target = await bureau('industry')
    const res = await disable(industry.token, target.user.id)
    expect(res.status).toBe(200)
    expect(AdministratorSchema.parse(await res.json()).disabledAt).not.toBeNull()
    // Decision 074: told it was disabled, not that it does not exist.
    await expectProblem(await h.clientAs(target.token).api.me.$get(), 401, 'ACCOUNT_DISABLED')
    await expectProblem(await signIn({ username: target.user.username!, password: PASSWORD }), 401, 'ACCOUNT_DISABLED')
    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.user.id, action: 'administrator.disabled' } })
    expect(auditSentence({ action: log.action, entity: log.entity, entityId: log.entityId, diff: log.diff })).toBe('停用管理员“平台管理员”（淄博市工业和信息化局 · 仅本市企业与机构），其所有登录状态已退出，不能再登录')
    await expectProblem(await disable(industry.token, target.user.id), 409, 'INVALID_TRANSITION')
  })

  it('answers 404 outside the scope, and refuses oneself', async () => {
    const edu = await eduOffice()
    const industryBureau = await bureau('industry')
    await expectProblem(await disable(edu.token, industryBureau.user.id), 404, 'NOT_FOUND')
    await expectProblem(await disable((await bureau('industry', JINAN)).token, industryBureau.user.id), 404, 'NOT_FOUND')
    await expectProblem(await disable((await consortium()).token, industryBureau.user.id), 404, 'NOT_FOUND')
    await expectProblem(await disable(await enterpriseOwner(), industryBureau.user.id), 403, 'FORBIDDEN')
    const chief = await platform()
    const problem = await expectProblem(await disable(chief.token, chief.user.id), 409, 'INVALID_TRANSITION')
    expect(problem.message).toContain('不能停用自己的账号')
    expect((await signIn({ username: industryBureau.user.username!, password: PASSWORD })).status).toBe(200)
  })

  it('never disables the last platform administrator who can sign in', async () => {
    const [a, b] = [await platform(), await platform()]
    // Every other platform administrator of this test database is retired first, so b is the last but a.
    await h.prisma.user.updateMany({ where: { role: 'admin', adminDepartment: null, id: { notIn: [a.user.id, b.user.id] } }, data: { deletedAt: new Date() } })
    expect((await disable(a.token, b.user.id)).status).toBe(200)
    // a, now the last one, is asked to go by a caller who was itself disabled a moment ago (two disabling each other).
    const problem = await disableAdministrator(h.prisma, { id: b.user.id, scope: PROVINCE_SCOPE }, a.user.id).catch((e: unknown) => e)
    expect(problem).toMatchObject({ code: 'INVALID_TRANSITION', userMessage: '这是最后一位可登录的省级管理员，不能停用；请先新增另一位省级管理员' })
    expect((await signIn({ username: a.user.username!, password: PASSWORD })).status).toBe(200)
  })
})
