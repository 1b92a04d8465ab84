import { afterAll, describe, expect, it } from 'vitest'
import { createTestDb } from './test-db'
import type { DbHandle } from './client'

describe('createTestDb', () => {
  const handles: DbHandle[] = []
  afterAll(async () => { await Promise.all(handles.map((h) => h.close())) })

  it('gives each caller its own migrated database', async () => {
    const a = await createTestDb()
    const b = await createTestDb()
    handles.push(a, b)
    await a.prisma.city.create({ data: { adcode: '370300', name: '淄博市', circle: '省会经济圈', lon: 118.05, lat: 36.78 } })
    expect(await a.prisma.city.count()).toBe(1)
    expect(await b.prisma.city.count()).toBe(0)
    const applied = await b.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`
    expect(Number(applied[0]?.n)).toBeGreaterThan(0)
  })

  it('copies one migrated template instead of migrating each database', async () => {
    const first = await createTestDb()
    handles.push(first)
    const started = performance.now()
    const db = await createTestDb()
    const ms = performance.now() - started
    handles.push(db)
    console.info(`createTestDb (${db.kind}): ${ms.toFixed(0)} ms`)
    // A copy carries the template's migration history, timestamps included; a fresh migration would not.
    const history = (h: DbHandle) => h.prisma.$queryRaw<{ migration_name: string; started_at: Date }[]>`
      SELECT migration_name, started_at FROM _prisma_migrations ORDER BY migration_name`
    const [a, b] = [await history(first), await history(db)]
    expect(a.length).toBeGreaterThan(0)
    expect(b).toEqual(a)
    expect(await db.prisma.user.count()).toBe(0)
  })
})
