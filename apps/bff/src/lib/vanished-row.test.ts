import { openDatabase, type DbHandle } from '@zhilian/db'
import { createEnterprise, createMember, createUser } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../testing/harness'
import { waitForLockWaiters } from '../testing/lock-waits'

/**
 * Decision 107: a row deleted between a handler's read and its write (Prisma P2025) answered 500 「系统繁忙」. On
 * PostgreSQL a second connection holds the row until the request waits on it, deletes it, and lets the request go
 * on; PGlite runs one statement at a time, so it has no such moment and these cases are skipped.
 */
const SERVER = process.env.DATABASE_URL?.trim()
let h: Harness
let other: DbHandle | undefined
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  if (SERVER && h.db.kind === 'postgres' && h.db.url) other = await openDatabase({ url: h.db.url })
})
afterAll(async () => {
  await other?.close()
  await h.close()
})

/** Locks `table`'s row `id` in the second connection, sends `request`, deletes the row once the request waits, commits. */
async function deletedWhileWaiting(table: 'InboxMessage' | 'Membership', id: string, request: () => Response | Promise<Response>) {
  let answer: Promise<Response> | undefined
  await other!.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT 1 FROM "${table}" WHERE id = $1 FOR UPDATE`, id)
    answer = Promise.resolve(request())
    await waitForLockWaiters(h, 1)
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE id = $1`, id)
  }, { timeout: 120_000 })
  return answer!
}

describe.skipIf(!SERVER)('a row deleted between the read and the write (decision 107, PostgreSQL)', () => {
  it('answers 404 in words when a message is deleted while it is being marked read', async () => {
    const user = await createUser(h.prisma)
    const token = await h.tokenFor(user)
    const msg = await h.prisma.inboxMessage.create({ data: { userId: user.id, title: '通知', body: '内容' } })
    const res = await deletedWhileWaiting('InboxMessage', msg.id, () => h.app.request(`/api/inbox/${msg.id}/read`, { method: 'POST', headers: bearer(token) }))
    // Before: the update found no row (P2025), answered 500 INTERNAL.
    expect((await expectProblem(res, 404, 'NOT_FOUND')).message).toBe('要操作的内容刚刚已被删除或移除，请刷新页面后重试')
  })

  it('answers 404 when a member is removed while the owner changes their role, and audits nothing', async () => {
    const org = await createEnterprise(h.prisma)
    const owner = await h.tokenFor((await createMember(h.prisma, org, { isOwner: true })).user)
    const { membership } = await createMember(h.prisma, org)
    const res = await deletedWhileWaiting('Membership', membership.id, () =>
      h.app.request(`/api/organizations/${org.id}/members/${membership.id}/role`, jsonInit('PUT', { role: 'viewer' }, bearer(owner))))
    await expectProblem(res, 404, 'NOT_FOUND')
    expect(await h.prisma.auditLog.count({ where: { orgId: org.id, action: 'member.role' } })).toBe(0)
  })
})
