import { describe, expect, it } from 'vitest'
import { explain } from './explain'

const occupation = { field: 'occupations', text: '电梯安装维修工', key: '电梯安装维修工', occupationCode: '6-29-03-03' } as const

describe('explain', () => {
  it('names the job words and the catalogue phrase they match', () => {
    expect(explain({ kind: 'phrase', part: 'title', jobText: '电梯安装维修工', phrase: occupation, exact: true }))
      .toBe('岗位「电梯安装维修工」与专业职业面向「电梯安装维修工」一致')
    expect(explain({ kind: 'phrase', part: 'description', jobText: '负责电梯安装维修工作', phrase: { field: 'posts', text: '电梯维保', key: '电梯维保' }, exact: false }))
      .toBe('岗位描述提到专业典型岗位「电梯维保」')
  })

  it('says when a shop-floor synonym made the match', () => {
    expect(explain({ kind: 'phrase', part: 'title', jobText: '行车工', via: '行车工', exact: false, phrase: { field: 'occupations', text: '起重装卸机械操作工', key: '起重装卸机械操作工' } }))
      .toBe('岗位「行车工」含专业职业面向「起重装卸机械操作工」（「行车工」按同义词表读作「起重装卸机械操作工」）')
  })

  it('lists matched words against the phrase they hit, and the other signals plainly', () => {
    expect(explain({ kind: 'terms', words: ['电梯', '维保'], phrase: { field: 'posts', text: '电梯维保', key: '电梯维保' } })).toBe('「电梯」「维保」命中专业典型岗位「电梯维保」')
    expect(explain({ kind: 'occupation_code', code: '6-29-03-03', phrase: occupation })).toBe('职业编码 6-29-03-03 是专业职业面向「电梯安装维修工」')
    expect(explain({ kind: 'chain', chainName: '高端装备', relevanceLabel: '核心专业' })).toBe('属于高端装备产业链核心专业')
    expect(explain({ kind: 'named' })).toBe('企业需求点名的专业')
    expect(explain({ kind: 'continuing', name: '软件技术', level: '高职专科' })).toBe('与文本匹配的「软件技术」（高职专科）互为中高本接续专业')
  })
})
