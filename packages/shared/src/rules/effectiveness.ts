/**
 * The 成效 record (decision 029): what an organisation achieved through the platform in one calendar year
 * (Beijing time), counted from what happened here, weighted into one score. The same table is the formula the
 * app publishes, the BFF's computation and the export's method sheet, so the three cannot drift apart.
 */

export type EffectTerm = 'hires' | 'graduateHires' | 'trainees' | 'equipmentHours' | 'solvedChallenges' | 'completedProjects'

/** Which side of the campaign an organisation is on: colleges supply, every other kind (单位) demands. */
export type EffectSide = 'college' | 'unit'

export interface EffectTermDef {
  key: EffectTerm
  label: string
  unit: string
  /** Points per unit. */
  weight: number
  /** How the count is taken, per side, as the app shows it. */
  how: Record<EffectSide, string>
}

export const EFFECT_TERMS: readonly EffectTermDef[] = [
  {
    key: 'hires', label: '通过平台招聘入职', unit: '人', weight: 1,
    how: {
      unit: '本年度内，投递本单位岗位、并由本单位在平台上标记为“已入职”的人数（以标记时间计）',
      college: '本年度内，简历所在院校为本校的学生经平台投递、被用人单位标记为“已入职”的人数',
    },
  },
  {
    key: 'graduateHires', label: '其中：应届毕业生', unit: '人', weight: 1,
    how: {
      unit: '上述入职者中，简历毕业年份为本年度的人数（在入职分之外每人再加分）',
      college: '上述入职者中，毕业年份为本年度的本校学生人数（在入职分之外每人再加分）',
    },
  },
  {
    key: 'trainees', label: '培训结业人次', unit: '人次', weight: 0.5,
    how: {
      unit: '不计入：为本单位开展的培训在项目台账结项后计入“合作项目完成”',
      college: '本校培训课程中开课日期在本年度且已开课的课程的报名人次',
    },
  },
  {
    key: 'equipmentHours', label: '设备共享时长', unit: '小时', weight: 0.1,
    how: {
      unit: '本年度内本单位预约并获批、且已结束的共享设备使用时长',
      college: '本年度内本校开放设备被预约、经本校批准且已结束的使用时长',
    },
  },
  {
    key: 'solvedChallenges', label: '揭榜挂帅难题解决（经市场验题）', unit: '项', weight: 3,
    how: {
      unit: '本年度内本单位发布的揭榜挂帅难题，经本单位市场验题确认成果已投产的项数（已揭榜但未验题、验题未投产的不计）',
      college: '本年度内本校揭榜并被企业采纳的难题，经企业市场验题确认成果已投产的项数（已揭榜但未验题、验题未投产的不计）',
    },
  },
  {
    key: 'completedProjects', label: '合作项目完成', unit: '项', weight: 2,
    how: {
      unit: '本年度内结项（全部里程碑完成、状态为“已完成”）且本单位为合作方的项目台账项目数，每个项目计一次',
      college: '本年度内结项（全部里程碑完成、状态为“已完成”）且本校为合作方的项目台账项目数，每个项目计一次',
    },
  },
]

export type EffectCounts = Record<EffectTerm, number>
export const NO_EFFECT: EffectCounts = { hires: 0, graduateHires: 0, trainees: 0, equipmentHours: 0, solvedChallenges: 0, completedProjects: 0 }

export const effectSide = (kind: string): EffectSide => (kind === 'college' ? 'college' : 'unit')

const round1 = (n: number) => Math.round(n * 10) / 10

/** Each term's count, weight and points, and their total (one decimal). */
export function effectScore(counts: EffectCounts) {
  const parts = EFFECT_TERMS.map((t) => ({ key: t.key, count: round1(counts[t.key]), weight: t.weight, points: round1(counts[t.key] * t.weight) }))
  return { parts, total: round1(parts.reduce((s, p) => s + p.points, 0)) }
}

/** The formula in one line, as the app and the export print it. */
export const EFFECT_FORMULA = `成效分 = ${EFFECT_TERMS.map((t) => `${t.label}（${t.unit}）× ${t.weight}`).join(' + ')}`

/**
 * The ranking's total order: score, then name as people read a list, then id, so two organisations with the same
 * score and name still have a fixed place and a page's keyset cursor (its last row's key) finds the next page.
 */
function compareByScore(a: { total: number; name: string; id: string }, b: { total: number; name: string; id: string }): number {
  return b.total - a.total || a.name.localeCompare(b.name, 'zh-CN') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Best first in `compareByScore` order; equal scores share a rank (1, 2, 2, 4). */
export function rankByScore<T extends { total: number; name: string; id: string }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort(compareByScore)
  let rank = 0
  return sorted.map((r, i) => {
    if (i === 0 || r.total !== sorted[i - 1]!.total) rank = i + 1
    return { ...r, rank }
  })
}
