import { describe, expect, it } from 'vitest'
import { wordingSignal } from './fraud-rules'

describe('招转培 wording signal (decision 056)', () => {
  it.each([
    ['a zero-width space inside the word', '入职需交培\u200b训费'],
    ['a zero-width joiner and a word joiner', '先交押\u200d金，再交保\u2060证金'],
    ['direction marks', '报\u200f名\u200e费另付'],
    ['ordinary and ideographic spaces', '押 金 500 元，缴　费后上岗'],
    ['middle dots', '收·取·费·用'],
  ])('still flags the wording with %s between its characters', (_what, text) => {
    expect(wordingSignal(text)).toMatchObject({ code: 'training_fee_wording', severity: 'high' })
  })

  it('leaves ordinary wording alone', () => {
    expect(wordingSignal('操作数控车床加工轴类零件，五险一金，包食宿')).toBeUndefined()
  })
})
