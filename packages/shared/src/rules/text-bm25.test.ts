import { describe, expect, it } from 'vitest'
import { buildTermIndex, cover, idfOf, saturation } from './text-bm25'

describe('text-bm25', () => {
  const courses = ['数控车床编程培训', '焊接工艺培训', '电工上岗培训', '五轴数控加工与编程']
  const index = buildTermIndex(courses)

  it('weighs a word every document says less than a rare one', () => {
    expect(idfOf(index, '培训')).toBeLessThan(idfOf(index, '五轴'))
    expect(idfOf(index, '没有的词')).toBe(idfOf(index, '五轴'))
  })

  it('credits the idf-weighted share of the need a course holds, and names the words', () => {
    const need = '五轴数控编程培训'
    const five = cover(index, need, (t) => saturation(index, 3, t))
    const lathe = cover(index, need, (t) => saturation(index, 0, t))
    // The lathe course shares 数控, 编程 and 培训 but not 五轴, the rarest word: it covers less.
    expect(five.credit).toBeGreaterThan(lathe.credit)
    expect(five.credit).toBeLessThanOrEqual(1)
    expect(five.words).toEqual(['五轴数控编程'])
    expect(lathe.words).toEqual(['数控编程培训'])
    expect(cover(index, '老年护理', (t) => saturation(index, 0, t))).toEqual({ credit: 0, words: [] })
  })

  it('computes the credit by hand: idf 1 + ln((N + 1) / (df + 1))', () => {
    const small = buildTermIndex(['plc java', 'plc'])
    // plc: df 2 → idf 1; java: df 1 → idf 1 + ln 1.5. Document 1 holds plc only (saturation capped at 1).
    expect(cover(small, 'plc java', (t) => saturation(small, 1, t)).credit).toBeCloseTo(1 / (2 + Math.log(1.5)), 10)
    // Document 0 holds both but is longer than average (2 terms vs 1.5): each saturates at 2.2 / (1 + 1.2 × 1.25) = 0.88.
    expect(cover(small, 'plc java', (t) => saturation(small, 0, t)).credit).toBeCloseTo(0.88, 10)
  })

  it('saturates: a word said once in a long document counts less than in a short one', () => {
    const long = buildTermIndex(['焊接', `焊接 ${'电工仪表维修保养记录'.repeat(6)}`])
    expect(saturation(long, 0, '焊接')).toBe(1)
    expect(saturation(long, 1, '焊接')).toBeLessThan(1)
  })
})
