import { describe, expect, it } from 'vitest'
import { shanghaiMidnight } from './context'
import { buildDemoRows } from './index'

const DAY = 86_400_000

/** Every Date in the demo rows, in a stable order (table, row, field). */
function datesOf(rows: Record<string, object[]>): { where: string; at: number }[] {
  const out: { where: string; at: number }[] = []
  for (const [table, list] of Object.entries(rows)) {
    list.forEach((row, i) => {
      for (const [field, value] of Object.entries(row)) if (value instanceof Date) out.push({ where: `${table}[${i}].${field}`, at: value.getTime() })
    })
  }
  return out
}

describe('demo seed dates', () => {
  it('move with the day the seed runs: nothing is anchored to a fixed date', () => {
    const a = buildDemoRows('x', { today: new Date('2026-11-01T10:00:00+08:00') })
    const b = buildDemoRows('x', { today: new Date('2027-03-15T23:30:00+08:00') })
    const shift = b.today.getTime() - a.today.getTime()
    expect(shift).toBe(134 * DAY)
    const datesA = datesOf(a.rows as unknown as Record<string, object[]>)
    const datesB = datesOf(b.rows as unknown as Record<string, object[]>)
    expect(datesA.length).toBeGreaterThan(1000)
    expect(datesB.map((d) => d.where)).toEqual(datesA.map((d) => d.where))
    const anchored = datesA.filter((d, i) => datesB[i]!.at - d.at !== shift).map((d) => d.where)
    expect(anchored).toEqual([])
  })

  it('places fairs ahead of today so registration can be tried on any date', () => {
    const today = new Date()
    const { rows, today: midnight } = buildDemoRows('x', { today })
    const upcoming = rows.event.filter((e) => new Date(e.startsAt as Date).getTime() > midnight.getTime())
    expect(upcoming.length).toBeGreaterThan(0)
  })

  // Decision 051: 24 open jobs were past their closing date the day the seed ran (the expiry sweep would close them).
  it('leaves no job taking applications past its closing date', () => {
    const today = new Date()
    const { rows } = buildDemoRows('x', { today })
    const open = rows.job.filter((j) => j.status === 'open')
    expect(open.length).toBeGreaterThan(100)
    expect(open.filter((j) => j.closesAt && new Date(j.closesAt as Date).getTime() <= today.getTime()).map((j) => j.title)).toEqual([])
  })

  it('takes midnight in Asia/Shanghai as the day, whatever the server time zone', () => {
    expect(shanghaiMidnight(new Date('2026-12-04T17:30:00Z')).toISOString()).toBe('2026-12-04T16:00:00.000Z')
    expect(shanghaiMidnight(new Date('2026-12-04T15:59:00Z')).toISOString()).toBe('2026-12-03T16:00:00.000Z')
  })
})

describe('demo seed years (decision 076)', () => {
  it('files the supply lists for the year the seed runs, as the jobs and the report basis are', () => {
    for (const [at, year] of [['2026-11-01T10:00:00+08:00', 2026], ['2027-03-15T23:30:00+08:00', 2027]] as const) {
      const { rows } = buildDemoRows('x', { today: new Date(at) })
      expect(new Set(rows.supplyList.map((l) => l.year))).toEqual(new Set([year]))
      expect(Math.max(...rows.graduateCohort.map((c) => c.year))).toBe(year - 1)
    }
  })
})
