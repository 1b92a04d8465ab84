import { describe, expect, it } from 'vitest'
import { checkinOpen, sessionWithinEvent } from './event-time'

const at = (h: number) => new Date(Date.UTC(2026, 11, 10, h))
const event = { startsAt: at(9), endsAt: at(17), status: 'published' }

describe('event time rules', () => {
  it('keeps sessions inside the event', () => {
    expect(sessionWithinEvent({ startsAt: at(9), endsAt: at(17) }, event)).toBe(true)
    expect(sessionWithinEvent({ startsAt: at(8), endsAt: at(10) }, event)).toBe(false)
    expect(sessionWithinEvent({ startsAt: at(16), endsAt: at(18) }, event)).toBe(false)
  })

  it('opens check-in two hours before the start until the end, for live events only', () => {
    expect(checkinOpen(event, at(6))).toMatchObject({ ok: false, message: expect.stringContaining('尚未开始') })
    expect(checkinOpen(event, at(7))).toEqual({ ok: true })
    expect(checkinOpen(event, at(17))).toEqual({ ok: true })
    expect(checkinOpen(event, at(18))).toMatchObject({ ok: false, message: expect.stringContaining('已结束') })
    expect(checkinOpen({ ...event, status: 'cancelled' }, at(10))).toMatchObject({ ok: false, message: expect.stringContaining('已取消') })
    expect(checkinOpen({ ...event, status: 'draft' }, at(10)).ok).toBe(false)
    expect(checkinOpen({ ...event, status: 'ongoing' }, at(10)).ok).toBe(true)
  })
})
