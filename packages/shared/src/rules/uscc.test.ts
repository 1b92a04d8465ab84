import { describe, expect, it } from 'vitest'
import { checkUscc, usccCheckChar } from './uscc'

describe('checkUscc', () => {
  it.each([
    ['91370200264574251E', '370200'], // 海尔智家
    ['913700007456765902', '370000'], // 潍柴动力
    ['91370000163044841F', '370000'], // 万华化学
    ['9137020026462882XW', '370200'], // 海信视像
    ['9152000071430580XT', '520000'], // 贵州茅台
  ])('accepts the real code %s', (code, region) => {
    expect(checkUscc(code)).toEqual({ ok: true, code, regionCode: region })
  })

  it.each(['91370200264574251F', '91100000100003962A', '911000001000044477'])('rejects the tampered code %s', (code) => {
    const r = checkUscc(code)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toBe('checksum')
  })

  it('normalises full-width digits and lower case before checking', () => {
    expect(checkUscc('９１３７０２００２６４５７４２５１ｅ')).toMatchObject({ ok: true, code: '91370200264574251E' })
  })

  it('names the problem in Chinese', () => {
    expect(checkUscc('123')).toMatchObject({ ok: false, reason: 'length', message: '统一社会信用代码应为18位' })
    expect(checkUscc('91370200264574251O')).toMatchObject({ ok: false, reason: 'charset' })
  })

  it('requires the 91 prefix for an enterprise', () => {
    const college = '12370000' + '4950012' + '3X'
    const code = college.slice(0, 17) + usccCheckChar(college.slice(0, 17))
    expect(checkUscc(code).ok).toBe(true)
    expect(checkUscc(code, { enterprise: true })).toMatchObject({ ok: false, reason: 'not_enterprise' })
  })
})
