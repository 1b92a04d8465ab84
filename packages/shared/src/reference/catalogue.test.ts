import { describe, expect, it } from 'vitest'
import { majorCode } from '../contracts/list-fields'
import { MAJOR_CODE_PATTERN, MAJOR_LEVELS, MAJOR_STATUSES, OCCUPATION_CODE_PATTERN, type MajorLevel, majorByCode, occupations, reference } from './index'

/** 《职业教育专业目录（2021年）》 as published (教职成〔2021〕2号): 1,349 majors. */
const OFFICIAL_2021 = { 中职: 358, 高职专科: 744, 职业本科: 247 } as const
/**
 * 高职专科 as the MoE's consolidated catalogue lists it (职业教育专业目录（2021年）（更新时间：2026年7月）): 811 majors,
 * 49 of them nationally controlled (K), in 19 大类 and 97 专业类 — the 2021 edition plus the 增补 up to 2026.
 * 中职 and 职业本科 still hold only the 2021 edition (their 增补 are not in our sources; see data/SOURCES.md).
 */
const CONSOLIDATED_2026 = { majors: 811, k: 49, categories: 19, classes: 97 } as const
/**
 * 增补 the MoE announced since the 2021 edition (data/SOURCES.md): 2024 — 40, 2025 — 57 (2025年职业教育专业目录增补清单),
 * 2026 — 27; and 169 in all (MoE release of 2026-07-15). The levels of the 2022–2023 增补 are not known to us.
 */
const ANNOUNCED = {
  2024: { 中职: 3, 高职专科: 20, 职业本科: 17 },
  2025: { 中职: 3, 高职专科: 31, 职业本科: 23 },
  2026: { 中职: 0, 高职专科: 9, 职业本科: 18 },
} as const
const ANNOUNCED_SINCE_2021 = 169
/** 中职 and 职业本科 增补 we lack: their codes are only in MoE Word files we could not read (SOURCES.md says which). */
const MISSING_ADDITIONS = 102
/** First two digits of a code by level: 中职 61–79, 高职专科 41–59, 职业本科 21–39 (19 专业大类 each). */
const LEVEL_BASE = { 中职: 60, 高职专科: 40, 职业本科: 20 } as const

describe('major catalogue (majors.csv)', () => {
  const { majors } = reference()

  it('holds 中职 and 职业本科 as the 2021 edition lists them', () => {
    for (const level of ['中职', '职业本科'] as const) {
      const rows = majors.filter((m) => m.level === level && m.yearAdded === 2021)
      expect(rows.length, level).toBe(OFFICIAL_2021[level])
    }
  })

  it('holds 高职专科 as the consolidated 2026 catalogue lists it: every major, every K major, every 专业类', () => {
    const rows = majors.filter((m) => m.level === '高职专科' && m.status === 'active')
    expect(rows.length).toBe(CONSOLIDATED_2026.majors)
    expect(rows.filter((m) => m.code.endsWith('K')).length).toBe(CONSOLIDATED_2026.k)
    expect(new Set(rows.map((m) => m.categoryCode)).size).toBe(CONSOLIDATED_2026.categories)
    expect(new Set(rows.map((m) => m.classCode)).size).toBe(CONSOLIDATED_2026.classes)
    // The 2021 edition's non-K majors all came from the 2021 transcription; the rest are K or 增补.
    const base = rows.filter((m) => m.yearAdded === 2021 && !m.code.endsWith('K'))
    expect(base.length).toBe(OFFICIAL_2021.高职专科 - 47)
    // The nine majors of the 2026 增补 (MoE release of 2026-07-15).
    expect(rows.filter((m) => m.yearAdded === 2026).map((m) => m.name).sort()).toEqual(
      ['储能材料装备智能运维技术', '剧装戏具设计与制作', '婴幼儿家庭养育与指导', '旅居康养运营与管理', '海洋智能机器人应用技术',
        '老年教育服务与管理', '智能体通信技术', '车联网通信技术', '高原铁路智能建造与运维'].sort(),
    )
  })

  it('holds no more 增补 for a year than the MoE announced, and states what 中职 and 职业本科 lack', () => {
    const added = (level: MajorLevel, year?: number) =>
      majors.filter((m) => m.level === level && m.status === 'active' && (year === undefined ? m.yearAdded > 2021 : m.yearAdded === year)).length
    for (const [year, byLevel] of Object.entries(ANNOUNCED)) {
      for (const level of MAJOR_LEVELS) {
        // 高职专科 rows whose 增补 year no source names carry 2025, the latest possible year, so that bucket may overflow.
        if (level === '高职专科' && year === '2025') continue
        expect(added(level, Number(year)), `${level} ${year}`).toBeLessThanOrEqual(byLevel[level])
      }
    }
    // Every 高职专科 增补 is held (811 − 744; one K major among them carries 2021, see SOURCES.md), so what the MoE
    // counts beyond them is 中职 or 职业本科.
    const vocational = majors.filter((m) => m.level === '高职专科' && m.status === 'active').length - OFFICIAL_2021.高职专科
    const held = vocational + added('中职') + added('职业本科')
    expect(ANNOUNCED_SINCE_2021 - held).toBe(MISSING_ADDITIONS)
    // The levels we know (2024–2026) fit inside the gap; the rest are the 2022–2023 增补.
    const known = Object.values(ANNOUNCED).reduce((n, y) => n + y.中职 + y.职业本科, 0)
    expect(known).toBeLessThanOrEqual(MISSING_ADDITIONS)
  })

  it('has unique, well-formed codes whose prefixes agree with level, 专业大类 and 专业类', () => {
    expect(new Set(majors.map((m) => m.code)).size).toBe(majors.length)
    for (const m of majors) {
      expect(m.code, m.code).toMatch(MAJOR_CODE_PATTERN)
      const category = Number(m.code.slice(0, 2)) - LEVEL_BASE[m.level]
      expect(category, m.code).toBeGreaterThanOrEqual(1)
      expect(category, m.code).toBeLessThanOrEqual(19)
      expect(m.categoryCode, m.code).toBe(m.code.slice(0, 2))
      expect(m.classCode, m.code).toBe(m.code.slice(0, 4))
      expect(m.name.trim(), m.code).toBe(m.name)
      expect(m.name.length, m.code).toBeGreaterThan(1)
    }
  })

  it('gives one name to each 专业大类 and 专业类, and 19 大类 per level', () => {
    const names = new Map<string, string>()
    for (const m of majors) {
      for (const [key, name] of [[m.categoryCode, m.category], [m.classCode, m.className]] as const) {
        expect(names.get(key) ?? name, key).toBe(name)
        names.set(key, name)
      }
    }
    for (const level of MAJOR_LEVELS) expect(new Set(majors.filter((m) => m.level === level).map((m) => m.categoryCode)).size, level).toBe(19)
  })

  it('marks version, status and basis on every row; renamed majors point at an existing code', () => {
    for (const m of majors) {
      expect(m.yearAdded, m.code).toBeGreaterThanOrEqual(2021)
      expect(MAJOR_STATUSES, m.code).toContain(m.status)
      expect(m.catalogue, m.code).toBe('职业教育专业目录（2021年）')
      expect(m.sourceRef, m.code).not.toBe('')
      if (m.status === 'renamed') expect(majorByCode(m.replacedBy ?? '')?.status, m.code).toBe('active')
      // Reconstructed rows say so, and say what is left to verify.
      if (m.basis === 'ours') expect(m.note, m.code).toMatch(/verify/)
    }
    expect(majors.filter((m) => m.basis === 'sourced').length).toBeGreaterThan(1300)
  })

  it('passes every catalogue code, at every level, through the lists\' major-code field', () => {
    const field = majorCode()
    for (const m of majors) expect(field.safeParse(m.code).success, m.code).toBe(true)
    expect(field.safeParse('57010K').success).toBe(false)
  })

  it('keeps the K majors a college lists most (学前教育, 临床医学, 护理 is not K)', () => {
    expect(majorByCode('570102K')?.name).toBe('学前教育')
    expect(majorByCode('520101K')?.level).toBe('高职专科')
    expect(majorByCode('520201')?.name).toBe('护理')
    expect(majorByCode('260101')?.level).toBe('职业本科')
  })
})

describe('occupations (职业分类大典 2022, occupations.csv)', () => {
  it('holds 1,676 unique, well-formed 细类 codes across the 8 大类', () => {
    const rows = occupations()
    expect(rows).toHaveLength(1676)
    expect(new Set(rows.map((o) => o.code)).size).toBe(rows.length)
    expect(new Set(rows.map((o) => o.name)).size).toBe(rows.length)
    for (const o of rows) expect(o.code, o.name).toMatch(OCCUPATION_CODE_PATTERN)
    expect(new Set(rows.map((o) => o.code[0]))).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7', '8']))
    expect(rows.find((o) => o.code === '6-18-01-01')?.name).toBe('车工')
    expect(rows.filter((o) => o.digital).length).toBeGreaterThan(90)
  })
})
