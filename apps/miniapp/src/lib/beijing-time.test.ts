import { describe, expect, it } from 'vitest'
import { beijingDay, beijingIso, dayTime, isSameShanghaiDay, shortDateTime, slotText, spanText } from './beijing-time'

describe('Beijing time', () => {
  it('turns a Beijing date and time into the instant and back into text', () => {
    expect(beijingIso('2026-11-24', '09:00')).toBe('2026-11-24T01:00:00.000Z')
    expect(slotText('2026-11-24T01:00:00.000Z', '2026-11-24T04:00:00.000Z')).toBe('11月24日 09:00–12:00')
    expect(slotText('2026-11-24T01:00:00.000Z', '2026-11-25T10:00:00.000Z')).toBe('11月24日 09:00 – 11月25日 18:00')
  })

  it('counts days from the Beijing date, which is a day ahead of UTC late in the evening', () => {
    // 2026-11-23 20:00 UTC is already the 24th in Beijing.
    expect(beijingDay(1, Date.parse('2026-11-23T20:00:00Z'))).toBe('2026-11-25')
    expect(isSameShanghaiDay('2026-11-23T20:00:00Z', '2026-11-24T10:00:00Z')).toBe(true)
    expect(isSameShanghaiDay('2026-11-23T15:59:00Z', '2026-11-23T16:00:00Z')).toBe(false)
  })

  it('names the weekday and leaves out a repeated date in spans', () => {
    expect(dayTime('2026-11-21T01:00:00.000Z')).toBe('11月21日 周六 09:00')
    expect(spanText('2026-11-21T01:00:00.000Z', '2026-11-21T03:30:00.000Z')).toBe('11月21日 周六 09:00–11:30')
    expect(spanText('2026-11-21T01:00:00.000Z', '2026-11-22T03:30:00.000Z')).toBe('11月21日 周六 09:00–11月22日 周日 11:30')
    expect(shortDateTime('2026-11-23T17:05:00.000Z')).toBe('11-24 01:05')
  })
})
