import { describe, expect, it } from 'vitest'
import { beijingDay, beijingIso, slotText } from './booking-time'

describe('booking times in Beijing', () => {
  it('turns a Beijing date and time into the instant and back into text', () => {
    expect(beijingIso('2026-11-24', '09:00')).toBe('2026-11-24T01:00:00.000Z')
    expect(slotText('2026-11-24T01:00:00.000Z', '2026-11-24T04:00:00.000Z')).toBe('11月24日 09:00–12:00')
    expect(slotText('2026-11-24T01:00:00.000Z', '2026-11-25T10:00:00.000Z')).toBe('11月24日 09:00 – 11月25日 18:00')
  })

  it('counts days from the Beijing date, which is a day ahead of UTC late in the evening', () => {
    // 2026-11-23 20:00 UTC is already the 24th in Beijing.
    expect(beijingDay(1, Date.parse('2026-11-23T20:00:00Z'))).toBe('2026-11-25')
  })
})
