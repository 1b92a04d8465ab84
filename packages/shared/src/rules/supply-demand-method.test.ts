import { describe, expect, it } from 'vitest'
import { figuresSentence } from './report-sentences'
import { COVERAGE_THRESHOLDS, balance, coverageOf, enterpriseShare, expectedGraduates, roundToTotal, verdictOf } from './supply-demand-method'

describe('coverage', () => {
  it('is unknown without an outside count, and grades the share against the thresholds', () => {
    expect(coverageOf(12, null)).toEqual({ share: null, level: 'unknown' })
    expect(coverageOf(12, 0)).toEqual({ share: null, level: 'unknown' })
    const known = 40
    expect(coverageOf(known * COVERAGE_THRESHOLDS.publish, known).level).toBe('sufficient')
    expect(coverageOf(known * COVERAGE_THRESHOLDS.publish - 1, known).level).toBe('low')
    expect(coverageOf(known * COVERAGE_THRESHOLDS.flag, known).level).toBe('low')
    expect(coverageOf(known * COVERAGE_THRESHOLDS.flag - 1, known).level).toBe('insufficient')
    // More filers than the outside count (a stale count) reads as full coverage, not above 100%.
    expect(coverageOf(known + 5, known)).toEqual({ share: 1, level: 'sufficient' })
    expect(coverageOf(3, 7).share).toBe(Math.round((3 / 7) * 1000) / 1000)
  })

  it('publishes, flags or withholds the ratio by coverage, always keeping both figures', () => {
    expect(verdictOf('sufficient')).toBe('published')
    expect(verdictOf('low')).toBe('flagged')
    expect(verdictOf('insufficient')).toBe('withheld')
    expect(verdictOf('unknown')).toBe('withheld')
    expect(balance(300, 100, 'sufficient')).toEqual({ supply: 300, demand: 100, ratio: 3, verdict: 'published', status: 'oversupplied' })
    expect(balance(50, 100, 'low')).toEqual({ supply: 50, demand: 100, ratio: 0.5, verdict: 'flagged', status: 'undersupplied' })
    expect(balance(300, 100, 'unknown')).toEqual({ supply: 300, demand: 100, ratio: null, verdict: 'withheld', status: null })
    expect(balance(10, 0, 'sufficient')).toMatchObject({ ratio: null, status: 'no_demand' })
    expect(balance(0, 10, 'sufficient')).toMatchObject({ ratio: 0, status: 'no_supply' })
  })
})

describe('labour-market supply', () => {
  it('counts the destinations that take an enterprise job: not further study, own business or public bodies', () => {
    const byType = { private: 50, state_owned: 20, foreign: 5, other: 5, further_study: 12, self_employed: 3, public_institution: 5 }
    expect(enterpriseShare(byType)).toBe(80 / 100)
    expect(enterpriseShare({})).toBeNull()
    expect(enterpriseShare({ further_study: 10 })).toBe(0)
  })

  it('takes the final grade as the year\'s graduates, the latest cohort only without enrolment', () => {
    expect(expectedGraduates([{ grade: 1, count: 120 }, { grade: 2, count: 110 }, { grade: 3, count: 96 }], 90)).toBe(96)
    expect(expectedGraduates([{ grade: 1, count: 40 }, { grade: 4, count: 31 }], 0)).toBe(31)
    expect(expectedGraduates([], 88)).toBe(88)
  })
})

describe('the row as a sentence', () => {
  const base = { name: '高端装备', scope: 'chain' as const, hasData: true, coverage: { filed: 8, known: null, share: null, level: 'unknown' as const } }
  it('says why a ratio is withheld', () => {
    const s = figuresSentence({ ...base, talent: balance(1234.4, 456, 'unknown') })
    expect(s).toBe('高端装备：预计进入企业就业的毕业生 1234 人，企业岗位需求 456 人；8 家企业填报需求；本链企业总数未登记，无法判断填报覆盖面；供需比暂不发布。')
    const low = figuresSentence({ ...base, coverage: { filed: 8, known: 160, share: 0.05, level: 'insufficient' }, talent: balance(1234, 456, 'insufficient') })
    expect(low).toContain('占本链已登记企业 160 家的 5%')
    expect(low).toContain('覆盖率低于 20%，供需比暂不发布')
  })

  it('gives the ratio and its reading, marked 仅供参考 when coverage is low', () => {
    const ok = figuresSentence({ ...base, coverage: { filed: 30, known: 50, share: 0.6, level: 'sufficient' }, talent: balance(90, 100, 'sufficient') })
    expect(ok).toContain('供需比 0.90，供需基本平衡。')
    const flagged = figuresSentence({ ...base, scope: 'all', coverage: { filed: 15, known: 50, share: 0.3, level: 'low' }, talent: balance(300, 100, 'low') })
    expect(flagged).toContain('占各链已登记企业 50 家的 30%')
    expect(flagged).toContain('供需比 3.00，供给多于需求（覆盖率不足 50%，仅供参考）')
    expect(figuresSentence({ ...base, hasData: false, talent: balance(0, 0, 'unknown') })).toBe('高端装备：当年没有院校或企业填报清单。')
  })

  it('says that supply was not filed, rather than reading a ratio off zero, in a year without an approved 附件1', () => {
    const s = figuresSentence({ ...base, supplyFiled: false, talent: balance(0, 40, 'unknown') })
    expect(s).toBe('高端装备：当年没有院校提交并通过审核的供给清单，供给无从统计；企业岗位需求 40 人；8 家企业填报需求；本链企业总数未登记，无法判断填报覆盖面；供需比暂不发布。')
  })
})

describe('parts rounded to their whole (decision 076)', () => {
  it('adds up to the rounded whole where rounding each part alone does not', () => {
    const parts = [1.4, 1.4, 1.4]
    expect(parts.map(Math.round).reduce((s, x) => s + x, 0)).toBe(3)
    expect(roundToTotal(parts)).toEqual([2, 1, 1])
    expect(roundToTotal([0.5, 0.5, 0.5, 0.5])).toEqual([1, 1, 0, 0])
  })
  it('leaves whole parts alone and takes a given total', () => {
    expect(roundToTotal([3, 0, 7])).toEqual([3, 0, 7])
    expect(roundToTotal([2.6, 3, 1.2], 7)).toEqual([3, 3, 1])
    expect(roundToTotal([])).toEqual([])
  })
})
