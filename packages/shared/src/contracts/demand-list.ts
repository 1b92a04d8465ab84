import { z } from 'zod'
import { checkUscc, toHalfWidth } from '../rules/uscc'
import { CooperationMode, DeliveryMode, Education, EnterpriseNature, JobType, ResourceKind, SkillLevel } from './enums'
import {
  always, count, duplicates, email, isNum, isoDate, keyOf, listOf, majorCode, money, MSG, oneOf, optionalText, phone, requiredText, section, typed, wholeNumber,
} from './list-fields'

/**
 * 附件2 企业需求清单统计表 as zod contracts. Field names are the Prisma columns (DemandList,
 * Organization, OrgLabel, Job, JobSkill, JobMajor, TrainingNeed, TechChallenge, ResourceRequest).
 * Superscripts in comments are the form's footnotes.
 */

export const EnterpriseUsccInput = z
  .string({ error: '必填' })
  .trim()
  .min(1, { error: '必填' })
  // Stored and compared in the canonical form: half-width, upper-case.
  .overwrite((raw) => toHalfWidth(raw).trim().toUpperCase())
  .superRefine((raw, ctx) => {
    const check = checkUscc(raw, { enterprise: true })
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message })
  })

/** 基本信息: the Organization's columns. `uscc` identifies the unit; a handler compares it, never writes it. */
export const EnterpriseBasicInput = section({
  name: requiredText(60), // 企业名称
  uscc: EnterpriseUsccInput,
  nature: oneOf(EnterpriseNature), // 企业性质 ¹⁰
  contactName: requiredText(30), // 对接负责人姓名
  contactPhone: phone(), // 对接人电话
  contactTitle: requiredText(30), // 对接人职务
  contactEmail: email(), // 对接人邮箱
})
export type EnterpriseBasicInput = z.infer<typeof EnterpriseBasicInput>

/** ¹² 具体技能点及等级要求 */
export const JobSkillInput = section({ name: requiredText(30), level: oneOf(SkillLevel) })
export type JobSkillInput = z.infer<typeof JobSkillInput>

const salary = () => wholeNumber(1_000_000).describe('元/月')

/** ¹¹ 岗位类型及数量, ¹³ 学历/经验要求, with the skills (¹²) and suitable majors (JobMajor). */
export const JobInput = z
  .object({
    title: requiredText(40),
    type: oneOf(JobType),
    headcount: count(100_000).min(1, { error: '需求人数至少为1' }),
    education: oneOf(Education),
    minYearsExperience: wholeNumber(50),
    cityCode: z.string({ error: '必填' }).regex(/^\d{6}$/, { error: '请选择工作城市' }),
    salaryMin: salary(),
    salaryMax: salary(),
    description: requiredText(2000),
    majorCodes: listOf(majorCode(), 20, '个相关专业'),
    skills: listOf(JobSkillInput, 30, '项技能要求'),
  })
  .superRefine((j, ctx) => {
    if (isNum(j.salaryMin) && isNum(j.salaryMax) && j.salaryMin > j.salaryMax) {
      ctx.addIssue({ code: 'custom', path: ['salaryMin'], message: '最低薪资不能高于最高薪资' })
    }
    for (const i of duplicates(j.skills, (s) => keyOf(s.name))) ctx.addIssue({ code: 'custom', path: ['skills', i, 'name'], message: MSG.duplicate('技能点') })
    for (const i of duplicates(j.majorCodes, (m) => m)) ctx.addIssue({ code: 'custom', path: ['majorCodes', i], message: MSG.duplicate('专业') })
  }, always)
export type JobInput = z.infer<typeof JobInput>

/** ¹⁴ 员工培训内容, ¹⁵ 培训对象及规模, ¹⁶ 培训时间与方式 */
export const TrainingNeedInput = z
  .object({
    content: requiredText(500),
    audience: requiredText(100),
    perSession: count(),
    perYear: count(),
    periodText: requiredText(60),
    periodDays: wholeNumber(365, 1).optional(),
    format: oneOf(DeliveryMode),
  })
  .superRefine((t, ctx) => {
    if (isNum(t.perSession) && isNum(t.perYear) && t.perSession > t.perYear) {
      ctx.addIssue({ code: 'custom', path: ['perSession'], message: '单次培训人数不能多于年培训人数' })
    }
  }, always)
export type TrainingNeedInput = z.infer<typeof TrainingNeedInput>

/** ¹⁷ 技术合作方向: 技术问题及预期目标 */
export const TechChallengeInput = section({
  title: requiredText(60),
  problem: requiredText(2000),
  target: requiredText(1000),
  deadline: isoDate().optional(),
  budgetWan: money(1_000_000).optional(),
})
export type TechChallengeInput = z.infer<typeof TechChallengeInput>

/** ¹⁸ 院校资源需求: 资源类型及合作模式 */
export const ResourceRequestInput = section({
  kind: oneOf(ResourceKind),
  description: requiredText(500),
  cooperationMode: oneOf(CooperationMode).optional(),
  cooperationNote: optionalText(200),
})
export type ResourceRequestInput = z.infer<typeof ResourceRequestInput>

const rows = <T extends z.ZodType>(row: T) => listOf(row, 20_000, '行')

const basicShape = {
  filledBy: requiredText(30), // 填报人
  filledByPhone: phone(), // 联系电话
  filledAt: isoDate().optional(), // 填报时间
  org: EnterpriseBasicInput,
  /** ¹⁰ 链主企业/专精特新企业/瞪羚企业 …: EnterpriseLabel ids (OrgLabel rows). */
  labelIds: listOf(z.string(typed('文本')).min(1, { error: '必填' }), 20, '个企业称号'),
}
const jobsShape = { jobs: rows(JobInput) }
const trainingShape = { trainingNeeds: rows(TrainingNeedInput) }
const innovationShape = {
  challenges: rows(TechChallengeInput),
  resourceRequests: rows(ResourceRequestInput),
  cooperationModes: listOf(oneOf(CooperationMode), CooperationMode.schema.options.length, '种合作模式'), // ¹⁹
  cooperationNote: optionalText(500),
}

type Ctx = z.core.$RefinementCtx
const uniqueJobTitles = (v: { jobs: JobInput[] }, ctx: Ctx) => {
  for (const i of duplicates(v.jobs, (j) => keyOf(j.title))) ctx.addIssue({ code: 'custom', path: ['jobs', i, 'title'], message: MSG.duplicate('岗位名称') })
}
const uniqueModes = (v: { cooperationModes: string[] }, ctx: Ctx) => {
  for (const i of duplicates(v.cooperationModes, (m) => m)) ctx.addIssue({ code: 'custom', path: ['cooperationModes', i], message: MSG.duplicate('合作模式') })
}
const uniqueLabels = (v: { labelIds: string[] }, ctx: Ctx) => {
  for (const i of duplicates(v.labelIds, (m) => m)) ctx.addIssue({ code: 'custom', path: ['labelIds', i], message: MSG.duplicate('企业称号') })
}

/** One schema per step of the phone's step-by-step form. */
export const DemandListSteps = {
  basic: section(basicShape).superRefine(uniqueLabels, always),
  jobs: section(jobsShape).superRefine(uniqueJobTitles, always),
  training: section(trainingShape),
  innovation: section(innovationShape).superRefine(uniqueModes, always),
} as const

export const DemandListInput = z
  .object({ ...basicShape, ...jobsShape, ...trainingShape, ...innovationShape })
  .superRefine((v, ctx) => {
    uniqueLabels(v, ctx)
    uniqueJobTitles(v, ctx)
    uniqueModes(v, ctx)
  }, always)
export type DemandListInput = z.infer<typeof DemandListInput>

const BASIC_LABELS: Record<string, string> = {
  filledBy: '填报人', filledByPhone: '联系电话', filledAt: '填报时间', labelIds: '企业称号',
  'org.name': '企业名称', 'org.uscc': '统一社会信用代码', 'org.nature': '企业性质', 'org.contactName': '对接负责人姓名',
  'org.contactPhone': '对接人电话', 'org.contactTitle': '对接人职务', 'org.contactEmail': '对接人邮箱',
}

/** What a draft still lacks before it can be submitted, in Chinese, in the form's order. */
export function missingDemandSections(draft: unknown): string[] {
  const d = (draft ?? {}) as Record<string, unknown>
  const missing: string[] = []
  const basic = DemandListSteps.basic.safeParse({ org: {}, ...d })
  if (!basic.success) {
    const fields = new Set(basic.error.issues.map((i) => BASIC_LABELS[i.path.join('.')] ?? BASIC_LABELS[String(i.path[0])] ?? '基本信息'))
    for (const f of fields) missing.push(`基本信息：${f}`)
  }
  const jobs = Array.isArray(d.jobs) ? (d.jobs as Partial<JobInput>[]) : []
  if (jobs.length === 0) missing.push('岗位类型及数量（至少一个岗位）')
  for (const job of jobs) {
    if (!Array.isArray(job.skills) || job.skills.length === 0) missing.push(`技能要求：岗位「${job.title ?? '未命名'}」`)
  }
  if (!Array.isArray(d.cooperationModes) || d.cooperationModes.length === 0) missing.push('合作模式期望')
  return missing
}
