import { describe, expect, it } from 'vitest'
import { beijingDay, beijingMinute, beijingYear, chineseTime } from './beijing-time'

// 01:00 on 1 January 2027 in Beijing is still 2026 in UTC: the cases where a server clock gives the wrong answer.
const newYearsNight = '2026-12-31T17:00:00.000Z'

describe('Beijing time', () => {
  it('reads the day and year in Shandong, not in UTC', () => {
    expect(beijingDay(newYearsNight)).toBe('2027-01-01')
    expect(beijingYear(new Date(newYearsNight))).toBe(2027)
  })
  it('formats minutes for WeChat and for sentences', () => {
    expect(beijingMinute(newYearsNight)).toBe('2027-01-01 01:00')
    expect(chineseTime(newYearsNight)).toBe('1月1日 01:00')
  })
})
