import { createAdmin } from '@zhilian/db/factories'
import { AppError, auditSentence } from '@zhilian/shared'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { MeSchema } from '@zhilian/shared/contracts/me'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, jsonInit, type Harness } from '../testing/harness'
import { freshAddress } from '../testing/student-accounts'
import { bootstrapAdministrator, parseBootstrapArgs, refusalText, UsageError } from './bootstrap'
import { shownOnce } from './shown-once'

/**
 * Decision 072: `npm run admin:create` makes the first platform administrator of a database nobody can sign in to
 * yet. Its function runs here against the test database; the account then signs in through the real app.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

let seq = 0
const name = (prefix: string) => `${prefix}_${++seq}_${Math.random().toString(36).slice(2, 7)}`
const run = (argv: string[]) => bootstrapAdministrator(h.prisma, parseBootstrapArgs(argv))
const signIn = (json: { username: string; password: string; newPassword?: string }, address = freshAddress()) =>
  h.app.request('/api/auth/password', jsonInit('POST', json, { 'x-forwarded-for': address }))

/** The refusal the command would print, or a failure if the call succeeded. */
async function refusal(argv: string[]): Promise<string> {
  try {
    await run(argv)
  } catch (error) {
    const text = refusalText(error)
    if (text) return text
    throw error
  }
  throw new Error(`admin:create ${argv.join(' ')} was not refused`)
}

describe('npm run admin:create (decision 072)', () => {
  it('creates a platform administrator whose temporary password must be changed at the first sign-in', async () => {
    const username = name('chief')
    const created = await run(['--username', username, '--display-name', '王省级'])
    expect(created.administrator).toMatchObject({ displayName: '王省级', username, department: 'all', scopeLabel: '省级管理员 · 全省全部单位', passwordTemporary: true, disabledAt: null })
    expect(shownOnce(created, 'DATABASE_URL')).toContain(created.signIn.temporaryPassword)
    const stored = await h.prisma.user.findUniqueOrThrow({ where: { username } })
    expect(stored).toMatchObject({ role: 'admin', adminDepartment: null, adminCityCode: null, adminGroupingId: null })
    expect(stored.passwordHash).not.toContain(created.signIn.temporaryPassword)

    const office = freshAddress()
    await expectProblem(await signIn({ username, password: created.signIn.temporaryPassword }, office), 403, 'PASSWORD_CHANGE_REQUIRED')
    const done = await signIn({ username, password: created.signIn.temporaryPassword, newPassword: 'Province2027ok' }, office)
    expect(done.status).toBe(200)
    const session = SessionSchema.parse(await done.json())
    const me = MeSchema.parse(await (await h.clientAs(session.token).api.me.$get()).json())
    expect(me.admin).toMatchObject({ department: 'all', province: true })
    expect((await signIn({ username, password: 'Province2027ok' })).status).toBe(200)
  })

  it('audits the creation as the system, naming the account and scope but never the password', async () => {
    const username = name('bureau')
    const created = await run(['--username', username, '--display-name', '李局', '--scope', 'edu:370300'])
    expect(created.administrator.scopeLabel).toBe('淄博市教育局 · 仅本市院校')
    const [entry, ...rest] = await h.prisma.auditLog.findMany({ where: { entityId: created.administrator.id } })
    expect(rest).toEqual([])
    expect(entry).toMatchObject({ action: 'administrator.created', actorUserId: null, entity: 'User' })
    expect(auditSentence({ action: entry!.action, entity: entry!.entity, entityId: entry!.entityId, diff: entry!.diff })).toBe(
      `新增管理员“李局”（账号 ${username}，淄博市教育局 · 仅本市院校），生成一次性临时密码（72小时内有效，登录时须设置新密码）`,
    )
    expect(JSON.stringify(entry)).not.toContain(created.signIn.temporaryPassword)
  })

  it('takes every kind of scope, a consortium by its name or id', async () => {
    const grouping = await h.prisma.grouping.create({ data: { kind: 'park', name: `齐鲁软件园${++seq}`, cityCode: '370100' } })
    const scopes: [string, string][] = [
      ['edu', '山东省教育厅 · 全省院校'],
      ['industry', '山东省工业和信息化厅 · 全省企业与机构'],
      ['industry:370200', '青岛市工业和信息化局 · 仅本市企业与机构'],
      [`grouping:${grouping.name}`, `${grouping.name} · 仅成员单位`],
      [`grouping:${grouping.id}`, `${grouping.name} · 仅成员单位`],
    ]
    for (const [scope, label] of scopes) {
      const created = await run(['--username', name('scoped'), '--display-name', '赵审核', '--scope', scope])
      expect(created.administrator.scopeLabel).toBe(label)
    }
  })

  it('refuses a demo_ name, a taken name, an unknown city or grouping, and bad flags, creating nothing', async () => {
    const before = await h.prisma.user.count()
    expect(await refusal(['--username', 'demo_admin2', '--display-name', '王'])).toContain('账号名不能以 demo_ 开头')
    const taken = (await createAdmin(h.prisma, { username: name('taken') })).username!
    expect(await refusal(['--username', taken, '--display-name', '王'])).toBe(`账号名 ${taken} 已被使用（含已停用的账号），请换一个`)
    expect(await refusal(['--username', name('x'), '--display-name', '王', '--scope', 'edu:379999'])).toBe('没有代码为 379999 的城市，请从列表中选择城市')
    expect(await refusal(['--username', name('x'), '--display-name', '王', '--scope', 'grouping:不存在的联合体'])).toContain('没有编号或名称为“不存在的联合体”的联合体或园区')
    expect(await refusal(['--username', name('x'), '--display-name', '王', '--scope', 'city'])).toContain('unknown scope: city')
    expect(await refusal(['--username', 'Bad Name', '--display-name', '王'])).toContain('账号名为4–32位小写字母')
    expect(await h.prisma.user.count()).toBe(before + 1)
    expect(() => parseBootstrapArgs(['--username', 'someone'])).toThrow(UsageError)
    expect(() => parseBootstrapArgs(['--user', 'someone', '--display-name', '王'])).toThrow(/bad arguments/)
    expect(refusalText(new UsageError('缺少参数'))).toContain('npm run admin:create -- --username')
    expect(refusalText(new AppError('NOT_FOUND'))).toBeTruthy()
  })
})
