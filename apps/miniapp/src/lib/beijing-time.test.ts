import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { beijingDate, beijingDateTime, beijingDateTimeSeconds, beijingDay, beijingIso, dayTime, isSameShanghaiDay, shortDateTime, slotText, spanText } from './beijing-time'

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

describe('beijingDate, the one date formatter', () => {
  it('gives the Beijing day at 01:00 +08:00, when the UTC day is still yesterday', () => {
    const oneAm = '2026-11-23T17:00:00.000Z' // 2026-11-24 01:00 in Beijing
    expect(oneAm.slice(0, 10)).toBe('2026-11-23')
    expect(beijingDate(oneAm)).toBe('2026-11-24')
    expect(beijingDate(new Date('2026-11-24T01:00:00+08:00'))).toBe('2026-11-24')
    expect(beijingDate('2026-11-24T15:59:59.000Z')).toBe('2026-11-24')
  })

  it('gives the Beijing time of day too, for lists and the audit log', () => {
    expect(beijingDateTime('2026-11-23T17:00:05.000Z')).toBe('2026-11-24 01:00')
    expect(beijingDateTimeSeconds('2026-11-23T17:00:05.000Z')).toBe('2026-11-24 01:00:05')
  })

  it('is the only way the app cuts a date: no page slices one out of a timestamp', () => {
    const root = join(__dirname, '..')
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes(`${join('src', 'test')}`)) {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            // dayjs alone formats in the phone's zone: only this module may import it.
            if (/from 'dayjs/.test(line) && !path.endsWith(join('lib', 'beijing-time.ts'))) offenders.push(`${path.slice(root.length + 1)}:${i + 1}`)
            if (/(At|Date|date|closes\w*|deadline|toISOString\(\))\)?\.(slice|substring)\(0, ?10\)/.test(line)) offenders.push(`${path.slice(root.length + 1)}:${i + 1}`)
          })
        }
      }
    }
    walk(root)
    expect(offenders).toEqual([])
  })
})
