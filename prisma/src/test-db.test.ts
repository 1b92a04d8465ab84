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

  it('is quick once the template exists', async () => {
    handles.push(await createTestDb())
    const started = performance.now()
    const db = await createTestDb()
    const ms = performance.now() - started
    handles.push(db)
    console.info(`createTestDb (${db.kind}): ${ms.toFixed(0)} ms`)
    expect(await db.prisma.user.count()).toBe(0)
    expect(ms).toBeLessThan(5_000)
  })
})
