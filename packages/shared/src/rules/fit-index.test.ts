import { describe, expect, it } from 'vitest'
import { buildChainMajorMap } from './chain-majors'
import { attributeByText, deriveDemandByMajor, fitIndex } from './fit-index'
import { FORECAST_DAMPING as DAMPING, forecastNextYear } from './forecast'

describe('fitIndex', () => {
  // Enrolment A 500, B 300, C 200 → shares .5 .3 .2; demand A 100, B 200, D 100 → shares .25 .5 .25.
  const r = fitIndex(
    [{ majorCode: 'A', count: 500 }, { majorCode: 'B', count: 300 }, { majorCode: 'C', count: 200 }],
    [{ majorCode: 'A', headcount: 100 }, { majorCode: 'B', headcount: 200 }, { majorCode: 'D', headcount: 100 }],
  )
  it('is the overlap of the enrolment and demand shares', () => {
    // min(.5,.25) + min(.3,.5) + min(.2,0) + min(0,.25) = .55
    expect(r.index).toBe(55)
    expect(r.coverage).toBe(0.8) // (500 + 300) / 1000 students are in demanded majors
    expect([r.totalEnrolment, r.totalDemand]).toEqual([1000, 400])
  })
  it('names over- and undersupplied majors with their ratios', () => {
    expect(r.oversupplied.map((m) => [m.majorCode, m.ratio])).toEqual([['A', 2]]) // .5 / .25
    expect(r.undersupplied.map((m) => [m.majorCode, m.ratio, m.status])).toEqual([['D', 0, 'no_supply'], ['B', 0.6, 'undersupplied']])
    expect(r.noDemand.map((m) => [m.majorCode, m.ratio])).toEqual([['C', null]])
  })
  it('is 100 when enrolment follows demand exactly, whatever the scale', () => {
    const same = fitIndex([{ majorCode: 'A', count: 30 }, { majorCode: 'B', count: 60 }], [{ majorCode: 'A', headcount: 1 }, { majorCode: 'B', headcount: 2 }])
    expect(same.index).toBe(100)
    expect(same.majors.every((m) => m.status === 'balanced')).toBe(true)
  })
  it('is 0 with no students in demanded majors, and survives empty input', () => {
    expect(fitIndex([{ majorCode: 'C', count: 10 }], [{ majorCode: 'A', headcount: 5 }]).index).toBe(0)
    expect(fitIndex([], [])).toMatchObject({ index: 0, coverage: 0, majors: [] })
  })
})

describe('deriveDemandByMajor', () => {
  it('splits named majors equally and chain majors 2:1 core to supporting', () => {
    const map = buildChainMajorMap([
      { chainId: 'C2', majorCode: 'X', relevance: 'core' },
      { chainId: 'C2', majorCode: 'Y', relevance: 'core' },
      { chainId: 'C2', majorCode: 'Z', relevance: 'supporting' },
    ])
    const out = deriveDemandByMajor([{ chainId: 'C2', headcount: 30 }, { chainId: 'C2', headcount: 10, majorCodes: ['X', 'W'] }, { chainId: 'none', headcount: 9 }], map)
    // 30 over weights 2,2,1 → 12, 12, 6; 10 over X, W → 5, 5
    expect(out).toEqual([
      { majorCode: 'W', headcount: 5 }, { majorCode: 'X', headcount: 17 }, { majorCode: 'Y', headcount: 12 }, { majorCode: 'Z', headcount: 6 },
    ])
  })
})

describe('attributeByText', () => {
  const fit = (xs: [string, number][]) => new Map(xs.map(([code, credit]) => [code, { credit }]))

  it('gives a job naming no major to the majors its text fits best, by score', () => {
    // 0.8 and 1 pass the 0.8 share; 0.6 does not. 9 × 1/1.8 = 5, 9 × 0.8/1.8 = 4.
    expect(attributeByText(fit([['A', 1], ['B', 0.8], ['C', 0.6]]), 9)).toEqual([{ majorCode: 'A', headcount: 5 }, { majorCode: 'B', headcount: 4 }])
  })

  it('takes at most five majors', () => {
    expect(attributeByText(fit(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => [c, 1])), 10).map((x) => x.majorCode)).toEqual(['A', 'B', 'C', 'D', 'E'])
  })

  it('replaces the chain spread in deriveDemandByMajor, which stays for jobs whose text fits nothing', () => {
    const map = buildChainMajorMap([{ chainId: 'C2', majorCode: 'X', relevance: 'core' }, { chainId: 'C2', majorCode: 'Y', relevance: 'core' }])
    const out = deriveDemandByMajor([{ chainId: 'C2', headcount: 10, textFit: fit([['T', 1]]) }, { chainId: 'C2', headcount: 4, textFit: fit([]) }, { chainId: '', headcount: 3, textFit: fit([['T', 1]]) }], map)
    expect(out).toEqual([{ majorCode: 'T', headcount: 13 }, { majorCode: 'X', headcount: 2 }, { majorCode: 'Y', headcount: 2 }])
  })
})

describe('forecastNextYear', () => {
  it('continues a straight line with a damped slope', () => {
    expect(forecastNextYear([{ year: 2021, value: 100 }, { year: 2022, value: 110 }, { year: 2023, value: 120 }]))
      .toEqual({ year: 2024, value: 120 + DAMPING * 10, method: 'damped_linear_trend', slope: 10 })
  })
  it('starts from the fitted line, not the last raw point (hand-computed, unsorted input)', () => {
    // x̄ = 2021.5, ȳ = 14; Σdx·dy = 6 + 0 − 1 + 9 = 14; Σdx² = 5 → slope 2.8; line at 2023 = 14 + 2.8 × 1.5 = 18.2
    const f = forecastNextYear([{ year: 2023, value: 20 }, { year: 2020, value: 10 }, { year: 2022, value: 12 }, { year: 2021, value: 14 }])!
    expect(f.slope).toBeCloseTo(2.8, 10)
    expect(f.value).toBeCloseTo(18.2 + DAMPING * 2.8, 10)
  })
  it('never forecasts below zero', () => {
    expect(forecastNextYear([{ year: 2021, value: 10 }, { year: 2022, value: 5 }, { year: 2023, value: 0 }])!.value).toBe(0)
  })
  it('carries the last value forward with fewer than 3 points, and gives null for none', () => {
    expect(forecastNextYear([{ year: 2023, value: 7 }, { year: 2022, value: 5 }])).toEqual({ year: 2024, value: 7, method: 'last_value', slope: 0 })
    expect(forecastNextYear([])).toBeNull()
  })
})
