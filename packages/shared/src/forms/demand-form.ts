import { z } from 'zod'
import { CooperationMode, DeliveryMode, Education, EnterpriseNature, JobType, ResourceKind, SkillLevel, SkillLevelSynonyms } from '../contracts/enums'
import {
  always, count, duplicates, email, isNum, isoDate, keyOf, listOf, majorCode, money, MSG, oneOf, optionalText, phone, requiredText, typed, usccInput, wholeNumber,
} from '../contracts/list-fields'
import { field, group, nameField, rows, type FormDefinition } from './field'

/**
 * 附件2 企业需求清单统计表 (鲁教职函〔2025〕31号), defined once. Field keys are the Prisma columns
 * (DemandList, Organization, OrgLabel, Job, JobSkill, JobMajor, TrainingNeed, TechChallenge,
 * ResourceRequest). Labels are the form's own words where it has them.
 */

const FOOTNOTES = {
  10: '注明是否为链主企业/专精特新企业/瞪羚企业等',
  11: '急需的相关岗位及需求人数',
  12: '需列出岗位所需的具体技能点及等级要求',
  13: '需分条填写岗位所需学历及工作经验年限',
  14: '需院校/机构提供的培训方向',
  15: '需条填写培训对象及单次/年培训人数',
  16: '期望的培训周期、线上/线下偏好',
  17: '需校企联合攻关的技术难题，描述技术问题及预期目标',
  18: '需院校提供的支持，列出具体的资源类型及合作模式',
  19: '需说明倾向的协同创新形式，如共建实验室、联合申报项目、技术转让等',
} as const

const salary = (label: string, hint: string) => field('int', label, wholeNumber(1_000_000).describe('元/月'), { hint, min: 0 })

const jobRule = <T extends z.ZodType>(row: T) =>
  row.superRefine((raw, ctx) => {
    const j = raw as { salaryMin?: unknown; salaryMax?: unknown; skills?: { name?: string }[]; majorCodes?: string[] }
    if (isNum(j.salaryMin) && isNum(j.salaryMax) && j.salaryMin > j.salaryMax) {
      ctx.addIssue({ code: 'custom', path: ['salaryMin'], message: '最低薪资不能高于最高薪资' })
    }
    for (const i of duplicates(j.skills, (s) => keyOf(s.name))) ctx.addIssue({ code: 'custom', path: ['skills', i, 'name'], message: MSG.duplicate('技能点') })
    for (const i of duplicates(j.majorCodes, (m) => m)) ctx.addIssue({ code: 'custom', path: ['majorCodes', i], message: MSG.duplicate('专业') })
  }, always)

const trainingRule = <T extends z.ZodType>(row: T) =>
  row.superRefine((raw, ctx) => {
    const t = raw as { perSession?: unknown; perYear?: unknown }
    if (isNum(t.perSession) && isNum(t.perYear) && t.perSession > t.perYear) {
      ctx.addIssue({ code: 'custom', path: ['perSession'], message: '单次培训人数不能多于年培训人数' })
    }
  }, always)

const basic = {
  filledAt: field('date', '填报时间', isoDate().optional(), { hint: '如2026-03-01' }),
  filledBy: field('text', '填报人', requiredText(30)),
  filledByPhone: field('text', '联系电话', phone(), { hint: '手机号或座机号（如0531-51793802）' }),
  org: group('基本信息', {
    name: nameField('企业名称', requiredText(60), { hint: '与营业执照一致' }),
    uscc: field('uscc', '统一社会信用代码', usccInput({ enterprise: true }), { hint: '18位，以91开头', enterprise: true }),
    nature: field('enum', '企业性质', oneOf(EnterpriseNature), { options: EnterpriseNature, footnote: 10 }),
    contactName: field('text', '对接负责人姓名', requiredText(30)),
    contactPhone: field('text', '对接人电话', phone(), { hint: '手机号或座机号' }),
    contactTitle: field('text', '对接人职务', requiredText(30)),
    contactEmail: field('text', '对接人邮箱', email()),
  }),
  /** EnterpriseLabel ids (OrgLabel rows): 链主企业/专精特新企业/瞪羚企业 … */
  labelIds: field('labels', '企业称号', listOf(z.string(typed('文本')).min(1, { error: '必填' }), 20, '个企业称号'), {
    footnote: 10, hint: '多个用顿号「、」分隔，没有可不填',
  }),
}

const jobs = {
  jobs: rows('岗位类型及数量', '岗位', {
    title: nameField('岗位名称', requiredText(40), { footnote: 11, hint: '同一岗位只填一行' }),
    type: field('enum', '岗位类型', oneOf(JobType), { options: JobType, footnote: 11 }),
    headcount: field('int', '需求人数', count(100_000).min(1, { error: '需求人数至少为1' }), { footnote: 11, min: 1 }),
    education: field('enum', '学历要求', oneOf(Education), { options: Education, footnote: 13 }),
    minYearsExperience: field('int', '工作经验（年）', wholeNumber(50), { footnote: 13, hint: '不限填0', min: 0, max: 50 }),
    cityCode: field('city', '工作城市', z.string({ error: '必填' }).regex(/^\d{6}$/, { error: '请选择工作城市' })),
    salaryMin: salary('最低月薪（元）', '单位：元/月'),
    salaryMax: salary('最高月薪（元）', '单位：元/月，不低于最低月薪'),
    description: field('text', '岗位职责', requiredText(2000), { hint: '岗位的主要工作内容', long: true }),
    majorCodes: field('majors', '相关专业代码', listOf(majorCode(), 20, '个相关专业'), { hint: '6位专业代码，多个用顿号「、」分隔，可不填' }),
    skills: rows('技能要求', '技能点', {
      name: nameField('技能点', requiredText(30), { footnote: 12 }),
      level: field('enum', '等级要求', oneOf(SkillLevel), { options: SkillLevel, synonyms: SkillLevelSynonyms, footnote: 12 }),
    }, { footnote: 12, max: 30, what: '项技能要求' }),
  }, { footnote: 11, refine: jobRule }),
}

const training = {
  trainingNeeds: rows('培训需求', '培训需求', {
    content: field('text', '员工培训内容', requiredText(500), { footnote: 14, long: true }),
    audience: field('text', '培训对象', requiredText(100), { footnote: 15 }),
    perSession: field('int', '单次培训人数', count(), { footnote: 15, min: 0 }),
    perYear: field('int', '年培训人数', count(), { footnote: 15, min: 0 }),
    periodText: field('text', '培训周期', requiredText(60), { footnote: 16, hint: '如：每季度一期，每期3天' }),
    periodDays: field('int', '每期天数', wholeNumber(365, 1).optional(), { min: 1, max: 365 }),
    format: field('enum', '培训方式', oneOf(DeliveryMode), { options: DeliveryMode, footnote: 16 }),
  }, { footnote: 14, refine: trainingRule }),
}

const innovation = {
  challenges: rows('技术合作方向', '技术问题', {
    title: nameField('技术难题名称', requiredText(60), { footnote: 17 }),
    problem: field('text', '技术问题描述', requiredText(2000), { footnote: 17, long: true }),
    target: field('text', '预期目标', requiredText(1000), { footnote: 17, long: true }),
    deadline: field('date', '期望完成日期', isoDate().optional(), { hint: '如2026-12-31' }),
    budgetWan: field('decimal', '预算（万元）', money(1_000_000).optional(), { min: 0 }),
  }, { footnote: 17 }),
  resourceRequests: rows('院校资源需求', '资源需求', {
    kind: field('enum', '资源类型', oneOf(ResourceKind), { options: ResourceKind, footnote: 18 }),
    description: field('text', '具体需求', requiredText(500), { footnote: 18, long: true }),
    cooperationMode: field('enum', '合作模式', oneOf(CooperationMode).optional(), { options: CooperationMode, footnote: 18 }),
    cooperationNote: field('text', '合作说明', optionalText(200)),
  }, { footnote: 18 }),
  cooperationModes: field('enums', '合作模式期望', listOf(oneOf(CooperationMode), CooperationMode.schema.options.length, '种合作模式'), {
    options: CooperationMode, footnote: 19,
  }),
  cooperationNote: field('text', '合作模式补充说明', optionalText(500), { long: true }),
}

export const demandForm = {
  title: '企业需求清单统计表',
  remark: '本表需真实反映企业人才、培训及技术需求。',
  footnotes: FOOTNOTES,
  unitKey: 'org',
  indicators: [
    { category: '基本信息', label: '企业名称' },
    { category: '基本信息', label: '企业性质', footnote: 10 },
    { category: '基本信息', label: '对接负责人姓名' },
    { category: '基本信息', label: '对接人电话' },
    { category: '基本信息', label: '对接人职务' },
    { category: '基本信息', label: '对接人邮箱' },
    { category: '技能人才需求', label: '岗位类型及数量', footnote: 11 },
    { category: '技能人才需求', label: '技能要求', footnote: 12 },
    { category: '技能人才需求', label: '学历/经验要求', footnote: 13 },
    { category: '培训需求', label: '员工培训内容', footnote: 14 },
    { category: '培训需求', label: '培训对象及规模', footnote: 15 },
    { category: '培训需求', label: '培训时间与方式', footnote: 16 },
    { category: '产教协同创新需求', label: '技术合作方向', footnote: 17 },
    { category: '产教协同创新需求', label: '院校资源需求', footnote: 18 },
    { category: '产教协同创新需求', label: '合作模式期望', footnote: 19 },
  ],
  steps: {
    basic: { title: '基本信息', fields: basic },
    jobs: { title: '岗位需求', fields: jobs },
    training: { title: '培训需求', fields: training },
    innovation: { title: '技术攻关与合作', fields: innovation },
  },
} satisfies FormDefinition
