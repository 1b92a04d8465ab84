import { describe, expect, it } from 'vitest'
import { MAJOR_LEVELS, OCCUPATION_CODE_PATTERN, majorByCode, majorProfile, majorProfiles, occupations, reference } from './index'

describe('major profiles (major_profiles.csv)', () => {
  const profiles = majorProfiles()
  const { majors } = reference()

  it('gives every catalogue major exactly one profile, and no profile to a code outside the catalogue', () => {
    expect(new Set(profiles.map((p) => p.code)).size).toBe(profiles.length)
    expect(new Set(profiles.map((p) => p.code))).toEqual(new Set(majors.map((m) => m.code)))
    for (const p of profiles) {
      const major = majorByCode(p.code)
      expect(major?.name, p.code).toBe(p.name)
      expect(major?.level, p.code).toBe(p.level)
    }
  })

  it('names occupations of the 2022 大典 with well-formed codes, codes and names aligned', () => {
    const byCode = new Map(occupations().map((o) => [o.code, o.name]))
    for (const p of profiles) {
      expect(p.occupations.length, p.code).toBeGreaterThan(0)
      for (const o of p.occupations) {
        expect(o.code, p.code).toMatch(OCCUPATION_CODE_PATTERN)
        expect(byCode.get(o.code), `${p.code} ${o.code}`).toBe(o.name)
      }
    }
  })

  it('fills posts, competences and courses for every major', () => {
    for (const p of profiles) {
      expect(p.posts.length, p.code).toBeGreaterThan(0)
      expect(p.competences.length, p.code).toBeGreaterThan(2)
      expect(p.courses.length, p.code).toBeGreaterThan(2)
      expect(p.source, p.code).not.toBe('')
      if (p.basis === 'ours') expect(p.source, p.code).toMatch(/ours/)
    }
  })

  it('points continuing majors one level up (中职→高职专科→职业本科)', () => {
    for (const p of profiles) {
      const next = MAJOR_LEVELS[MAJOR_LEVELS.indexOf(p.level) + 1]
      for (const code of p.continuingMajors) expect(majorByCode(code)?.level, `${p.code}→${code}`).toBe(next)
      if (p.level === '职业本科') expect(p.continuingMajors, p.code).toEqual([])
    }
    expect(majorProfile('660103')?.continuingMajors).toContain('460103')
  })

  it('maps 职业本科 majors to a chain only as continuations of the chain\'s 高职专科 majors', () => {
    const links = reference().chainMajors
    const bachelor = links.filter((l) => majorByCode(l.majorCode)?.level === '职业本科')
    expect(bachelor.length).toBeGreaterThan(50)
    for (const link of bachelor) {
      const feeders = links.filter((l) => l.chainId === link.chainId && majorProfile(l.majorCode)?.continuingMajors.includes(link.majorCode))
      expect(feeders.length, `${link.chainId} ${link.majorCode}`).toBeGreaterThan(0)
    }
  })

  it('describes a shop-floor major with the occupations an employer would post', () => {
    const cnc = majorProfile('460103')!
    expect(cnc.occupations.map((o) => o.name)).toEqual(expect.arrayContaining(['车工', '铣工', '多工序数控机床操作调整工']))
    expect(cnc.posts.join('')).toContain('数控编程')
    expect(majorProfile('460206')?.occupations.map((o) => o.code)).toContain('6-29-03-03') // 电梯安装维修工
  })
})
