import { describe, expect, it } from 'vitest'
import { terms } from './segment'

describe('terms', () => {
  it('keeps words of two or more characters and adds the bigrams of each Han run', () => {
    const t = terms('电梯安装维修工')
    expect(t).toContain('电梯')
    expect(t).toContain('安装')
    expect(t).toContain('修工') // a bigram ICU's dictionary would never give
  })

  it('still finds 数控 where ICU splits it into single characters', () => {
    expect(terms('数控机床')).toContain('数控')
    expect(terms('数控机床', { bigrams: false })).not.toContain('数控')
  })

  it('keeps Latin and digit words whole, lower-cased and width-normalised', () => {
    expect(terms('熟悉ＰＬＣ编程与C++、5G')).toEqual(expect.arrayContaining(['plc', 'c++', '5g']))
  })

  it('drops recruiting boilerplate and punctuation', () => {
    const t = terms('招聘：负责岗位工作，有相关经验者优先')
    expect(t).not.toContain('招聘')
    expect(t).not.toContain('负责')
    expect(t).not.toContain('优先')
    expect(t.some((x) => /[：，]/.test(x))).toBe(false)
  })

  it('uses the splitter it is given (one function, the splitter behind it swappable)', () => {
    const t = terms('数控机床', { splitter: () => ['数控机床'], bigrams: false })
    expect(t).toEqual(['数控机床'])
  })
})
