import { describe, expect, it } from 'vitest'
import { convert, toIsoDate, toNumber, type Lookup } from './cells'
import type { Column } from './layout'

const lookup: Lookup = { majorCodes: new Set(['460103', '460104', '570102K', '260101']), cities: [{ adcode: '370100', name: '济南市' }], chains: [{ id: 'SD-C02', name: '高端装备' }], labels: [{ id: 'chain_leader', name: '链主企业' }] }
const column = (kind: Column['kind'], extra: Partial<Column> = {}): Column => ({ key: 'x', header: 'x', note: '', kind, ...extra })
const value = (kind: Column['kind'], raw: string | number | boolean | Date, extra?: Partial<Column>) => {
  const r = convert(column(kind, extra), raw, lookup)
  return r.ok ? r.value : `错误：${r.message}`
}

describe('cell conversion', () => {
  it('reads numbers the way people type them', () => {
    expect(toNumber('１２３')).toBe(123)
    expect(toNumber(' 1,200 ')).toBe(1200)
    expect(toNumber('35.5万元')).toBe(35.5)
    expect(toNumber('12人')).toBe(12)
    expect(toNumber('十二')).toBeUndefined()
    expect(toNumber('1.2.3')).toBeUndefined()
  })

  it('reads dates in the common written forms and as serials, and refuses impossible ones', () => {
    for (const s of ['2026-09-01', '2026/9/1', '2026年9月1日', '2026.9.1', '20260901', 46266, '46266']) expect(toIsoDate(s), String(s)).toBe('2026-09-01')
    expect(toIsoDate(new Date(Date.UTC(2026, 8, 1)))).toBe('2026-09-01')
    expect(toIsoDate(61)).toBe('1900-03-01')
    expect(toIsoDate('2026-02-29')).toBeUndefined()
    expect(toIsoDate('下周一')).toBeUndefined()
  })

  it('reads percentages as shares of one', () => {
    expect(value('percent', 0.375)).toBe(0.375)
    expect(value('percent', '37.5%')).toBe(0.375)
    expect(value('percent', 37.5)).toBe(0.375)
    expect(value('percent', '３７．５％')).toBe(0.375)
  })

  it('matches enum labels and keys, and lists the choices when nothing matches', () => {
    const labels = { free: '无偿', paid: '有偿' }
    expect(value('enum', ' 有偿 ', { labels })).toBe('paid')
    expect(value('enum', 'FREE', { labels })).toBe('free')
    expect(value('enum', '看情况', { labels })).toBe('错误：「看情况」不在可选范围内，可选：无偿、有偿')
  })

  it('reads yes/no words and major codes with or without their names', () => {
    expect(value('bool', '是', { yesNo: ['是', '否'] })).toBe(true)
    expect(value('bool', '在研', { yesNo: ['是', '否'] })).toBe(false)
    expect(value('bool', '也许', { yesNo: ['是', '否'] })).toBe('错误：请填写「是」或「否」')
    expect(value('major', '460103 数控技术')).toBe('460103')
    expect(value('major', 460104)).toBe('460104')
    expect(value('major', '４６０１０３')).toBe('460103')
    expect(value('major', '999999')).toBe('错误：专业代码「999999」不在专业目录中')
    expect(value('major', '数控')).toBe('错误：专业代码应为6位数字')
    expect(value('majors', '460103、460104 机械制造')).toEqual(['460103', '460104'])
  })

  it('reads 国控 (K) and 职业本科 codes the catalogue holds', () => {
    expect(value('major', '570102K 学前教育')).toBe('570102K')
    expect(value('major', '570102k')).toBe('570102K')
    expect(value('major', '260101 机械设计制造及自动化')).toBe('260101')
    expect(value('majors', '570102K学前教育、460103')).toEqual(['570102K', '460103'])
    expect(value('major', '570103K')).toBe('错误：专业代码「570103K」不在专业目录中')
  })

  it('keeps Chinese punctuation in free text but normalises full-width letters and digits', () => {
    expect(value('text', '每季度一期，每期３天（线下）')).toBe('每季度一期，每期3天（线下）')
    expect(value('text', ' ｈｒ＠example.com ')).toBe('hr@example.com')
    expect(value('list', '数控车工、 工艺员;;设备维护')).toEqual(['数控车工', '工艺员', '设备维护'])
    expect(value('city', '济南')).toBe('370100')
    expect(value('labels', '链主企业')).toEqual(['chain_leader'])
  })
})

describe('服务产业链 cells', () => {
  it('read chain names or ids separated by 、 and refuse unknown ones with the choices', () => {
    expect(convert(column('chains'), '高端装备、SD-C02', lookup)).toEqual({ ok: true, value: ['SD-C02'] })
    expect(convert(column('chains'), '高端装备产业链', lookup)).toEqual({ ok: true, value: ['SD-C02'] })
    const bad = convert(column('chains'), '航天', lookup)
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.message).toContain('可选：高端装备')
  })
})
