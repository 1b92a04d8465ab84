import { describe, expect, it } from 'vitest'
import { gramOverlap, sharedPhrases, textGrams } from './text-overlap'

describe('textGrams', () => {
  it('splits Han text into bigrams and keeps Latin words whole', () => {
    expect([...textGrams('焊缝检测')]).toEqual(['焊缝', '缝检', '检测'])
    expect([...textGrams('PLC 控制')]).toEqual(['plc', '控制'])
  })
  it('ignores punctuation, full-width forms and generic bigrams', () => {
    expect([...textGrams('ＰＬＣ，焊缝。')]).toEqual(['plc', '焊缝'])
    // 关键、技术、研究 are generic; only the bigrams across them remain
    expect([...textGrams('关键技术研究')]).toEqual(['键技', '术研'])
  })
})

describe('gramOverlap', () => {
  const problem = textGrams('我们的焊缝缺陷靠人工目检，希望用机器视觉做焊缝缺陷在线检测')
  it('scores the share of the item found in the query, with shared grams for the reason', () => {
    const r = gramOverlap(problem, textGrams('焊缝缺陷视觉检测'))
    // item bigrams: 焊缝 缝缺 缺陷 陷视 视觉 觉检 检测 = 7; shared: 焊缝 缝缺 缺陷 视觉 检测 = 5
    expect(r.shared.sort()).toEqual(['焊缝', '检测', '缝缺', '缺陷', '视觉'].sort())
    expect(r.score).toBeCloseTo(5 / 7, 10)
  })
  it('floors the denominator at 4 so tiny names cannot score 1', () => {
    expect(gramOverlap(problem, textGrams('焊缝')).score).toBe(1 / 4)
  })
  it('is 0 for unrelated or empty items', () => {
    expect(gramOverlap(problem, textGrams('中药饮片炮制')).score).toBe(0)
    expect(gramOverlap(problem, new Set()).score).toBe(0)
  })
})

describe('sharedPhrases', () => {
  it('joins consecutive shared bigrams into phrases', () => {
    const q = textGrams('焊缝缺陷在线检测，机器视觉')
    expect(sharedPhrases(q, '基于机器视觉的焊缝缺陷检测系统')).toEqual(['机器视觉', '焊缝缺陷', '检测']) // 陷检 is not in the query
  })
  it('keeps shared Latin words whole and drops unshared text', () => {
    expect(sharedPhrases(textGrams('PLC 控制柜改造'), 'PLC控制系统与MES对接')).toEqual(['PLC', '控制'])
  })
})
