/**
 * major_profiles.csv: one row per catalogue major, multi-valued cells joined with `|`.
 * Pure parsing (no file access) so the BFF, the seed and tests share one reading of the file.
 */
import type { MajorLevel } from './vocab'

export interface OccupationLink { code: string; name: string }
export interface MajorProfileRef {
  code: string
  level: MajorLevel
  name: string
  /** 职业面向 · 主要职业类别, codes and names of the 2022 大典, in the file's order. */
  occupations: OccupationLink[]
  /** 主要岗位（群）或技术领域. */
  posts: string[]
  /** 主要专业能力要求, condensed to short phrases. */
  competences: string[]
  /** 主要专业课程. */
  courses: string[]
  /** 接续专业 codes, one level up (中职→高职专科→职业本科). */
  continuingMajors: string[]
  source: string
  /** `sourced`: copied from a public transcription of the MoE 专业简介; `ours`: written by us. */
  basis: 'sourced' | 'ours'
}

export const splitCell = (cell: string | undefined): string[] => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean)

export function parseProfiles(rows: Record<string, string>[]): MajorProfileRef[] {
  return rows.map((r) => {
    const codes = splitCell(r.occupation_codes)
    const names = splitCell(r.occupations)
    if (codes.length !== names.length) throw new Error(`major_profiles.csv ${r.code}: ${codes.length} occupation codes but ${names.length} names`)
    return {
      code: r.code!, level: r.level as MajorLevel, name: r.name!,
      occupations: codes.map((code, i) => ({ code, name: names[i]! })),
      posts: splitCell(r.posts), competences: splitCell(r.competences), courses: splitCell(r.courses),
      continuingMajors: splitCell(r.continuing_majors), source: r.source ?? '', basis: r.basis === 'sourced' ? 'sourced' : 'ours',
    }
  })
}
