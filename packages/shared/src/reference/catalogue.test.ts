import { describe, expect, it } from 'vitest'
import { majorCode } from '../contracts/list-fields'
import { MAJOR_CODE_PATTERN, MAJOR_LEVELS, MAJOR_STATUSES, OCCUPATION_CODE_PATTERN, majorByCode, occupations, reference } from './index'

/** 《职业教育专业目录（2021年）》 as published (教职成〔2021〕2号): 1,349 majors. */
const OFFICIAL = { 中职: 358, 高职专科: 744, 职业本科: 247 } as const
/**
 * 高职专科 rows still missing (see data/SOURCES.md): the transcription we copy lacks the 47 nationally
 * controlled K majors; 33 are reconstructed (basis `ours`), 14 are not yet known with enough certainty
 * (520407K–520409K, 580602K and 10 in 5801–5803 公安管理/公安技术/侦查类).
 */
const DOCUMENTED_GAP = { 中职: 0, 高职专科: 14, 职业本科: 0 } as const
/** First two digits of a code by level: 中职 61–79, 高职专科 41–59, 职业本科 21–39 (19 专业大类 each). */
const LEVEL_BASE = { 中职: 60, 高职专科: 40, 职业本科: 20 } as const

describe('major catalogue (majors.csv)', () => {
  const { majors } = reference()

  it('holds every level with the official count, less the documented gap', () => {
    for (const level of MAJOR_LEVELS) {
      const rows = majors.filter((m) => m.level === level && m.yearAdded === 2021)
      expect(rows.length, level).toBe(OFFICIAL[level] - DOCUMENTED_GAP[level])
    }
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
