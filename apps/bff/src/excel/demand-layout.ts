import { CooperationMode, DeliveryMode, Education, EnterpriseNature, JobType, ResourceKind, SkillLevel } from '@zhilian/shared'
import { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import { attach, indexBy, omit, rowsOf } from './assemble'
import type { Column, ListLayout } from './layout'

/** 附件2 企业需求清单统计表: footnotes ¹⁰–¹⁹ quoted from the form. */
const FN = {
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

const text = (key: string, header: string, note: string, width = 24, required = true): Column => ({ key, header, note, kind: 'text', required, width })
const whole = (key: string, header: string, note: string, required = true, min = 0): Column => ({ key, header, note, kind: 'int', required, min, width: 14 })
const choose = (key: string, header: string, note: string, labels: Readonly<Record<string, string>>, required = true): Column => ({
  key, header, note: `${note}。从下拉列表选择`, kind: 'enum', labels, required, width: 16,
})

export const D = {
  jobs: '岗位需求', skills: '技能要求', training: '培训需求', challenges: '技术攻关', resources: '院校资源需求', modes: '合作模式',
} as const

export const demandLayout: ListLayout<DemandListInput> = {
  kind: 'demand-list',
  title: '企业需求清单统计表',
  remark: '本表需真实反映企业人才、培训及技术需求。',
  otherTitle: '职业院校供给清单统计表',
  unitNamePath: 'org.name',
  header: [
    { key: 'filledAt', header: '填报时间', note: '如2026-03-01', kind: 'date' },
    { key: 'filledBy', header: '填报人', note: '必填', kind: 'text', required: true },
    { key: 'filledByPhone', header: '联系电话', note: '手机号或座机号（如0531-51793802）', kind: 'text', required: true },
  ],
  items: [
    { category: '基本信息', label: '企业名称', field: { key: 'org.name', header: '企业名称', note: '与营业执照一致', kind: 'text', required: true } },
    { category: '基本信息', label: '统一社会信用代码', field: { key: 'org.uscc', header: '统一社会信用代码', note: '18位，以91开头', kind: 'text', required: true } },
    { category: '基本信息', label: '企业性质¹⁰', field: { key: 'org.nature', header: '企业性质', note: '从下拉列表选择', kind: 'enum', labels: EnterpriseNature.labels, required: true } },
    { category: '基本信息', label: '企业称号¹⁰', field: { key: 'labelIds', header: '企业称号', note: `${FN[10]}；多个用顿号「、」分隔，没有可不填`, kind: 'labels' } },
    { category: '基本信息', label: '对接负责人姓名', field: { key: 'org.contactName', header: '对接负责人姓名', note: '必填', kind: 'text', required: true } },
    { category: '基本信息', label: '对接人电话', field: { key: 'org.contactPhone', header: '对接人电话', note: '手机号或座机号', kind: 'text', required: true } },
    { category: '基本信息', label: '对接人职务', field: { key: 'org.contactTitle', header: '对接人职务', note: '必填', kind: 'text', required: true } },
    { category: '基本信息', label: '对接人邮箱', field: { key: 'org.contactEmail', header: '对接人邮箱', note: '必填', kind: 'text', required: true } },
    { category: '技能人才需求', label: '岗位类型及数量¹¹', sheets: [D.jobs], note: FN[11] },
    { category: '技能人才需求', label: '技能要求¹²', sheets: [D.skills], note: FN[12] },
    { category: '技能人才需求', label: '学历/经验要求¹³', sheets: [D.jobs], note: FN[13] },
    { category: '培训需求', label: '员工培训内容¹⁴', sheets: [D.training], note: FN[14] },
    { category: '培训需求', label: '培训对象及规模¹⁵', sheets: [D.training], note: FN[15] },
    { category: '培训需求', label: '培训时间与方式¹⁶', sheets: [D.training], note: FN[16] },
    { category: '产教协同创新需求', label: '技术合作方向¹⁷', sheets: [D.challenges], note: FN[17] },
    { category: '产教协同创新需求', label: '院校资源需求¹⁸', sheets: [D.resources], note: FN[18] },
    { category: '产教协同创新需求', label: '合作模式期望¹⁹', sheets: [D.modes], note: FN[19] },
    { category: '产教协同创新需求', label: '合作模式补充说明', field: { key: 'cooperationNote', header: '合作模式补充说明', note: '可不填', kind: 'text' } },
  ],
  sheets: [
    {
      name: D.jobs,
      columns: [
        text('title', '岗位名称', `${FN[11]}；同一岗位只填一行`, 20),
        choose('type', '岗位类型', FN[11], JobType.labels),
        whole('headcount', '需求人数', FN[11], true, 1),
        choose('education', '学历要求', FN[13], Education.labels),
        { ...whole('minYearsExperience', '工作经验（年）', `${FN[13]}；不限填0`), max: 50 },
        { key: 'cityCode', header: '工作城市', note: '从下拉列表选择', kind: 'city', required: true, width: 12 },
        whole('salaryMin', '最低月薪（元）', '单位：元/月'),
        whole('salaryMax', '最高月薪（元）', '单位：元/月，不低于最低月薪'),
        { key: 'majorCodes', header: '相关专业代码', note: '6位专业代码，多个用顿号「、」分隔，可不填', kind: 'majors', width: 24 },
        text('description', '岗位职责', '岗位的主要工作内容', 40),
      ],
    },
    {
      name: D.skills,
      columns: [
        { ...text('jobTitle', '岗位名称', '与「岗位需求」表中的岗位名称一致', 20), listFrom: { sheet: D.jobs, column: 'A' } },
        text('name', '技能点', FN[12], 24),
        choose('level', '等级要求', FN[12], SkillLevel.labels),
      ],
    },
    {
      name: D.training,
      columns: [
        text('content', '员工培训内容', FN[14], 36),
        text('audience', '培训对象', FN[15], 20),
        whole('perSession', '单次培训人数', FN[15]),
        whole('perYear', '年培训人数', FN[15]),
        text('periodText', '培训周期', `${FN[16]}，如：每季度一期，每期3天`, 24),
        { ...whole('periodDays', '每期天数', '可不填', false, 1), max: 365 },
        choose('format', '培训方式', FN[16], DeliveryMode.labels),
      ],
    },
    {
      name: D.challenges,
      columns: [
        text('title', '技术难题名称', FN[17], 24),
        text('problem', '技术问题描述', FN[17], 40),
        text('target', '预期目标', FN[17], 30),
        { key: 'deadline', header: '期望完成日期', note: '如2026-12-31，可不填', kind: 'date', width: 14 },
        { key: 'budgetWan', header: '预算（万元）', note: '可不填', kind: 'decimal', min: 0, width: 12 },
      ],
    },
    {
      name: D.resources,
      columns: [
        choose('kind', '资源类型', FN[18], ResourceKind.labels),
        text('description', '具体需求', FN[18], 40),
        choose('cooperationMode', '合作模式', FN[18], CooperationMode.labels, false),
        text('cooperationNote', '合作说明', '可不填', 30, false),
      ],
    },
    { name: D.modes, columns: [choose('mode', '合作模式期望', FN[19], CooperationMode.labels)] },
  ],
  schema: DemandListInput,

  assemble(basic, s, out) {
    const jobs = rowsOf(s[D.jobs], 'jobs', out).map((j) => ({ majorCodes: [], ...j, skills: [] as Record<string, unknown>[] }))
    const jobIndex = indexBy(jobs, ['title'])
    for (const r of s[D.skills] ?? []) {
      const ji = attach(r, ['jobTitle'], out, jobIndex, '「岗位需求」表中没有这个岗位名称')
      if (ji === undefined) continue
      const skills = jobs[ji]!.skills
      skills.push(omit(r.values, ['jobTitle']))
      out.place(`jobs.${ji}.skills.${skills.length - 1}`, r)
    }
    const modes = s[D.modes] ?? []
    modes.forEach((r, i) => out.alias(`cooperationModes.${i}`, r, 'mode'))
    return {
      ...basic,
      labelIds: basic.labelIds ?? [],
      jobs,
      trainingNeeds: rowsOf(s[D.training], 'trainingNeeds', out),
      challenges: rowsOf(s[D.challenges], 'challenges', out),
      resourceRequests: rowsOf(s[D.resources], 'resourceRequests', out),
      cooperationModes: modes.map((r) => r.values.mode),
    }
  },

  disassemble(d) {
    return {
      [D.jobs]: d.jobs,
      [D.skills]: d.jobs.flatMap((j) => j.skills.map((sk) => ({ jobTitle: j.title, ...sk }))),
      [D.training]: d.trainingNeeds,
      [D.challenges]: d.challenges,
      [D.resources]: d.resourceRequests,
      [D.modes]: d.cooperationModes.map((mode) => ({ mode })),
    }
  },
}
