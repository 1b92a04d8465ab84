import { openDatabase, type DbHandle } from '@zhilian/db'
import { createStudent } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../testing/harness'
import { createBaseApp } from './create-app'

/**
 * Decision 069: a transaction PostgreSQL ends to break a deadlock answers 409 in the one error format, not 500. A real
 * deadlock, on PostgreSQL only (PGlite runs one transaction at a time): two requests on two pools lock two rows in
 * opposite orders.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('a transaction ended for a deadlock', () => {
  it('answers 409 CONFLICT with a Chinese message to the one ended; the other goes through', async (ctx) => {
    if (h.db.kind !== 'postgres' || !h.db.url) return ctx.skip()
    const [a, b] = [await createStudent(h.prisma), await createStudent(h.prisma)]
    const other: DbHandle = await openDatabase({ url: h.db.url })
    try {
      let arrived = 0
      let go = () => {}
      const both = new Promise<void>((resolve) => { go = resolve })
      const touch = (tx: { $executeRaw: DbHandle['prisma']['$executeRaw'] }, id: string) => tx.$executeRaw`UPDATE "User" SET "tokenVersion" = "tokenVersion" WHERE "id" = ${id}`
      const appOn = (db: DbHandle) => createBaseApp({ ...h.deps, db }).post('/api/lock/:first/:second', async (c) => {
        await c.var.db.$transaction(async (tx) => {
          await touch(tx, c.req.param('first'))
          if (++arrived === 2) go()
          await both
          await touch(tx, c.req.param('second'))
        }, { timeout: 60_000 })
        return c.json({})
      })
      const answers = await Promise.all([
        appOn(h.db).request(`/api/lock/${a.id}/${b.id}`, { method: 'POST' }),
        appOn(other).request(`/api/lock/${b.id}/${a.id}`, { method: 'POST' }),
      ])
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
      const problem = await expectProblem(answers.find((r) => r.status === 409)!, 409, 'CONFLICT')
      expect(problem.message).toContain('请重试')
    } finally {
      await other.close()
    }
  })
})
