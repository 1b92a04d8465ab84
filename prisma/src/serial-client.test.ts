import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from './client'
import { testServerUrl } from './env'
import { createJob } from './factories'
import { SerialClient } from './serial-client'
import { createTestDb } from './test-db'

/**
 * Statements asked of one connection side by side (decision 070). Before SerialClient, each of these made node-postgres
 * print its pg@9 deprecation warning, which the setup (pg-concurrency-guard.ts) turns into this file's failure; the
 * answers themselves were right then too, so the assertions here are that the answers stay right and in order.
 * PostgreSQL only: PGlite has no node-postgres connection.
 */
const staggered = <T>(count: number, run: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, async (_, i) => {
    // Each caller starts in a later turn of the event loop, so the statements reach the connection while others run.
    await new Promise((resolve) => setImmediate(resolve))
    return run(i)
  }))

describe.skipIf(!testServerUrl())('SerialClient on PostgreSQL', () => {
  let db: DbHandle
  beforeAll(async () => {
    db = await createTestDb()
  })
  afterAll(async () => {
    await db.close()
  })

  it('answers each of many queries asked at once of one connection, promise and callback alike', async () => {
    const client = new SerialClient({ connectionString: db.url })
    await client.connect()
    try {
      const byPromise = Promise.all(Array.from({ length: 6 }, (_, i) => client.query<{ n: number }>('SELECT $1::int AS n, pg_sleep(0.005)', [i])))
      const byCallback = new Promise<number>((resolve, reject) => {
        client.query<{ n: number }>('SELECT 41 + 1 AS n', (err, res) => (err ? reject(err) : resolve(res.rows[0]!.n)))
      })
      expect((await byPromise).map((r) => r.rows[0]!.n)).toEqual([0, 1, 2, 3, 4, 5])
      expect(await byCallback).toBe(42)
      // A failing query rejects alone; the ones after it still run.
      const [bad, good] = await Promise.allSettled([client.query('SELECT 1/0'), client.query('SELECT 2 AS n')])
      expect(bad.status).toBe('rejected')
      expect(good.status === 'fulfilled' && good.value.rows).toEqual([{ n: 2 }])
    } finally {
      await client.end()
    }
  })

  it('runs an interactive transaction whose statements and nested selects are asked side by side', async () => {
    for (let i = 0; i < 3; i++) await createJob(db.prisma)
    // Prisma's query interpreter reads a select's relations side by side: inside a transaction, on its one connection.
    const select = { id: true, memberships: { select: { id: true } }, labels: { select: { labelId: true } }, jobs: { select: { id: true, skills: { select: { name: true } }, majors: { select: { majorCode: true } } } } }
    const outside = await db.prisma.organization.findMany({ select, orderBy: { id: 'asc' } })
    const inside = await db.prisma.$transaction((tx) => staggered(6, () => tx.organization.findMany({ select, orderBy: { id: 'asc' } })))
    expect(outside.flatMap((o) => o.jobs.flatMap((j) => j.skills))).toHaveLength(6)
    expect(inside).toEqual(Array.from({ length: 6 }, () => outside))
  })
})
