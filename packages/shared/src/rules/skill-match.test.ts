import { describe, expect, it } from 'vitest'
import { matchSkills, skillCredit, type SkillItem } from './skill-match'

const cases: { name: string; held: (string | SkillItem)[]; required: SkillItem[]; credit: number }[] = [
  { name: 'none required', held: ['PLC'], required: [], credit: 0 },
  { name: 'equal after normalising (width, case, spaces)', held: ['ＰＬＣ 编程'], required: [{ name: 'plc编程' }], credit: 1 },
  { name: 'one name inside the other', held: ['PLC'], required: [{ name: 'PLC编程' }, { name: '焊接' }], credit: 0.5 },
  { name: 'held below the required level counts half', held: [{ name: '焊接', level: 'basic' }], required: [{ name: '焊接', level: 'advanced' }], credit: 0.5 },
  {
    name: 'the first held skill of the name decides',
    held: [{ name: '焊接', level: 'basic' }, { name: '焊接', level: 'technician' }],
    required: [{ name: '焊接', level: 'advanced' }, { name: '数控车床', level: 'basic' }, { name: 'CAD' }],
    credit: 0.5 / 3,
  },
  { name: 'a one-character name is never inside another', held: ['车'], required: [{ name: '车工' }], credit: 0 },
]

describe('skillCredit', () => {
  it.each(cases)('is matchSkills’ credit without the lists: $name', ({ held, required, credit }) => {
    expect(matchSkills(held, required).credit).toBeCloseTo(credit, 12)
    expect(skillCredit(held, required)).toBe(matchSkills(held, required).credit)
  })

  it('reads a list again when it is a new list (a changed profile), not the first list’s normalisation', () => {
    const required = [{ name: '焊接' }]
    expect(skillCredit(['焊接'], required)).toBe(1)
    expect(skillCredit(['钳工'], required)).toBe(0)
  })
})
