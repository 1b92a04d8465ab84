/**
 * Loads the reference tables (cities, majors, chains and their majors, enterprise labels) from the
 * CSVs in @zhilian/shared. Idempotent: rows already present are left as they are, because chains
 * and labels are data an administrator may since have edited — except the major catalogue, which
 * follows majors.csv (see ./majors: new majors inserted, changed ones updated, missing ones retired).
 */
import { reference } from '@zhilian/shared/reference'
import type { PrismaClient } from '../../generated/client/client'
import { syncMajors, type MajorSyncResult } from './majors'

export async function seedReference(prisma: PrismaClient): Promise<MajorSyncResult> {
  const ref = reference()
  await prisma.city.createMany({
    data: ref.cities.map((c) => ({ adcode: c.adcode, name: c.name, circle: c.circle, lon: c.lon, lat: c.lat })),
    skipDuplicates: true,
  })
  const majors = await syncMajors(prisma, ref.majors)
  await prisma.industryChain.createMany({
    data: ref.chains.map((c, i) => ({
      id: c.id, name: c.name, status: c.status === 'confirmed_2022_11_list' ? 'confirmed' : 'candidate', source: c.source, sortOrder: i + 1,
    })),
    skipDuplicates: true,
  })
  await prisma.chainMajor.createMany({ data: ref.chainMajors, skipDuplicates: true })
  await prisma.enterpriseLabel.createMany({
    data: ref.labels.map((l, i) => ({ id: l.id, name: l.name, level: l.level, issuer: l.issuer, sortOrder: i + 1 })),
    skipDuplicates: true,
  })
  return majors
}

/**
 * A database no one has loaded reference data into (a production database migrated but never seeded: the demo seed
 * is refused there) gets it, in one transaction, so units can register with a city and lists can name majors and
 * chains. A database with any city is left alone: its chains and labels may since have been edited, and the major
 * catalogue follows `npm run reference:sync`. Answers whether it loaded.
 */
export async function seedReferenceIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.city.count()) > 0) return false
  await seedReferenceInTransaction(prisma)
  return true
}

/**
 * seedReference as one transaction, so a crash leaves the tables as they were. The catalogue has ~1,400 majors to
 * compare, longer than the default 5 s on a slow disk; waiting 30 s for a connection covers a busy pool at start.
 */
export function seedReferenceInTransaction(prisma: PrismaClient): Promise<MajorSyncResult> {
  return prisma.$transaction((tx) => seedReference(tx as PrismaClient), { timeout: 120_000, maxWait: 30_000 })
}

const seeded = new WeakSet<object>()

/** seedReference once per client: factories call it so a test needs no setup for foreign keys. */
export async function ensureReference(prisma: PrismaClient): Promise<void> {
  if (seeded.has(prisma)) return
  await seedReference(prisma)
  seeded.add(prisma)
}
