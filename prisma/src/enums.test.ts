import * as shared from '@zhilian/shared/contracts/enums'
import { describe, expect, it } from 'vitest'
import * as prismaEnums from '../generated/client/enums'

// Enums that only the database knows: storage states that no client shows as a vocabulary.
const STORAGE_ONLY = [
  'ChainStatus', 'ChainRelevance', 'ChallengeStatus', 'ChallengeTakerStatus', 'BookingStatus',
  'EventStatus', 'BoothStatus', 'ReminderStatus', 'ReportStatus', 'ListKind', 'ImportStatus',
]

const vocabularies: [string, { labels: Record<string, string> }][] = Object.entries(shared as Record<string, unknown>).flatMap(
  ([name, value]) => (typeof value === 'object' && value !== null && 'labels' in value ? [[name, value as { labels: Record<string, string> }]] : []),
)

describe('Prisma enums mirror @zhilian/shared vocabularies', () => {
  it('finds the shared vocabularies', () => {
    expect(vocabularies.length).toBeGreaterThan(10)
  })

  it.each(vocabularies)('%s has the same keys in the same order', (name, vocabulary) => {
    const mirrored = (prismaEnums as Record<string, Record<string, string>>)[name]
    expect(mirrored, `schema.prisma lacks enum ${name}`).toBeDefined()
    expect(Object.keys(mirrored!)).toEqual(Object.keys(vocabulary.labels))
    expect(Object.values(mirrored!)).toEqual(Object.keys(vocabulary.labels))
  })

  it('has no other enum except the storage-only ones', () => {
    const extra = Object.keys(prismaEnums).filter((name) => !(name in shared))
    expect(extra.sort()).toEqual([...STORAGE_ONLY].sort())
  })
})
