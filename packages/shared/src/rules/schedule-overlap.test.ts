import { describe, expect, it } from 'vitest'
import { overlapping, overlaps } from './schedule-overlap'

const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+08:00`)
const span = (id: string, from: string, to: string | null) => ({ id, startsAt: at(from), endsAt: to ? at(to) : null })

describe('schedule overlap', () => {
  it('sees a partial overlap both ways and containment', () => {
    expect(overlaps(span('a', '09:00', '10:00'), span('b', '09:30', '10:30'))).toBe(true)
    expect(overlaps(span('b', '09:30', '10:30'), span('a', '09:00', '10:00'))).toBe(true)
    expect(overlaps(span('a', '09:00', '12:00'), span('b', '10:00', '11:00'))).toBe(true)
  })
  it('does not count back-to-back entries', () => {
    expect(overlaps(span('a', '09:00', '10:00'), span('b', '10:00', '11:00'))).toBe(false)
  })
  it('treats an entry without an end as a moment', () => {
    expect(overlaps(span('a', '09:00', '10:00'), span('m', '09:15', null))).toBe(true)
    expect(overlaps(span('a', '09:00', '10:00'), span('m', '10:00', null))).toBe(false)
    expect(overlaps(span('m', '09:00', null), span('n', '09:00', null))).toBe(true)
  })
  it('lists the overlapping entries, never the item itself', () => {
    const agenda = [span('a', '09:00', '10:00'), span('b', '09:45', '11:00'), span('c', '13:00', '14:00')]
    expect(overlapping(span('a', '09:00', '10:00'), agenda).map((s) => s.id)).toEqual(['b'])
  })
})
