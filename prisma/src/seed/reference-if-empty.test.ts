import { reference } from '@zhilian/shared/reference'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../client'
import { createTestDb } from '../test-db'
import { seedReferenceIfEmpty } from './reference'

let db: DbHandle
beforeAll(async () => { db = await createTestDb() }, 120_000)
afterAll(async () => { await db?.close() })

describe('seedReferenceIfEmpty: reference data for a database migrated but never seeded (production)', () => {
  it('loads cities, majors, chains and labels once, and leaves an edited chain alone afterwards', async () => {
    const ref = reference()
    expect(await db.prisma.city.count()).toBe(0)
    expect(await seedReferenceIfEmpty(db.prisma)).toBe(true)
    expect(await db.prisma.city.count()).toBe(ref.cities.length)
    expect(await db.prisma.industryChain.count()).toBe(ref.chains.length)
    expect(await db.prisma.major.count()).toBe(ref.majors.length)
    expect(await db.prisma.enterpriseLabel.count()).toBe(ref.labels.length)

    const chain = ref.chains[0]!
    await db.prisma.industryChain.update({ where: { id: chain.id }, data: { name: '改过名的产业链' } })
    expect(await seedReferenceIfEmpty(db.prisma)).toBe(false)
    expect((await db.prisma.industryChain.findUniqueOrThrow({ where: { id: chain.id } })).name).toBe('改过名的产业链')
  })
})
