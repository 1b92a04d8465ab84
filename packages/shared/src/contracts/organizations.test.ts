import { describe, expect, it } from 'vitest'
import { OrgPatchBodySchema, OrgRegisterBodySchema } from './organizations'

const body = {
  kind: 'enterprise', uscc: '91370303MA3C5K2X1T', name: '淄博恒瑞精密机械有限公司', cityCode: '370300', nature: 'private',
  chains: ['SD-C02'], contactName: '王强', contactPhone: '13805310002',
}

describe('a unit name with invisible characters (decision 056)', () => {
  it.each([
    ['a zero-width space', '淄博恒瑞精密机械有限公司\u200b'],
    ['a zero-width joiner', '淄博恒瑞\u200d精密机械有限公司'],
    ['a right-to-left mark', '淄博恒瑞精密机械有限公司\u200f'],
    ['a soft hyphen', '淄博恒瑞精密\u00ad机械有限公司'],
  ])('is refused with %s, on registration and on a change', (_what, name) => {
    const register = OrgRegisterBodySchema.safeParse({ ...body, name })
    expect(register.error?.issues.find((i) => i.path.join('.') === 'name')?.message).toBe('单位名称中含有不可见字符，请删除后重试')
    expect(OrgPatchBodySchema.safeParse({ name }).success).toBe(false)
  })

  it('accepts the plain name', () => {
    expect(OrgRegisterBodySchema.safeParse(body).error?.issues.find((i) => i.path.join('.') === 'name')).toBeUndefined()
    expect(OrgPatchBodySchema.safeParse({ name: body.name }).success).toBe(true)
  })
})
