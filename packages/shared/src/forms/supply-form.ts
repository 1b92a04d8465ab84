import { z } from 'zod'
import { DeliveryMode, DestinationType, IpKind, ResearchLevel, SharingFee } from '../contracts/enums'
import {
  always, arr, chainIds, count, duplicates, email, isNum, isoDate, keyOf, listOf, majorCode, money, MSG, oneOf, optionalText, phone, requiredText, typed, usccInput, wholeNumber, year,
} from '../contracts/list-fields'
import { field, group, nameField, rows, type FormDefinition } from './field'

/**
 * 附件1 职业院校供给清单统计表 (鲁教职函〔2025〕31号), defined once. Field keys are the Prisma
 * columns (SupplyList, Organization, MajorOffering, Enrolment, GraduateCohort, GraduateDestination,
 * Faculty, Equipment, ResearchProject, IntellectualProperty, TrainingCourse, CaseStudy), so a handler
 * writes them as is. Labels are the form's own words where it has them.
 */

const FOOTNOTES = {
  1: '列出所开设与产业链领域相关的专业名称及专业代码',
  2: '各相关专业在校学生总数，请分年级、分专业填写人数',
  3: '近3年相关专业毕业生总数及就业去向的企业类型和主要岗位',
  4: '分专业列出相关专业专职教师人数、高级职称比例、企业兼职教师人数及行业背景',
  5: '列出设备名称、数量及核心功能',
  6: '面向企业/社会开放的设备清单、开放时间与合作模式，请标注有偿/无偿',
  7: '近3年承担的相关科研项目，请列出项目名称、级别、成果类型、委托单位、获批金额、是否结项等信息；请列出专利/软件著作权数量及名称',
  8: '可提供的企业员工培训课程、年培训容量',
  9: '简要描述与企业合作的成功案例内容及成效',
} as const

/** 服务产业链 (footnote ¹ 与产业链领域相关): left out, the chain–major map fills it in when the list is stored. */
const served = (what: string) => field('chains', '服务产业链', chainIds(), {
  hint: `${what}服务的产业链，可填多条，用顿号「、」分隔；不填则按专业与产业链的对应关系自动填写`,
})
const major = (hint = '从下拉列表选择，或直接填写6位专业代码') => field('major', '专业代码及名称', majorCode(), { hint })
const people = (label: string, extra: { hint?: string; footnote?: number } = {}) => field('int', label, count(), { min: 0, ...extra })
const whenYear = (label: string, hint: string) => field('year', label, year(), { hint, min: 2000, max: 2100 })

const destinations = rows('就业去向', '去向', {
  type: field('enum', '就业去向类型', oneOf(DestinationType), { options: DestinationType, footnote: 3 }),
  count: people('人数', { hint: '各去向人数合计不多于该专业该年份毕业生人数' }),
  mainPositions: field('list', '主要岗位', listOf(requiredText(30), 10, '个主要岗位'), { hint: '多个岗位用顿号「、」分隔' }),
}, { max: DestinationType.schema.options.length, what: '种去向' })

const cohortRule = <T extends z.ZodType>(row: T) =>
  row.superRefine((raw, ctx) => {
    const c = raw as { count?: unknown; employedCount?: unknown; destinations?: { type?: string; count?: unknown }[] }
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

/** What equipmentRule asks of open equipment, said where the two fields are. */
const OPEN_REQUIRES = '开放共享时必填'

const equipmentRule = <T extends z.ZodType>(row: T) =>
  row.superRefine((raw, ctx) => {
    const e = raw as { open?: unknown; openHours?: unknown; fee?: unknown }
    if (e.open !== true) return
    if (!e.openHours) ctx.addIssue({ code: 'custom', path: ['openHours'], message: '开放共享的设备须填写开放时间' })
    if (!e.fee) ctx.addIssue({ code: 'custom', path: ['fee'], message: '开放共享的设备须标注有偿或无偿' })
  }, always)

const courseRule = <T extends z.ZodType>(row: T) =>
  row.superRefine((raw, ctx) => {
    const t = raw as { seatsPerSession?: unknown; yearlyCapacity?: unknown }
    if (isNum(t.seatsPerSession) && isNum(t.yearlyCapacity) && t.seatsPerSession > t.yearlyCapacity) {
      ctx.addIssue({ code: 'custom', path: ['seatsPerSession'], message: '每期人数不能多于年培训容量' })
    }
  }, always)

const basic = {
  year: field('year', '填报年度', year(), { hint: '清单所属年度，如2026', min: 2000, max: 2100 }),
  filledAt: field('date', '填报时间', isoDate().optional(), { hint: '如2026-03-01' }),
  filledBy: field('text', '填报人', requiredText(30)),
  filledByPhone: field('text', '联系电话', phone(), { hint: '手机号或座机号（如0531-51793802）' }),
  college: group('基本信息', {
    name: nameField('院校名称', requiredText(60), { hint: '与营业执照/法人证书一致' }),
    uscc: field('uscc', '统一社会信用代码', usccInput(), { hint: '18位，用于核对填报单位' }),
    contactName: field('text', '对接负责人姓名', requiredText(30)),
    contactPhone: field('text', '联系人电话', phone(), { hint: '手机号或座机号' }),
    contactTitle: field('text', '联系人职务/职称', requiredText(30)),
    contactEmail: field('text', '联络邮箱', email()),
  }),
}

const talent = {
  majors: rows('相关专业设置', '专业', { majorCode: major(), chainIds: served('该专业') }, { footnote: 1 }),
  enrolments: rows('在校生规模', '在校生', {
    majorCode: major(),
    grade: field('int', '年级', z.number(typed('数字')).int({ error: '年级应为1–5' }).min(1, { error: '年级应为1–5' }).max(5, { error: '年级应为1–5' }), {
      hint: '填1–5的整数（一年级填1）', min: 1, max: 5,
    }),
    count: people('在校生人数', { footnote: 2 }),
  }, { footnote: 2 }),
  cohorts: rows('毕业生规模', '毕业生', {
    majorCode: major(),
    year: whenYear('毕业年份', '近3年，如2025'),
    count: people('毕业生人数', { footnote: 3 }),
    employedCount: field('int', '就业人数', count().optional(), { hint: '不多于毕业生人数', min: 0 }),
    destinations,
  }, { footnote: 3, refine: cohortRule }),
  faculty: rows('师资队伍情况', '专业师资', {
    majorCode: major(),
    fullTime: people('专职教师人数', { footnote: 4 }),
    seniorTitleShare: field('percent', '高级职称比例', z
      .number(typed('数字'))
      .min(0, { error: '高级职称比例应在0–100%之间' })
      .max(1, { error: '高级职称比例应在0–100%之间' }), { hint: '0–100%，如37.5%', min: 0, max: 1 }),
    partTimeFromIndustry: people('企业兼职教师人数', { footnote: 4 }),
    industryBackground: field('text', '兼职教师行业背景', requiredText(200), { footnote: 4 }),
  }, { footnote: 4 }),
}

const equipment = {
  equipment: rows('主要实验/实训设备', '设备', {
    name: nameField('设备名称', requiredText(60), { footnote: 5 }),
    model: field('text', '型号规格', optionalText(60), { hint: '同名设备用型号区分' }),
    quantity: field('int', '数量', wholeNumber(100_000), { hint: '台/套', min: 0 }),
    coreFunction: field('text', '核心功能', requiredText(300), { footnote: 5, long: true }),
    open: field('bool', '是否开放共享', z.boolean({ error: '请填写是否开放共享' }), { footnote: 6 }),
    openHours: field('text', '开放时间', optionalText(60), { hint: '如：工作日 8:30-17:00', requiredWhen: OPEN_REQUIRES }),
    fee: field('enum', '有偿/无偿', oneOf(SharingFee).optional(), { options: SharingFee, footnote: 6, requiredWhen: OPEN_REQUIRES }),
    feeNote: field('text', '收费说明', optionalText(200), { hint: '有偿时填写收费标准' }),
    cooperationMode: field('text', '合作模式', optionalText(100), { footnote: 6 }),
    chainIds: served('该设备'),
  }, { footnote: 5, refine: equipmentRule }),
}

const research = {
  researchProjects: rows('科研项目', '项目', {
    name: nameField('项目名称', requiredText(100), { footnote: 7 }),
    level: field('enum', '级别', oneOf(ResearchLevel), { options: ResearchLevel }),
    outcomeType: field('text', '成果类型', requiredText(30), { hint: '如：新工艺、样机、标准、论文' }),
    commissioningUnit: field('text', '委托单位', optionalText(100), { hint: '横向项目填写委托企业' }),
    amountWan: field('decimal', '获批金额（万元）', money(1_000_000), { hint: '单位：万元，最多两位小数', min: 0 }),
    finished: field('bool', '是否结项', z.boolean({ error: '请填写是否结项' }), { yesNo: ['是', '否'] }),
    year: whenYear('立项年份', '近3年'),
    chainIds: served('该项目'),
  }, { footnote: 7 }),
  ip: rows('专利/软件著作权', '知识产权', {
    kind: field('enum', '类型', oneOf(IpKind), { options: IpKind, footnote: 7 }),
    name: nameField('名称', requiredText(100), { hint: '专利或软件著作权名称' }),
    number: field('text', '专利号/登记号', optionalText(40)),
    year: whenYear('授权/登记年份', '如2024'),
  }, { footnote: 7 }),
  trainingCourses: rows('企业培训服务能力', '课程', {
    title: nameField('培训课程名称', requiredText(60), { footnote: 8 }),
    content: field('text', '培训内容', requiredText(500), { footnote: 8, long: true }),
    format: field('enum', '培训方式', oneOf(DeliveryMode), { options: DeliveryMode }),
    periodDays: field('int', '培训周期（天）', wholeNumber(365, 1).optional(), { min: 1, max: 365 }),
    hours: field('int', '学时', wholeNumber(10_000, 1).optional(), { min: 1 }),
    yearlyCapacity: people('年培训容量（人）', { footnote: 8 }),
    seatsPerSession: field('int', '每期人数', count().optional(), { hint: '不多于年培训容量', min: 0 }),
    startDate: field('date', '开班日期', isoDate().optional(), { hint: '如2026-09-01' }),
    fee: field('decimal', '收费标准（元/人）', money(1_000_000).optional(), { hint: '免费请留空', min: 0 }),
    chainIds: served('该课程'),
  }, { footnote: 8, refine: courseRule }),
  cases: rows('产教融合典型案例', '案例', {
    title: nameField('案例名称', requiredText(60), { footnote: 9 }),
    partner: field('text', '合作企业', requiredText(60), { footnote: 9 }),
    content: field('text', '案例内容', requiredText(1000), { footnote: 9, long: true }),
    outcome: field('text', '取得成效', requiredText(500), { footnote: 9, long: true }),
    year: field('year', '年份', year().optional(), { min: 2000, max: 2100 }),
  }, { footnote: 9 }),
}

export const supplyForm = {
  title: '职业院校供给清单统计表',
  remark: '本表需如实反映院校在产业链相关领域的人才、设备及技术供给能力。',
  footnotes: FOOTNOTES,
  unitKey: 'college',
  indicators: [
    { category: '基本信息', label: '院校名称' },
    { category: '基本信息', label: '对接负责人姓名' },
    { category: '基本信息', label: '联系人电话' },
    { category: '基本信息', label: '联系人职务/职称' },
    { category: '基本信息', label: '联络邮箱' },
    { category: '技能人才供给', label: '相关专业设置', footnote: 1 },
    { category: '技能人才供给', label: '在校生规模', footnote: 2 },
    { category: '技能人才供给', label: '毕业生规模', footnote: 3 },
    { category: '技能人才供给', label: '师资队伍情况', footnote: 4 },
    { category: '重大仪器设备', label: '主要实验/实训设备', footnote: 5 },
    { category: '重大仪器设备', label: '设备开放共享情况', footnote: 6 },
    { category: '科研及培训能力', label: '科研成果与技术服务能力', footnote: 7 },
    { category: '科研及培训能力', label: '企业培训服务能力', footnote: 8 },
    { category: '科研及培训能力', label: '产教融合典型案例', footnote: 9 },
  ],
  steps: {
    basic: { title: '基本信息', fields: basic },
    talent: { title: '专业与人才', fields: talent },
    equipment: { title: '设备与共享', fields: equipment },
    research: { title: '科研与服务', fields: research },
  },
} satisfies FormDefinition
