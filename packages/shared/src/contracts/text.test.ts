import { describe, expect, it } from 'vitest'
import { DIRECTION_CONTROL_MESSAGE, hasUnsafeCharacters, INVISIBLE_TEXT_MESSAGE, searchText, text, UNSAFE_TEXT_MESSAGE } from './text'

describe('text()', () => {
  it('accepts ordinary Chinese text and paired surrogates (emoji), trimmed', () => {
    expect(text(20).parse('  数控车工 👷 ')).toBe('数控车工 👷')
  })

  it.each([
    ['NUL', 'a\u0000b'],
    ['lone high surrogate', 'x\ud800'],
    ['lone low surrogate', '\udc00y'],
    ['reversed pair', '\udc00\ud800'],
  ])('refuses %s with an actionable Chinese message', (_name, value) => {
    const result = text().safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(UNSAFE_TEXT_MESSAGE)
  })

  it('caps the length', () => {
    expect(text(3).safeParse('一二三四').success).toBe(false)
    expect(text(3).safeParse('一二三').success).toBe(true)
  })

  it('says what a field asks for when it is missing or too long, and still refuses unsafe characters', () => {
    const code = text(4, { required: '请输入邀请码', tooLong: '邀请码格式不正确' })
    expect(code.safeParse(undefined).error?.issues[0]?.message).toBe('请输入邀请码')
    expect(code.safeParse('12345').error?.issues[0]?.message).toBe('邀请码格式不正确')
    expect(code.safeParse('a\u0000').error?.issues[0]?.message).toBe(UNSAFE_TEXT_MESSAGE)
  })

  it('detects unsafe characters directly', () => {
    expect(hasUnsafeCharacters('正常')).toBe(false)
    expect(hasUnsafeCharacters('\ud83d\ude00')).toBe(false)
    expect(hasUnsafeCharacters('\ud83d')).toBe(true)
  })

  // Decision 056: a hostile client's names that show as nothing, or in another order than stored.
  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['a word joiner and a byte-order mark', '\u2060\ufeff'],
    ['direction marks', '\u200e\u200f'],
    ['ideographic spaces and a zero-width joiner', '\u3000\u200d\u3000'],
  ])('refuses text made only of %s', (_name, value) => {
    const result = text(60).min(1).safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message)).toContain(INVISIBLE_TEXT_MESSAGE)
  })

  it.each([
    ['right-to-left override', '\u202e司公限有械机'],
    ['left-to-right embedding', '淄博\u202a恒瑞'],
    ['first-strong isolate', '恒瑞\u2068精密\u2069'],
  ])('refuses a %s, which shows the characters in another order', (_name, value) => {
    const result = text(60).safeParse(value)
    expect(result.error?.issues[0]?.message).toBe(DIRECTION_CONTROL_MESSAGE)
  })

  it('keeps emoji joined by zero-width joiners, direction marks inside words, and an empty optional field', () => {
    expect(text(20).parse('工程师 👩\u200d🔧')).toBe('工程师 👩\u200d🔧')
    expect(text(20).parse('数控\u200f车工')).toBe('数控\u200f车工')
    expect(text(20).optional().parse('')).toBe('')
  })
})

describe('searchText() (decision 111)', () => {
  it('drops format characters a reader cannot see, then trims; still refuses NUL and caps the length', () => {
    expect(searchText(40).parse(' \u200b数\u200d控\ufeff\u202e ')).toBe('数控')
    expect(searchText(40).parse('\u200b\u200c')).toBe('')
    expect(searchText(40).safeParse('数\u0000控').success).toBe(false)
    expect(searchText(4).safeParse('数控车工焊').success).toBe(false)
  })
})

describe('searchText() folds full-width forms (decision 117)', () => {
  it('answers the NFKC form with one space for each run of white space', () => {
    expect(searchText(40).parse('ＣＮＣ')).toBe('CNC')
    expect(searchText(40).parse('Ｐｙｔｈｏｎ')).toBe('Python')
    expect(searchText(40).parse('数控\u3000\u3000车工')).toBe('数控 车工')
    expect(searchText(40).parse('ｶﾀｶﾅ（夜班）')).toBe('カタカナ(夜班)')
    expect(searchText(40).parse('\u3000数控\u3000')).toBe('数控')
    // The cap counts what was typed, not the longer NFKC spelling.
    expect(searchText(20).parse('㈱'.repeat(20))).toBe('(株)'.repeat(20))
  })
})
