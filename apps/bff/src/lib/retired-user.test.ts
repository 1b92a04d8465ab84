import { createStudent } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HELD_DATA_COLUMNS } from '../privacy/held-data'
import { createHarness, expectProblem, type Harness } from '../testing/harness'
import { createBaseApp } from './create-app'

/**
 * Decision 069: the database refuses a new row keyed to a deleted account (migration
 * 20261206120000_no_rows_for_retired_users), on every column the link's "holds nothing" check reads, and the refusal
 * leaves in the one error format. The race it closes is tested in routes/account/link-web-account-races.test.ts.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('rows for a deleted account', () => {
  it('are refused by a trigger on every column of HELD_DATA_COLUMNS, so a table added later cannot be missed', async () => {
    const rows = await h.prisma.$queryRaw<{ trigger: string }[]>`
      SELECT c.relname || '.' || t.tgname AS "trigger" FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE p.proname = 'zl_refuse_retired_user' AND NOT t.tgisinternal`
    const guarded = rows.map((r) => r.trigger.replace(/^(\w+)\.\1_(\w+)_live$/, '$1.$2')).sort()
    expect(guarded).toEqual([...HELD_DATA_COLUMNS].sort())
  })

  it('answers 409 in the one error format when the account is someone else’s, and writes nothing', async () => {
    const gone = await createStudent(h.prisma)
    const kept = await createStudent(h.prisma)
    await h.prisma.user.update({ where: { id: gone.id }, data: { deletedAt: new Date() } })
    // A fan-out to two students, one of whom closed the account a moment ago: all or nothing.
    const app = createBaseApp(h.deps).post('/api/notice', async (c) => {
      await c.var.db.inboxMessage.createMany({ data: [kept, gone].map((u) => ({ userId: u.id, title: '活动变更', body: '时间调整' })) })
      return c.json({})
    })
    const problem = await expectProblem(await app.request('/api/notice', { method: 'POST' }), 409, 'CONFLICT')
    expect(problem.message).toContain('账号刚刚已注销')
    expect(JSON.stringify(problem)).not.toMatch(/zl_retired_user|ZL001|InboxMessage/)
    expect(await h.prisma.inboxMessage.count({ where: { userId: { in: [gone.id, kept.id] } } })).toBe(0)
    // A live account is written as before.
    await h.prisma.inboxMessage.create({ data: { userId: kept.id, title: '活动变更', body: '时间调整' } })
  })
})
