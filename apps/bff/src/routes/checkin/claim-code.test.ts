import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { sweepClaims } from './claim-code'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

describe('the claims sweep', () => {
  it('deletes claims whose code expired more than a minute ago and keeps the rest', async () => {
    const now = Date.UTC(2026, 11, 6, 9, 0, 0)
    const claim = (nonce: string, expiresAt: number) => ({ nonce, eventId: 'sweep-event', scanner: 'desk:sweep-event', expiresAt: new Date(expiresAt) })
    await h.prisma.checkinCodeUse.createMany({
      data: [claim('sweep-old', now - 61_000), claim('sweep-edge', now - 60_000), claim('sweep-expired', now - 1_000), claim('sweep-live', now + 30_000)],
    })
    await sweepClaims(h.db.hotSql, now)
    const left = await h.prisma.checkinCodeUse.findMany({ where: { eventId: 'sweep-event' }, select: { nonce: true }, orderBy: { nonce: 'asc' } })
    expect(left.map((c) => c.nonce)).toEqual(['sweep-edge', 'sweep-expired', 'sweep-live'])
  })
})
