import { createUser } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import { AdministratorEnabledSchema, AdministratorPageSchema, AdministratorSchema } from '@zhilian/shared/contracts/administrators'
import { AuditPageSchema } from '@zhilian/shared/contracts/audit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, administrators, JINAN } from '../../testing/administrators'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { freshAddress } from '../../testing/student-accounts'

/** Decision 074: a disabled administrator is told so and by whom; 重新启用; the accounts' entries in 操作日志. */
let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

const { admin, platform, eduOffice, industryOffice, bureau, consortium, enterpriseOwner, reset, disable, enable, signIn, me } = administrators(() => h)
const list = (token: string) => h.app.request('/api/admin/administrators?limit=100', { headers: bearer(token) })
const trail = async (token: string, query = '') => {
  const res = await h.app.request(`/api/audit?limit=100${query}`, { headers: bearer(token) })
  expect(res.status).toBe(200)
  return AuditPageSchema.parse(await res.json()).items
}

describe('a disabled administrator (decision 074)', () => {
  it('is told the account was disabled and by whom, on its session and at the sign-in with the right password', async () => {
    const industry = await industryOffice()
    await h.prisma.user.update({ where: { id: industry.user.id }, data: { displayName: '周处长' } })
    const target = await bureau('industry')
    expect((await disable(industry.token, target.user.id)).status).toBe(200)
    const expected = '您的账号已被周处长（山东省工业和信息化厅 · 全省企业与机构）停用，如需继续使用，请联系其重新启用'
    expect((await expectProblem(await me(target.token), 401, 'ACCOUNT_DISABLED')).message).toBe(expected)
    expect((await expectProblem(await signIn({ username: target.user.username!, password: ADMIN_PASSWORD }), 401, 'ACCOUNT_DISABLED')).message).toBe(expected)
    // A wrong password learns nothing about the account.
    await expectProblem(await signIn({ username: target.user.username!, password: 'Wrong2026go' }), 401, 'INVALID_CREDENTIALS')
  })

  it('keeps an erased student’s answer: the account does not exist', async () => {
    const student = await createUser(h.prisma, { role: 'student' })
    const token = await h.tokenFor(student)
    await h.prisma.user.update({ where: { id: student.id }, data: { deletedAt: new Date() } })
    expect((await expectProblem(await me(token), 401, 'UNAUTHENTICATED')).message).toBe('账号不存在或已注销')
  })
})

describe('POST /api/admin/administrators/{id}/enable (decision 074)', () => {
  it('re-enables a disabled account with a one-time temporary password: the old password fails, old sessions stay ended; listed and audited (decision 078)', async () => {
    const edu = await eduOffice()
    const target = await bureau('edu')
    expect((await disable(edu.token, target.user.id)).status).toBe(200)
    const res = await enable(edu.token, target.user.id)
    expect(res.status).toBe(200)
    const enabled = AdministratorEnabledSchema.parse(await res.json())
    expect(enabled.administrator).toMatchObject({ id: target.user.id, disabledAt: null, disabledBy: null, passwordTemporary: true })
    expect(enabled.signIn).toMatchObject({ username: target.user.username })
    const shown = enabled.signIn!
    await expectProblem(await me(target.token), 401, 'SESSION_EXPIRED')
    // The password the holder had before 停用 is no longer the account's.
    await expectProblem(await signIn({ username: target.user.username!, password: ADMIN_PASSWORD }), 401, 'INVALID_CREDENTIALS')
    await expectProblem(await signIn({ username: target.user.username!, password: shown.temporaryPassword }), 403, 'PASSWORD_CHANGE_REQUIRED')
    expect((await signIn({ username: target.user.username!, password: shown.temporaryPassword, newPassword: 'Renewed2027go' })).status).toBe(200)
    const listed = AdministratorPageSchema.parse(await (await list(edu.token)).json()).items.find((a) => a.id === target.user.id)
    expect(listed).toMatchObject({ disabledAt: null, disabledBy: null })
    const entries = await h.prisma.auditLog.findMany({ where: { entityId: target.user.id, action: { startsWith: 'administrator.' } }, orderBy: { at: 'asc' } })
    expect(entries.map((e) => [e.action, e.actorUserId])).toEqual([['administrator.disabled', edu.user.id], ['administrator.enabled', edu.user.id]])
    expect(auditSentence(entries[1]!)).toBe('重新启用管理员“平台管理员”（淄博市教育局 · 仅本市院校），生成一次性临时密码（72小时内有效，登录时须设置新密码），原密码失效')
    expect(JSON.stringify(entries)).not.toContain(shown.temporaryPassword)
    // Enabled now: a second 启用 is refused, and 停用 works again.
    expect((await expectProblem(await enable(edu.token, target.user.id), 409, 'INVALID_TRANSITION')).message).toBe('该管理员账号没有停用，请刷新列表')
    expect((await disable(edu.token, target.user.id)).status).toBe(200)
  })

  it('forgives the failures the old password collected, so the temporary password works at once', async () => {
    const chief = await platform()
    const target = await bureau('industry')
    const office = freshAddress()
    for (let i = 0; i < 5; i++) await signIn({ username: target.user.username!, password: 'Wrong2026go' }, office)
    await expectProblem(await signIn({ username: target.user.username!, password: ADMIN_PASSWORD }, office), 429, 'RATE_LIMITED')
    expect((await disable(chief.token, target.user.id)).status).toBe(200)
    const shown = AdministratorEnabledSchema.parse(await (await enable(chief.token, target.user.id)).json()).signIn!
    await expectProblem(await signIn({ username: target.user.username!, password: shown.temporaryPassword }, office), 403, 'PASSWORD_CHANGE_REQUIRED')
  })

  it('re-enables an account that signs in only through WeChat without a password to hand over', async () => {
    const chief = await platform()
    const target = await admin({ username: null, adminDepartment: 'edu', adminCityCode: JINAN })
    expect((await disable(chief.token, target.user.id)).status).toBe(200)
    const enabled = AdministratorEnabledSchema.parse(await (await enable(chief.token, target.user.id)).json())
    expect(enabled).toMatchObject({ administrator: { id: target.user.id, disabledAt: null }, signIn: null })
    const entry = await h.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.user.id, action: 'administrator.enabled' } })
    expect(auditSentence(entry)).toBe('重新启用管理员“平台管理员”（济南市教育局 · 仅本市院校），通过微信登录')
  })

  it('shows who disabled an account in the list', async () => {
    const chief = await platform()
    await h.prisma.user.update({ where: { id: chief.user.id }, data: { displayName: '孙主任' } })
    const target = await bureau('industry', JINAN)
    expect(AdministratorSchema.parse(await (await disable(chief.token, target.user.id)).json()).disabledBy).toBe('孙主任（省级管理员 · 全省全部单位）')
  })

  it('keeps to the scope: 404 for an account the caller does not manage, 403 for non-administrators, the account unchanged', async () => {
    const chief = await platform()
    const [eduBureau, industryBureau, eduDept, otherChief] = [await bureau('edu'), await bureau('industry'), await eduOffice(), await platform()]
    for (const target of [eduBureau, industryBureau, eduDept, otherChief]) expect((await disable(chief.token, target.user.id)).status).toBe(200)
    const edu = await eduOffice()
    const outside: [string, string][] = [
      [edu.token, industryBureau.user.id], [edu.token, eduDept.user.id], [edu.token, otherChief.user.id],
      [(await industryOffice()).token, eduBureau.user.id], [(await bureau('edu', JINAN)).token, eduBureau.user.id],
      [(await consortium()).token, eduBureau.user.id], [edu.token, 'no-such-admin'],
      [edu.token, (await createUser(h.prisma, { role: 'student' })).id],
    ]
    for (const [token, id] of outside) await expectProblem(await enable(token, id), 404, 'NOT_FOUND')
    await expectProblem(await enable(await enterpriseOwner(), eduBureau.user.id), 403, 'FORBIDDEN')
    await expectProblem(await enable(await h.tokenFor(await createUser(h.prisma, { role: 'student' })), eduBureau.user.id), 403, 'FORBIDDEN')
    // A disabled administrator cannot re-enable itself or anyone: its session is refused first.
    await expectProblem(await enable(eduDept.token, eduBureau.user.id), 401, 'ACCOUNT_DISABLED')
    const still = await h.prisma.user.findMany({ where: { id: { in: [eduBureau.user.id, industryBureau.user.id, eduDept.user.id, otherChief.user.id] } }, select: { deletedAt: true } })
    expect(still.every((u) => u.deletedAt !== null)).toBe(true)
    // The rightful manager may.
    expect((await enable(edu.token, eduBureau.user.id)).status).toBe(200)
  })

  it('answers an erased (not disabled) account and a body or path it does not take in the one error format', async () => {
    const chief = await platform()
    const erased = await bureau('edu')
    await h.prisma.user.update({ where: { id: erased.user.id }, data: { deletedAt: new Date() } })
    await expectProblem(await enable(chief.token, erased.user.id), 409, 'INVALID_TRANSITION')
    const long = 'x'.repeat(5000)
    await expectProblem(await enable(chief.token, long), 400, 'VALIDATION_FAILED')
    const junk = await h.app.request(`/api/admin/administrators/${erased.user.id}/enable`, { method: 'POST', headers: { ...bearer(chief.token), 'content-type': 'application/json' }, body: '{"x":' })
    expect(junk.status).toBe(400)
  })
})

describe('administrator.* entries in 操作日志 (decision 074)', () => {
  it('shows create, reset, disable and re-enable to the platform and to the department that manages the account, in sentences', async () => {
    const chief = await platform()
    const edu = await eduOffice()
    const created = await h.app.request('/api/admin/administrators', jsonInit('POST', { displayName: '钱科长', username: `zb_edu_${Date.now() % 1e6}`, scope: { department: 'edu', cityCode: '370300' } }, bearer(edu.token)))
    expect(created.status).toBe(201)
    const id = AdministratorSchema.parse(((await created.json()) as { administrator: unknown }).administrator).id
    for (const step of [reset, disable, enable]) expect([200, 201]).toContain((await step(edu.token, id)).status)
    const expected = [
      '重新启用管理员“钱科长”（淄博市教育局 · 仅本市院校），生成一次性临时密码（72小时内有效，登录时须设置新密码），原密码失效',
      '停用管理员“钱科长”（淄博市教育局 · 仅本市院校），其所有登录状态已退出，不能再登录',
      expect.stringContaining('重置管理员“钱科长”的登录'),
      expect.stringContaining('新增管理员“钱科长”'),
    ]
    for (const reader of [chief.token, edu.token]) {
      const mine = (await trail(reader)).filter((e) => e.entityId === id)
      expect(mine.map((e) => auditSentence(e))).toEqual(expected)
      expect(mine.every((e) => e.actorName === '平台管理员' && e.entityName === '钱科长' && e.entity === 'User')).toBe(true)
      expect(mine.map((e) => e.action)).toEqual(['administrator.enabled', 'administrator.disabled', 'administrator.sign_in_reset', 'administrator.created'])
    }
    // The other side's department and the city bureaus manage no such account: they do not see its entries.
    for (const reader of [(await industryOffice()).token, (await bureau('edu')).token, (await consortium()).token]) {
      expect((await trail(reader)).filter((e) => e.entityId === id)).toEqual([])
    }
    // The entries stay out of a unit's own trail, and the filter by entity still narrows.
    expect((await trail(edu.token, '&entity=Organization')).filter((e) => e.entityId === id)).toEqual([])
    expect((await trail(edu.token, '&entity=User')).filter((e) => e.entityId === id)).toHaveLength(4)
  })

  it('pages the department’s trail with its cursor through unit and account entries alike', async () => {
    const edu = await eduOffice()
    // The other side's entry, older than the department's, must stay out of every later page too (the cursor's
    // condition must not replace the scope's).
    const industryBureau = await bureau('industry')
    expect((await disable((await industryOffice()).token, industryBureau.user.id)).status).toBe(200)
    const targets = [await bureau('edu'), await bureau('edu'), await bureau('edu')]
    for (const t of targets) expect((await disable(edu.token, t.user.id)).status).toBe(200)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await h.app.request(`/api/audit?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: { ...bearer(edu.token), 'x-forwarded-for': freshAddress() } })
      const page = AuditPageSchema.parse(await res.json())
      seen.push(...page.items.map((e) => e.id))
      cursor = page.nextCursor
    } while (cursor && seen.length < 500)
    expect(new Set(seen).size).toBe(seen.length)
    const ours = await h.prisma.auditLog.findMany({ where: { action: 'administrator.disabled', entityId: { in: targets.map((t) => t.user.id) } }, select: { id: true } })
    expect(ours.every((e) => seen.includes(e.id))).toBe(true)
    const outside = await h.prisma.auditLog.findFirstOrThrow({ where: { action: 'administrator.disabled', entityId: industryBureau.user.id } })
    expect(seen).not.toContain(outside.id)
  })
})
