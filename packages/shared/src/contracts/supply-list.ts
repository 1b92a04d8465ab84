import { z } from 'zod'
import { checkUscc, toHalfWidth } from '../rules/uscc'
import { DeliveryMode, DestinationType, IpKind, ResearchLevel, SharingFee } from './enums'
import {
  always, arr, chainIds, count, duplicates, email, isNum, isoDate, keyOf, listOf, majorCode, money, MSG, oneOf, optionalText, phone, requiredText, section, typed, wholeNumber, year,
} from './list-fields'

/**
 * 附件1 职业院校供给清单统计表 as zod contracts. Field names are the Prisma columns (SupplyList,
 * Organization, MajorOffering, Enrolment, GraduateCohort, GraduateDestination, Faculty, Equipment,
 * ResearchProject, IntellectualProperty, TrainingCourse, CaseStudy), so a handler writes them as is.
 * Superscripts in comments are the form's footnotes.
 */

export const UsccInput = z
  .string({ error: '必填' })
  .trim()
  .min(1, { error: '必填' })
  // Stored and compared in the canonical form: half-width, upper-case.
  .overwrite((raw) => toHalfWidth(raw).trim().toUpperCase())
  .superRefine((raw, ctx) => {
    const check = checkUscc(raw)
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message })
  })

/** 基本信息: the Organization's contact columns. `uscc` identifies the unit; a handler compares it, never writes it. */
export const CollegeBasicInput = section({
  name: requiredText(60), // 院校名称
  uscc: UsccInput,
  contactName: requiredText(30), // 对接负责人姓名
  contactPhone: phone(), // 联系人电话
  contactTitle: requiredText(30), // 联系人职务/职称
  contactEmail: email(), // 联络邮箱
})
export type CollegeBasicInput = z.infer<typeof CollegeBasicInput>

/** ¹ 相关专业设置 */
export const MajorOfferingInput = section({ majorCode: majorCode(), chainIds: chainIds() })
export type MajorOfferingInput = z.infer<typeof MajorOfferingInput>

/** ² 在校生规模: by major and grade. */
export const EnrolmentInput = section({
  majorCode: majorCode(),
  grade: z.number(typed('数字')).int({ error: '年级应为1–5' }).min(1, { error: '年级应为1–5' }).max(5, { error: '年级应为1–5' }),
  count: count(),
})
export type EnrolmentInput = z.infer<typeof EnrolmentInput>

/** ³ 就业去向的企业类型和主要岗位 */
export const GraduateDestinationInput = section({
  type: oneOf(DestinationType),
  count: count(),
  mainPositions: listOf(requiredText(30), 10, '个主要岗位'),
})
export type GraduateDestinationInput = z.infer<typeof GraduateDestinationInput>

/** ³ 毕业生规模: one major, one graduation year. */
export const GraduateCohortInput = z
  .object({
    majorCode: majorCode(),
    year: year(),
    count: count(),
    employedCount: count().optional(),
    destinations: listOf(GraduateDestinationInput, DestinationType.schema.options.length, '种去向'),
  })
  .superRefine((c, ctx) => {
    if (isNum(c.employedCount) && isNum(c.count) && c.employedCount > c.count) {
      ctx.addIssue({ code: 'custom', path: ['employedCount'], message: '就业人数不能多于毕业生人数' })
    }
    const placed = arr(c.destinations).reduce((sum, d) => sum + (isNum(d.count) ? d.count : 0), 0)
    if (isNum(c.count) && placed > c.count) {
      ctx.addIssue({ code: 'custom', path: ['destinations'], message: `各去向人数合计${placed}人，多于毕业生人数${c.count}人` })
    }
    for (const i of duplicates(c.destinations, (d) => keyOf(d.type))) {
      ctx.addIssue({ code: 'custom', path: ['destinations', i, 'type'], message: MSG.duplicate('去向类型') })
    }
  }, always)
export type GraduateCohortInput = z.infer<typeof GraduateCohortInput>

/** ⁴ 师资队伍情况, per major. `seniorTitleShare` is 0..1 like the column (the sheet shows it as %). */
export const FacultyInput = section({
  majorCode: majorCode(),
  fullTime: count(100_000),
  seniorTitleShare: z
    .number(typed('数字'))
    .min(0, { error: '高级职称比例应在0–100%之间' })
    .max(1, { error: '高级职称比例应在0–100%之间' }),
  partTimeFromIndustry: count(100_000),
  industryBackground: requiredText(200),
})
export type FacultyInput = z.infer<typeof FacultyInput>

/** ⁵ 主要实验/实训设备 and ⁶ 设备开放共享情况 (open equipment needs 开放时间 and 有偿/无偿). */
export const EquipmentInput = z
  .object({
    name: requiredText(60),
    model: optionalText(60),
    quantity: wholeNumber(100_000),
    coreFunction: requiredText(300),
    open: z.boolean({ error: '请填写是否开放共享' }),
    openHours: optionalText(60),
    fee: oneOf(SharingFee).optional(),
    feeNote: optionalText(200),
    cooperationMode: optionalText(100),
    chainIds: chainIds(),
  })
  .superRefine((e, ctx) => {
    if (e.open !== true) return
    if (!e.openHours) ctx.addIssue({ code: 'custom', path: ['openHours'], message: '开放共享的设备须填写开放时间' })
    if (!e.fee) ctx.addIssue({ code: 'custom', path: ['fee'], message: '开放共享的设备须标注有偿或无偿' })
  }, always)
export type EquipmentInput = z.infer<typeof EquipmentInput>

/** ⁷ 近3年承担的相关科研项目 */
export const ResearchProjectInput = section({
  name: requiredText(100),
  level: oneOf(ResearchLevel),
  outcomeType: requiredText(30),
  commissioningUnit: optionalText(100),
  amountWan: money(1_000_000),
  finished: z.boolean({ error: '请填写是否结项' }),
  year: year(),
  chainIds: chainIds(),
})
export type ResearchProjectInput = z.infer<typeof ResearchProjectInput>

/** ⁷ 专利/软件著作权数量及名称 */
export const IntellectualPropertyInput = section({
  kind: oneOf(IpKind),
  name: requiredText(100),
  number: optionalText(40),
  year: year(),
})
export type IntellectualPropertyInput = z.infer<typeof IntellectualPropertyInput>

/** ⁸ 可提供的企业员工培训课程、年培训容量 */
export const TrainingCourseInput = z
  .object({
    title: requiredText(60),
    content: requiredText(500),
    format: oneOf(DeliveryMode),
    periodDays: wholeNumber(365, 1).optional(),
    hours: wholeNumber(10_000, 1).optional(),
    yearlyCapacity: count(),
    seatsPerSession: count().optional(),
    startDate: isoDate().optional(),
    fee: money(1_000_000).optional(),
    chainIds: chainIds(),
  })
  .superRefine((t, ctx) => {
    if (isNum(t.seatsPerSession) && isNum(t.yearlyCapacity) && t.seatsPerSession > t.yearlyCapacity) {
      ctx.addIssue({ code: 'custom', path: ['seatsPerSession'], message: '每期人数不能多于年培训容量' })
    }
  }, always)
export type TrainingCourseInput = z.infer<typeof TrainingCourseInput>

/** ⁹ 产教融合典型案例 */
export const CaseStudyInput = section({
  title: requiredText(60),
  partner: requiredText(60),
  content: requiredText(1000),
  outcome: requiredText(500),
  year: year().optional(),
})
export type CaseStudyInput = z.infer<typeof CaseStudyInput>

const rows = <T extends z.ZodType>(row: T) => listOf(row, 20_000, '行')

const basicShape = {
  year: year(), // 填报年度 (SupplyList.year)
  filledBy: requiredText(30), // 填报人
  filledByPhone: phone(), // 联系电话
  filledAt: isoDate().optional(), // 填报时间
  college: CollegeBasicInput,
}
const talentShape = {
  majors: rows(MajorOfferingInput),
  enrolments: rows(EnrolmentInput),
  cohorts: rows(GraduateCohortInput),
  faculty: rows(FacultyInput),
}
const equipmentShape = { equipment: rows(EquipmentInput) }
const researchShape = {
  researchProjects: rows(ResearchProjectInput),
  ip: rows(IntellectualPropertyInput),
  trainingCourses: rows(TrainingCourseInput),
  cases: rows(CaseStudyInput),
}

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

const BASIC_LABELS: Record<string, string> = {
  year: '填报年度', filledBy: '填报人', filledByPhone: '联系电话', filledAt: '填报时间',
  'college.name': '院校名称', 'college.uscc': '统一社会信用代码', 'college.contactName': '对接负责人姓名',
  'college.contactPhone': '联系人电话', 'college.contactTitle': '联系人职务/职称', 'college.contactEmail': '联络邮箱',
}

/** Sections the form asks every college to fill; 科研项目、专利软著、典型案例 may honestly be empty. */
const REQUIRED_SECTIONS: [keyof SupplyListInput, string][] = [
  ['majors', '相关专业设置'], ['enrolments', '在校生规模'], ['cohorts', '毕业生规模'], ['faculty', '师资队伍情况'],
  ['equipment', '主要实验/实训设备'], ['trainingCourses', '企业培训服务能力'],
]

/** What a draft still lacks before it can be submitted, in Chinese, in the form's order. */
export function missingSupplySections(draft: unknown): string[] {
  const d = (draft ?? {}) as Record<string, unknown>
  const missing: string[] = []
  const basic = SupplyListSteps.basic.safeParse({ college: {}, ...d })
  if (!basic.success) {
    const fields = new Set(basic.error.issues.map((i) => BASIC_LABELS[i.path.join('.')] ?? BASIC_LABELS[String(i.path[0])] ?? '基本信息'))
    for (const f of fields) missing.push(`基本信息：${f}`)
  }
  for (const [key, label] of REQUIRED_SECTIONS) {
    if (!Array.isArray(d[key]) || d[key].length === 0) missing.push(label)
  }
  return missing
}
