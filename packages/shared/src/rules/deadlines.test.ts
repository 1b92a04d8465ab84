import { describe, expect, it } from 'vitest'
import { hasCourseStarted, isClosedByDate, isPastClosing } from './deadlines'

describe('deadlines', () => {
  const now = new Date('2026-12-05T08:00:00Z')
  it('closes a job at its closing date and never without one', () => {
    expect(isPastClosing('2026-12-05T07:59:59Z', now)).toBe(true)
    expect(isPastClosing(new Date('2026-12-05T08:00:00Z'), now)).toBe(true)
    expect(isPastClosing('2026-12-05T08:00:01Z', now)).toBe(false)
    expect(isPastClosing(null, now)).toBe(false)
  })
  it("calls a job closed by its date from the sweep's mark, or an open job past its date, never one closed by hand", () => {
    const past = '2026-12-04T08:00:00Z'
    expect(isClosedByDate({ status: 'closed', closesAt: past, expiredAt: '2026-12-04T09:00:00Z' }, now)).toBe(true)
    expect(isClosedByDate({ status: 'open', closesAt: past, expiredAt: null }, now)).toBe(true)
    expect(isClosedByDate({ status: 'closed', closesAt: past, expiredAt: null }, now)).toBe(false)
    expect(isClosedByDate({ status: 'paused', closesAt: past, expiredAt: null }, now)).toBe(false)
    expect(isClosedByDate({ status: 'open', closesAt: '2026-12-06T08:00:00Z', expiredAt: null }, now)).toBe(false)
  })
  it('counts a course as started from its start date on', () => {
    expect(hasCourseStarted('2026-12-04T16:00:00Z', now)).toBe(true)
    expect(hasCourseStarted('2026-12-06T16:00:00Z', now)).toBe(false)
    expect(hasCourseStarted(undefined, now)).toBe(false)
  })
})
