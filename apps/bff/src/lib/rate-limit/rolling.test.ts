import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { countRolling, rollingWait } from './rolling'

/**
 * Decision 078: the upload limit counts a rolling hour. Driven with explicit times on the real counters table, so the
 * hour's turn is where the test puts it (a fixed window reset there and let the fourth hit through).
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const HOUR = { limit: 3, windowSeconds: 3600 }
const at = (hms: string) => Date.parse(`2026-12-06T${hms}.000Z`)
let seq = 0
const key = () => `test:rolling:${++seq}`

describe('countRolling (decision 078)', () => {
  it('counts hits made just before the clock hour turned after it, and says the true wait', async () => {
    const k = key()
    for (const t of ['00:59:30', '00:59:40', '00:59:50']) expect((await countRolling(h.db.hotSql, k, HOUR, at(t))).admitted).toBe(true)
    const refused = await countRolling(h.db.hotSql, k, HOUR, at('01:00:10'))
    expect(refused.admitted).toBe(false)
    // The oldest hit (00:59:30, in its second's bucket) leaves the hour at 01:59:31: 3,561 seconds after 01:00:10.
    const wait = (at('01:59:31') - at('01:00:10')) / 1000
    expect(refused.retryAfter).toBe(wait)
    // One second short of the wait is still refused (and taken back, so it moves nothing); at the wait it is admitted.
    const early = await countRolling(h.db.hotSql, k, HOUR, at('01:00:10') + (wait - 1) * 1000)
    expect(early).toMatchObject({ admitted: false, retryAfter: 1 })
    expect((await countRolling(h.db.hotSql, k, HOUR, at('01:00:10') + wait * 1000)).admitted).toBe(true)
    // And the next is refused until 00:59:40's hit leaves.
    expect(await countRolling(h.db.hotSql, k, HOUR, at('01:59:35'))).toMatchObject({ admitted: false, retryAfter: (at('01:59:41') - at('01:59:35')) / 1000 })
  })

  it('never admits more than the limit in any hour, wherever the hits fall', async () => {
    const k = key()
    const admitted: number[] = []
    // A hit every 7 minutes and a burst at each clock hour's turn, over three hours.
    const times = [...Array.from({ length: 26 }, (_, i) => at('00:00:05') + i * 7 * 60_000), ...[1, 2].flatMap((hr) => [-2, -1, 0, 1, 2].map((s) => at('00:00:00') + hr * 3_600_000 + s * 1000))]
    for (const t of times.sort((a, b) => a - b)) if ((await countRolling(h.db.hotSql, k, HOUR, t)).admitted) admitted.push(t)
    expect(admitted.length).toBeGreaterThan(HOUR.limit)
    for (const start of admitted) expect(admitted.filter((t) => t >= start && t < start + 3_600_000).length).toBeLessThanOrEqual(HOUR.limit)
  })

  it('takes a refused hit back, so retrying early does not push the wait out', async () => {
    const k = key()
    for (let i = 0; i < 3; i++) await countRolling(h.db.hotSql, k, HOUR, at('10:00:00'))
    const first = await countRolling(h.db.hotSql, k, HOUR, at('10:30:00'))
    for (let i = 0; i < 5; i++) expect((await countRolling(h.db.hotSql, k, HOUR, at('10:40:00'))).admitted).toBe(false)
    const later = await countRolling(h.db.hotSql, k, HOUR, at('10:50:00'))
    expect(later).toMatchObject({ admitted: false, retryAfter: first.retryAfter - 20 * 60 })
  })

  it('works out the wait from the oldest buckets that must leave', () => {
    const buckets = [{ at: at('09:00:00'), count: 2 }, { at: at('09:10:00'), count: 1 }, { at: at('09:20:00'), count: 2 }]
    // Limit 3: three of the five must go before one more fits — 09:00's pair and 09:10's one, which leaves at 10:10:01.
    expect(rollingWait(buckets, 3, 3600, at('09:30:00'))).toBe(2401)
    // Limit 1: all must go, the last pair (09:20) at 10:20:01.
    expect(rollingWait(buckets, 1, 3600, at('09:30:00'))).toBe(3001)
    // Limit 4: one must go; 09:00's bucket goes whole, at 10:00:01.
    expect(rollingWait(buckets, 4, 3600, at('09:30:00'))).toBe(1801)
  })
})
