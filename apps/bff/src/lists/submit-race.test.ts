import { createCollege, createMember } from '@zhilian/db/factories'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { MyListSchema } from '@zhilian/shared/contracts/lists'
import { testClient } from 'hono/testing'
import { describe, expect, it, vi } from 'vitest'
import { bearer, type TestApp } from '../testing/harness'
import { holdLock, waitForLockWaiters } from '../testing/lock-waits'
import { supplySections } from '../testing/list-sections'
import { raceInstances } from '../testing/race-instances'

/**
 * Decision 079 (073's "not done"): a section saved while 提交审核 is under way — after the submission read the draft,
 * before its transaction commits — is not in the submitted version, so the list must still read 「有未提交的修改」.
 * The submission clears the stamp only if it is still the one it read.
 */
const race = raceInstances()
vi.setConfig({ testTimeout: 180_000 })

async function filledCollege() {
  const org = await createCollege(race.h.prisma)
  const { user } = await createMember(race.h.prisma, org)
  const token = await race.h.tokenFor(user)
  const data = sampleSupplyList()
  data.college.uscc = org.uscc
  const mine = (app: TestApp = race.h.app) => testClient(app, undefined, undefined, { headers: bearer(token) }).api['supply-lists'].mine
  for (const [section, json] of supplySections(data)) expect((await mine().sections[':section'].$put({ param: { section }, json })).status).toBe(200)
  return { org, data, mine }
}

describe('a section saved while the list is being submitted (decision 079)', () => {
  /**
   * The window every time (PostgreSQL): a third connection holds the version table, so the submission waits at its
   * version insert, after reading the draft; the second instance then saves 基本信息 with a new 填表人 and commits.
   * Without the conditional clear the submission's `draftEditedAt = null` wiped that save's stamp.
   */
  it('keeps 「有未提交的修改」 for the save the submission did not include', async (ctx) => {
    if (race.h.db.kind !== 'postgres' || !race.h.db.url) return ctx.skip()
    const { org, data, mine } = await filledCollege()
    const [, basic] = supplySections({ ...data, filledBy: '李老师' }).find(([s]) => s === 'basic')!
    const release = await holdLock(race.h, 'LOCK TABLE "ListVersion" IN SHARE MODE')
    let submitting: Promise<Response> | undefined
    try {
      submitting = mine().submit.$post({ json: {} })
      await waitForLockWaiters(race.h, 1)
      const saved = await mine(race.other).sections[':section'].$put({ param: { section: 'basic' }, json: basic })
      expect(saved.status).toBe(200)
    } finally {
      await release()
    }
    expect((await submitting!).status).toBe(200)
    const submitted = await race.h.prisma.listVersion.findFirstOrThrow({ where: { listKind: 'supply' }, orderBy: { at: 'desc' }, select: { snapshot: true, listId: true } })
    const list = await race.h.prisma.supplyList.findFirstOrThrow({ where: { collegeId: org.id }, select: { id: true, draftEditedAt: true, draft: true } })
    expect(submitted.listId).toBe(list.id)
    // The submission carries the draft it read; the draft has the later save.
    expect((submitted.snapshot as { data: { filledBy: string } }).data.filledBy).toBe(data.filledBy)
    expect((list.draft as { filledBy: string }).filledBy).toBe('李老师')
    expect(list.draftEditedAt).not.toBeNull()
    const shown = MyListSchema.parse(await (await mine().$get()).json())
    expect(shown.list?.status).toBe('submitted')
    expect(shown.list?.unsubmittedChanges).toBe(true)
  })

  it('clears the stamp when nothing was saved in between', async () => {
    const { org, mine } = await filledCollege()
    expect((await race.h.prisma.supplyList.findFirstOrThrow({ where: { collegeId: org.id } })).draftEditedAt).not.toBeNull()
    expect((await mine().submit.$post({ json: {} })).status).toBe(200)
    expect((await race.h.prisma.supplyList.findFirstOrThrow({ where: { collegeId: org.id } })).draftEditedAt).toBeNull()
  })
})
