import { describe, expect, it } from 'vitest'
import { hasUnsafeCharacters, text, UNSAFE_TEXT_MESSAGE } from './text'

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
})
