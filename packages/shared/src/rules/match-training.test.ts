import { describe, expect, it } from 'vitest'
import { indexCities } from './geo'
import { matchTrainingNeed, scoreCourseForNeed, TRAINING_WEIGHTS as W, type CourseOffer } from './match-training'

const need = { id: 'n1', content: '数控编程与五轴加工', trainees: 40, mode: 'offline' as const, period: { from: '2026-07', to: '2026-08' }, cityCode: '370300' }
const course = (over: Partial<CourseOffer>): CourseOffer => ({
  id: 'k1', collegeId: 'zbvc', collegeName: '淄博职业学院', name: '五轴数控加工与编程', mode: 'offline',
  capacityPerYear: 200, usedThisYear: 80, cityCode: '370300', ...over,
})

describe('scoreCourseForNeed', () => {
  it('scores content coverage, format, period overlap and capacity left', () => {
    const m = scoreCourseForNeed(need, course({ period: { from: '2026-08-01', to: '2026-12-31' } }))!
    // need bigrams: 数控 控编 编程 程与 与五 五轴 轴加 加工 (8); the course name has 五轴 数控 加工 编程 (4; its 轴数 is not 轴加)
    // July–August is 62 days; the course runs from 1 August: 31 days overlap.
    expect(m.parts).toEqual({ content: W.content * (4 / 8), format: W.format, period: Math.round(W.period * (31 / 62) * 10) / 10, capacity: W.capacity })
    expect(m.reasons).toEqual([
      '淄博职业学院《五轴数控加工与编程》：覆盖培训需求 50%（数控、编程、五轴、加工）',
      '授课方式：线下（符合需求）',
      '开班时间与需求时段重合 50%',
      '本年度剩余名额 120 人，需求 40 人，可一次容纳',
    ])
  })

  it('gives partial capacity credit and says when a course is full', () => {
    expect(scoreCourseForNeed(need, course({ usedThisYear: 190 }))!.parts.capacity).toBe(W.capacity * (10 / 40))
    const full = scoreCourseForNeed(need, course({ usedThisYear: 200 }))!
    expect(full.parts.capacity).toBe(0)
    expect(full.reasons).toContain('本年度培训名额已满')
  })

  it('lowers an offline course far from the enterprise, and a mismatched format', () => {
    const cities = indexCities([
      { adcode: '370300', name: '淄博市', lon: 118.058673, lat: 36.610971 },
      { adcode: '371000', name: '威海市', lon: 122.000805, lat: 37.118677 },
    ])
    const near = scoreCourseForNeed(need, course({}), cities)!
    const far = scoreCourseForNeed(need, course({ cityCode: '371000' }), cities)!
    const online = scoreCourseForNeed(need, course({ mode: 'online', cityCode: '371000' }), cities)!
    expect(near.parts.format).toBe(W.format)
    expect(far.parts.format).toBeLessThan(near.parts.format)
    expect(far.parts.format).toBeGreaterThan(0)
    expect(online.parts.format).toBe(Math.round(W.format * 0.2 * 10) / 10)
  })

  it('leaves out courses sharing nothing with the need', () => {
    expect(scoreCourseForNeed(need, course({ name: '老年护理实务' }))).toBeNull()
  })
})

describe('matchTrainingNeed', () => {
  it('orders by score with a stable tie-break', () => {
    const cs = [course({ id: 'b' }), course({ id: 'a' }), course({ id: 'c', name: '数控车床操作' })]
    const ids = (xs: CourseOffer[]) => matchTrainingNeed(need, xs).map((m) => m.course.id)
    expect(ids(cs)).toEqual(['a', 'b', 'c'])
    expect(ids([...cs].reverse())).toEqual(ids(cs))
  })
})
