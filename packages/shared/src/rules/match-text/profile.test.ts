import { describe, expect, it } from 'vitest'
import { majorProfile, occupations } from '../../reference'
import { buildProfile, occupationFamilies, phraseKey } from './profile'

describe('buildProfile', () => {
  const elevator = buildProfile(majorProfile('460206')!)

  it('keeps every catalogue phrase whole, with its field and occupation code', () => {
    expect(elevator.name).toBe('电梯工程技术')
    expect(elevator.phrases).toContainEqual({ field: 'occupations', text: '电梯安装维修工', key: '电梯安装维修工', occupationCode: '6-29-03-03' })
    expect(elevator.phrases).toContainEqual({ field: 'posts', text: '电梯维保', key: '电梯维保' })
    expect(elevator.occupationCodes).toContain('6-29-03-03')
  })

  it('splits each field into index terms, words and bigrams, repeats kept', () => {
    expect(elevator.fields.name).toContain('电梯')
    expect(elevator.fields.occupations.filter((t) => t === '电梯').length).toBeGreaterThanOrEqual(2)
    expect(elevator.fields.competences).toContain('plc')
  })

  it('normalises phrase keys (width, case, punctuation)', () => {
    expect(phraseKey('ＰＬＣ 编程（初级）')).toBe('plc编程初级')
  })

  it('indexes the other occupations of each 大典 小类 a major faces as terms, not as phrases', () => {
    const machining = majorProfile('660102')! // 机械加工技术: 车工 6-18-01-01, 磨工 …
    const family = occupationFamilies([machining], occupations()).get('660102')!
    expect(family).toContain('镗工') // 6-18-01-05, same 小类 as 车工
    expect(family).not.toContain('磨工') // its own occupations stay in their own field
    const p = buildProfile(machining, undefined, undefined, family)
    expect(p.fields.occupationFamily).toContain('镗工')
    expect(p.phrases.some((ph) => ph.text === '镗工')).toBe(false)
  })
})

