import { z } from 'zod'
import { shapeOf } from '../forms/field'
import { supplyForm } from '../forms/supply-form'
import { missingSections } from '../forms/missing'
import { always, arr, duplicates, isNum, keyOf, MSG, section, usccInput } from './list-fields'

/**
 * 附件1 职业院校供给清单统计表 as zod contracts, read off the form's one definition
 * (forms/supply-form.ts): this file adds only the rules that span sections.
 */

const F = supplyForm.steps
const rowOf = <S extends z.ZodArray>(list: S) => list.element as S['element']

export const UsccInput = usccInput()
export const CollegeBasicInput = F.basic.fields.college.schema
export type CollegeBasicInput = z.infer<typeof CollegeBasicInput>
export const MajorOfferingInput = rowOf(F.talent.fields.majors.schema)
export type MajorOfferingInput = z.infer<typeof MajorOfferingInput>
export const EnrolmentInput = rowOf(F.talent.fields.enrolments.schema)
export type EnrolmentInput = z.infer<typeof EnrolmentInput>
export const GraduateCohortInput = rowOf(F.talent.fields.cohorts.schema)
export type GraduateCohortInput = z.infer<typeof GraduateCohortInput>
export const GraduateDestinationInput = rowOf(F.talent.fields.cohorts.fields.destinations.schema)
export type GraduateDestinationInput = z.infer<typeof GraduateDestinationInput>
export const FacultyInput = rowOf(F.talent.fields.faculty.schema)
export type FacultyInput = z.infer<typeof FacultyInput>
export const EquipmentInput = rowOf(F.equipment.fields.equipment.schema)
export type EquipmentInput = z.infer<typeof EquipmentInput>
export const ResearchProjectInput = rowOf(F.research.fields.researchProjects.schema)
export type ResearchProjectInput = z.infer<typeof ResearchProjectInput>
export const IntellectualPropertyInput = rowOf(F.research.fields.ip.schema)
export type IntellectualPropertyInput = z.infer<typeof IntellectualPropertyInput>
export const TrainingCourseInput = rowOf(F.research.fields.trainingCourses.schema)
export type TrainingCourseInput = z.infer<typeof TrainingCourseInput>
export const CaseStudyInput = rowOf(F.research.fields.cases.schema)
export type CaseStudyInput = z.infer<typeof CaseStudyInput>

const basicShape = shapeOf(F.basic.fields)
const talentShape = shapeOf(F.talent.fields)
const equipmentShape = shapeOf(F.equipment.fields)
const researchShape = shapeOf(F.research.fields)

type Ctx = z.core.$RefinementCtx
type Talent = z.infer<z.ZodObject<typeof talentShape>>

/** Rules across the talent sections: unique rows, and every major named must be one the college listed. */
function talentRules(v: Talent, ctx: Ctx): void {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })
  for (const i of duplicates(v.majors, (m) => keyOf(m.majorCode))) add(['majors', i, 'majorCode'], MSG.duplicate('专业'))
  for (const i of duplicates(v.enrolments, (e) => keyOf(e.majorCode, e.grade))) add(['enrolments', i, 'grade'], MSG.duplicate('同一专业同一年级'))
  for (const i of duplicates(v.cohorts, (c) => keyOf(c.majorCode, c.year))) add(['cohorts', i, 'year'], MSG.duplicate('同一专业同一毕业年份'))
  for (const i of duplicates(v.faculty, (f) => keyOf(f.majorCode))) add(['faculty', i, 'majorCode'], MSG.duplicate('专业'))
  const listed = new Set(arr(v.majors).map((m) => m.majorCode))
  for (const key of ['enrolments', 'cohorts', 'faculty'] as const) {
    ;(Array.isArray(v[key]) ? v[key] : []).forEach((row, i) => {
      if (typeof row?.majorCode === 'string' && !listed.has(row.majorCode)) add([key, i, 'majorCode'], MSG.notListedMajor)
    })
  }
}

/** 近3年 (footnotes ³ and ⁷): exactly the three years before the list's year (a 2026 list: 2023–2025). */
export function recentYears(listYear: number): { from: number; to: number } {
  return { from: listYear - 3, to: listYear - 1 }
}

function recentYearRules(v: { year: number; cohorts: GraduateCohortInput[]; researchProjects: ResearchProjectInput[] }, ctx: Ctx): void {
  if (!isNum(v.year)) return
  const { from, to } = recentYears(v.year)
  const recent = (y: unknown) => !isNum(y) || (y >= from && y <= to)
  const message = (what: string) => `${what}应为近3年，即填报年度${v.year}年之前的三年（${from}–${to}年）`
  arr(v.cohorts).forEach((c, i) => {
    if (!recent(c.year)) ctx.addIssue({ code: 'custom', path: ['cohorts', i, 'year'], message: message('毕业年份') })
  })
  arr(v.researchProjects).forEach((p, i) => {
    if (!recent(p.year)) ctx.addIssue({ code: 'custom', path: ['researchProjects', i, 'year'], message: message('项目年份') })
  })
}

function equipmentRules(v: { equipment: EquipmentInput[] }, ctx: Ctx): void {
  for (const i of duplicates(v.equipment, (e) => keyOf(e.name, e.model ?? ''))) {
    ctx.addIssue({ code: 'custom', path: ['equipment', i, 'name'], message: MSG.duplicate('设备（名称+型号）') })
  }
}

/** One schema per step of the phone's step-by-step form, following the form's categories. */
export const SupplyListSteps = {
  basic: section(basicShape),
  talent: section(talentShape).superRefine(talentRules, always),
  equipment: section(equipmentShape).superRefine(equipmentRules, always),
  research: section(researchShape),
} as const

export const SupplyListInput = z
  .object({ ...basicShape, ...talentShape, ...equipmentShape, ...researchShape })
  .superRefine((v, ctx) => {
    talentRules(v, ctx)
    recentYearRules(v, ctx)
    equipmentRules(v, ctx)
  }, always)
export type SupplyListInput = z.infer<typeof SupplyListInput>

/** What a draft still lacks before it can be submitted, in Chinese, in the form's order. */
export function missingSupplySections(draft: unknown): string[] {
  return missingSections(supplyForm, SupplyListSteps.basic, draft, REQUIRED_SECTIONS)
}

/** Sections the form asks every college to fill; 科研项目、专利软著、典型案例 may honestly be empty. */
const REQUIRED_SECTIONS = ['majors', 'enrolments', 'cohorts', 'faculty', 'equipment', 'trainingCourses'] as const
