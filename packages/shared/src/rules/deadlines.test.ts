import { describe, expect, it } from 'vitest'
import { hasCourseStarted, isPastClosing } from './deadlines'

describe('deadlines', () => {
  const now = new Date('2026-12-05T08:00:00Z')
  it('closes a job at its closing date and never without one', () => {
    expect(isPastClosing('2026-12-05T07:59:59Z', now)).toBe(true)
    expect(isPastClosing(new Date('2026-12-05T08:00:00Z'), now)).toBe(true)
    expect(isPastClosing('2026-12-05T08:00:01Z', now)).toBe(false)
    expect(isPastClosing(null, now)).toBe(false)
  })
  it('counts a course as started from its start date on', () => {
    expect(hasCourseStarted('2026-12-04T16:00:00Z', now)).toBe(true)
    expect(hasCourseStarted('2026-12-06T16:00:00Z', now)).toBe(false)
    expect(hasCourseStarted(undefined, now)).toBe(false)
  })
})
