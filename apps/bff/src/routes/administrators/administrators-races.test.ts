import { describe, expect, it } from 'vitest'
import { administrators } from '../../testing/administrators'
import { expectProblem } from '../../testing/harness'
import { holdLock, waitForLockWaiters } from '../../testing/lock-waits'
import { raceInstances } from '../../testing/race-instances'

/**
 * Decision 074 (072's "not done"): the last two platform administrators disabling each other at once, through the
 * endpoints of two app instances (each with its own pool on PostgreSQL, so the two transactions truly overlap).
 * Whatever the interleaving, one platform administrator who can sign in is left.
 */
const race = raceInstances({ TRUST_PROXY: 'true' })
const { platform, disable } = administrators(() => race.h)

/** Two platform administrators, every other one of the database retired, so these two are the last. */
async function lastTwo() {
  const [a, b] = [await platform(), await platform()]
  await race.h.prisma.user.updateMany({
    where: { role: 'admin', deletedAt: null, OR: [{ adminDepartment: null }, { adminDepartment: 'all' }], id: { notIn: [a.user.id, b.user.id] } },
    data: { deletedAt: new Date(), disabledBy: '测试' },
  })
  return [a, b] as const
}
const enabledOf = async (ids: string[]) => race.h.prisma.user.count({ where: { id: { in: ids }, deletedAt: null } })

describe('the last two platform administrators disabling each other at once (decision 074)', () => {
  it('leaves one of them, free-running on two instances', async () => {
    for (let round = 0; round < 4; round++) {
      const [a, b] = await lastTwo()
      const answers = await Promise.all([disable(a.token, b.user.id, race.h.app), disable(b.token, a.user.id, race.other)])
      const statuses = answers.map((r) => r.status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(1)
      const lost = answers.find((r) => r.status !== 200)!
      // 409 when its transaction saw the other's change; 401 when its session was read after that change committed.
      if (lost.status === 409) expect((await expectProblem(lost, 409, 'INVALID_TRANSITION')).message).toContain('最后一位可登录的省级管理员')
      else await expectProblem(lost, 401, 'ACCOUNT_DISABLED')
      expect(await enabledOf([a.user.id, b.user.id])).toBe(1)
    }
  })

  /**
   * The window itself, every time (PostgreSQL): a third connection holds the audit table, so the first disable waits
   * at its audit entry after counting the platform administrators and changing its target; the second, whose session
   * was read while both were enabled, then counts them too. With the platform rows locked (FOR UPDATE) the second waits
   * for the first and counts again after its commit: 409. Without the lock both counted two, both committed, and no
   * platform administrator could sign in.
   */
  it('refuses the second of two disables that both started while both were enabled', async (ctx) => {
    if (race.h.db.kind !== 'postgres' || !race.h.db.url) return ctx.skip()
    const [a, b] = await lastTwo()
    const release = await holdLock(race.h, 'LOCK TABLE "AuditLog" IN SHARE MODE')
    let first: Response | Promise<Response> | undefined
    let second: Response | Promise<Response> | undefined
    try {
      first = disable(a.token, b.user.id, race.h.app)
      await waitForLockWaiters(race.h, 1)
      second = disable(b.token, a.user.id, race.other)
      await waitForLockWaiters(race.h, 2)
    } finally {
      await release()
    }
    const answers = await Promise.all([first!, second!])
    expect(answers[0]!.status).toBe(200)
    expect((await expectProblem(answers[1]!, 409, 'INVALID_TRANSITION')).message).toBe('这是最后一位可登录的省级管理员，不能停用；请先新增另一位省级管理员')
    expect(await race.h.prisma.user.findUniqueOrThrow({ where: { id: a.user.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null })
    expect(await race.h.prisma.auditLog.count({ where: { action: 'administrator.disabled', entityId: { in: [a.user.id, b.user.id] } } })).toBe(1)
  })
})
