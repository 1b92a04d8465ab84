/**
 * Skill points a college's graduates are most likely to lack. The forms do not list each major's
 * courses, so "taught" is approximated from what the college does list: the names of the majors it
 * runs, its training courses (title and content) and its equipment (name and core function). A
 * skill point counts as covered when at least half of its character bigrams appear in that text
 * (e.g. "PLC编程" is covered by a course "西门子PLC编程与调试"). Uncovered skill points are ranked
 * by the open head-count of the jobs asking for them.
 */
import { textGrams } from '@zhilian/shared/rules/text-overlap'

const SKILL_COVERED_SHARE = 0.5

export const SKILL_GAP_HEURISTIC =
  '以院校开设专业名称、培训课程（名称与内容）和实训设备（名称与功能）作为“已覆盖”的依据：岗位技能点的字词有一半以上出现在其中即视为已覆盖；未覆盖的技能点按需求岗位的招聘人数排序。'

export function skillGaps(
  demand: readonly { headcount: number; skills: readonly { name: string }[] }[],
  taughtText: string,
  max = 10,
): { skill: string; headcount: number; jobs: number }[] {
  const taught = textGrams(taughtText)
  const by = new Map<string, { headcount: number; jobs: number }>()
  for (const d of demand) {
    for (const name of new Set(d.skills.map((s) => s.name.trim()).filter(Boolean))) {
      const acc = by.get(name) ?? { headcount: 0, jobs: 0 }
      by.set(name, { headcount: acc.headcount + d.headcount, jobs: acc.jobs + 1 })
    }
  }
  return [...by]
    .filter(([skill]) => {
      const grams = [...textGrams(skill)]
      return grams.length > 0 && grams.filter((g) => taught.has(g)).length / grams.length < SKILL_COVERED_SHARE
    })
    .map(([skill, v]) => ({ skill, ...v }))
    .sort((a, b) => b.headcount - a.headcount || b.jobs - a.jobs || (a.skill < b.skill ? -1 : 1))
    .slice(0, max)
}
