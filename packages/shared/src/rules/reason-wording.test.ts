import { describe, expect, it } from 'vitest'
import { scoreCollegeForChallenge } from './match-challenge'
import { writtenSpan, phraseKey } from './match-text/profile'
import { buildTermIndex, cover } from './text-bm25'
import { terms } from './match-text/segment'

/**
 * Decision 064: matching compares lower-cased, NFKC-folded keys, but a reason quotes the words as the job, the
 * enterprise or the college wrote them: 「PLC」, not 「plc」.
 */
describe('reasons quote the words as written', () => {
  it('quotes a stretch of the phrase key with the original letters, widths and spaces', () => {
    const s = 'ＰＬＣ 编程与 Robot 调试'
    const key = phraseKey(s)
    const quote = writtenSpan(s, key)
    expect(quote([key.indexOf('plc'), key.indexOf('plc') + 5])).toBe('ＰＬＣ 编程')
    expect(quote([key.indexOf('robot'), key.indexOf('robot') + 7])).toBe('Robot 调试')
  })

  it('cover() quotes the matched words in their case, still matching whatever the case', () => {
    const course = 'PLC编程与MES系统调试'
    const index = buildTermIndex([course, '电工基础'])
    const query = new Set(terms('需要plc编程和mes调试的培训'))
    const { credit, words } = cover(index, course, (t) => (query.has(t) ? 1 : 0), '需要plc编程和mes调试的培训')
    expect(credit).toBeGreaterThan(0)
    expect(words).toContain('PLC编程')
    expect(words.some((w) => w.includes('MES'))).toBe(true)
    expect(words.join('')).not.toMatch(/plc|mes/)
  })

  it('a 揭榜挂帅 reason names the college’s item and the shared words as written', () => {
    const m = scoreCollegeForChallenge(
      { id: 'c', title: 'plc控制柜故障诊断', description: '产线plc控制柜频繁报警，需要故障诊断方案' },
      { collegeId: 'x', collegeName: '示例职业学院', projects: [{ name: 'PLC控制柜故障诊断平台', level: 'provincial' }], patents: [], equipment: [] },
    )!
    expect(m.reasons[0]).toContain('PLC控制柜故障诊断')
    expect(m.reasons.join('')).not.toContain('plc')
  })
})
