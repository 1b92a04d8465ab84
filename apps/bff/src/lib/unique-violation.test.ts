import { createEvent, createStudent } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../testing/harness'
import { createBaseApp } from './create-app'

/**
 * Decision 049: a write that loses a race against a unique index answers 409 DUPLICATE in the one error format, not
 * 500, whichever way the statement was sent. The routes here write to the real test database.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('a unique index refusing a write', () => {
  it('answers 409 DUPLICATE with a Chinese message, for Prisma calls and raw statements alike', async () => {
    const { id: userId } = await createStudent(h.prisma)
    const { id: eventId } = await createEvent(h.prisma)
    await h.prisma.eventRegistration.create({ data: { eventId, userId } })
    const app = createBaseApp(h.deps)
      .post('/api/twice', async (c) => c.json(await c.var.db.eventRegistration.create({ data: { eventId, userId } })))
      .post('/api/twice-raw', async (c) => {
        await c.var.db.$executeRaw`INSERT INTO "EventRegistration" ("id", "eventId", "userId") VALUES ('raw-dup', ${eventId}, ${userId})`
        return c.json({})
      })
    for (const path of ['/api/twice', '/api/twice-raw']) {
      const problem = await expectProblem(await app.request(path, { method: 'POST' }), 409, 'DUPLICATE')
      expect(problem.message, path).toMatch(/重复/)
      expect(JSON.stringify(problem), path).not.toMatch(/EventRegistration|constraint|Prisma/)
    }
  })
})
