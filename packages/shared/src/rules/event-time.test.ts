import { describe, expect, it } from 'vitest'
import { sessionWithinEvent } from './event-time'

const at = (h: number) => new Date(Date.UTC(2026, 11, 10, h))
const event = { startsAt: at(9), endsAt: at(17), status: 'published' }

describe('event time rules', () => {
  it('keeps sessions inside the event', () => {
    expect(sessionWithinEvent({ startsAt: at(9), endsAt: at(17) }, event)).toBe(true)
    expect(sessionWithinEvent({ startsAt: at(8), endsAt: at(10) }, event)).toBe(false)
    expect(sessionWithinEvent({ startsAt: at(16), endsAt: at(18) }, event)).toBe(false)
  })
})
