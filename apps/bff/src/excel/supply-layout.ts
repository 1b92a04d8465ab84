import { DeliveryMode, DestinationType, IpKind, ResearchLevel, SharingFee } from '@zhilian/shared'
import { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { attach, indexBy, omit, rowsOf } from './assemble'
import type { Column, ListLayout } from './layout'

/** 附件1 职业院校供给清单统计表: footnotes ¹–⁹ quoted from the form. */
const FN = {
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

const major = (note: string): Column => ({
  key: 'majorCode', header: '专业代码及名称', kind: 'major', required: true, width: 30,
  note: `${note}。从下拉列表选择，或直接填写6位专业代码`,
})
const people = (key: string, header: string, note: string, required = true): Column => ({
  key, header, note, kind: 'int', required, min: 0, width: 14,
})
const text = (key: string, header: string, note: string, width = 24, required = true): Column => ({ key, header, note, kind: 'text', required, width })
const yearCol = (key: string, header: string, note: string, required = true): Column => ({ key, header, note, kind: 'year', required, min: 2000, max: 2100, width: 12 })
/** 服务产业链: which chains the row serves; left blank, the chain–major map fills it in on submit. */
const chainsCol = (what: string): Column => ({
  key: 'chainIds', header: '服务产业链', kind: 'chains', width: 26,
  note: `${what}服务的产业链，可填多条，用顿号「、」分隔；不填则按专业与产业链的对应关系自动填写`,
})
const destinationKeys = ['majorCode', 'year'] as const
const equipmentKeys = ['name', 'model'] as const

export const S = {
  majors: '专业设置', enrolments: '在校生规模', cohorts: '毕业生规模', destinations: '毕业去向', faculty: '师资队伍',
  equipment: '实验实训设备', sharing: '设备开放共享', research: '科研项目', ip: '专利软著', training: '企业培训', cases: '典型案例',
} as const

export const supplyLayout: ListLayout<SupplyListInput> = {
  kind: 'supply-list',
  title: '职业院校供给清单统计表',
  remark: '本表需如实反映院校在产业链相关领域的人才、设备及技术供给能力。',
  otherTitle: '企业需求清单统计表',
  unitNamePath: 'college.name',
  header: [
    { key: 'year', header: '填报年度', note: '清单所属年度，如2026', kind: 'year', required: true, min: 2000, max: 2100 },
    { key: 'filledAt', header: '填报时间', note: '如2026-03-01', kind: 'date' },
    { key: 'filledBy', header: '填报人', note: '必填', kind: 'text', required: true },
    { key: 'filledByPhone', header: '联系电话', note: '手机号或座机号（如0531-51793802）', kind: 'text', required: true },
  ],
  items: [
    { category: '基本信息', label: '院校名称', field: { key: 'college.name', header: '院校名称', note: '与营业执照/法人证书一致', kind: 'text', required: true } },
    { category: '基本信息', label: '统一社会信用代码', field: { key: 'college.uscc', header: '统一社会信用代码', note: '18位，用于核对填报单位', kind: 'text', required: true } },
    { category: '基本信息', label: '对接负责人姓名', field: { key: 'college.contactName', header: '对接负责人姓名', note: '必填', kind: 'text', required: true } },
    { category: '基本信息', label: '联系人电话', field: { key: 'college.contactPhone', header: '联系人电话', note: '手机号或座机号', kind: 'text', required: true } },
    { category: '基本信息', label: '联系人职务/职称', field: { key: 'college.contactTitle', header: '联系人职务/职称', note: '必填', kind: 'text', required: true } },
    { category: '基本信息', label: '联络邮箱', field: { key: 'college.contactEmail', header: '联络邮箱', note: '必填', kind: 'text', required: true } },
    { category: '技能人才供给', label: '相关专业设置¹', sheets: [S.majors], note: FN[1] },
    { category: '技能人才供给', label: '在校生规模²', sheets: [S.enrolments], note: FN[2] },
    { category: '技能人才供给', label: '毕业生规模³', sheets: [S.cohorts, S.destinations], note: FN[3] },
    { category: '技能人才供给', label: '师资队伍情况⁴', sheets: [S.faculty], note: FN[4] },
    { category: '重大仪器设备', label: '主要实验/实训设备⁵', sheets: [S.equipment], note: FN[5] },
    { category: '重大仪器设备', label: '设备开放共享情况⁶', sheets: [S.sharing], note: FN[6] },
    { category: '科研及培训能力', label: '科研成果与技术服务能力⁷', sheets: [S.research, S.ip], note: FN[7] },
    { category: '科研及培训能力', label: '企业培训服务能力⁸', sheets: [S.training], note: FN[8] },
    { category: '科研及培训能力', label: '产教融合典型案例⁹', sheets: [S.cases], note: FN[9] },
  ],
  sheets: [
    { name: S.majors, columns: [major(FN[1]), chainsCol('该专业')] },
    {
      name: S.enrolments,
      columns: [
        major(FN[2]),
        { key: 'grade', header: '年级', note: '填1–5的整数（一年级填1）', kind: 'int', required: true, min: 1, max: 5, width: 10 },
        people('count', '在校生人数', FN[2]),
      ],
    },
    {
      name: S.cohorts,
      columns: [
        major(FN[3]),
        yearCol('year', '毕业年份', '近3年，如2025'),
        people('count', '毕业生人数', FN[3]),
        people('employedCount', '就业人数', '不多于毕业生人数，可不填', false),
      ],
    },
    {
      name: S.destinations,
      columns: [
        major('与「毕业生规模」表中的专业一致'),
        yearCol('year', '毕业年份', '与「毕业生规模」表中的年份一致'),
        { key: 'type', header: '就业去向类型', note: `${FN[3]}。从下拉列表选择`, kind: 'enum', labels: DestinationType.labels, required: true, width: 16 },
        people('count', '人数', '各去向人数合计不多于该专业该年份毕业生人数'),
        { key: 'mainPositions', header: '主要岗位', note: '多个岗位用顿号「、」分隔', kind: 'list', width: 30 },
      ],
    },
    {
      name: S.faculty,
      columns: [
        major(FN[4]),
        people('fullTime', '专职教师人数', FN[4]),
        { key: 'seniorTitleShare', header: '高级职称比例', note: '0–100%，如37.5%', kind: 'percent', required: true, min: 0, max: 1, width: 14 },
        people('partTimeFromIndustry', '企业兼职教师人数', FN[4]),
        text('industryBackground', '兼职教师行业背景', FN[4], 30),
      ],
    },
    {
      name: S.equipment,
      columns: [
        text('name', '设备名称', FN[5]),
        text('model', '型号规格', '可不填；同名设备用型号区分', 18, false),
        { key: 'quantity', header: '数量', note: '台/套', kind: 'int', required: true, min: 0, width: 10 },
        text('coreFunction', '核心功能', FN[5], 36),
        chainsCol('该设备'),
      ],
    },
    {
      name: S.sharing,
      columns: [
        text('name', '设备名称', `${FN[6]}。与「实验实训设备」表中的设备名称一致`),
        text('model', '型号规格', '与「实验实训设备」表中的型号一致', 18, false),
        text('openHours', '开放时间', '如：工作日 8:30-17:00', 22),
        { key: 'fee', header: '有偿/无偿', note: FN[6], kind: 'enum', labels: SharingFee.labels, required: true, width: 12 },
        text('feeNote', '收费说明', '有偿时填写收费标准', 22, false),
        text('cooperationMode', '合作模式', FN[6], 22, false),
      ],
    },
    {
      name: S.research,
      columns: [
        text('name', '项目名称', FN[7], 30),
        { key: 'level', header: '级别', note: '从下拉列表选择', kind: 'enum', labels: ResearchLevel.labels, required: true, width: 18 },
        text('outcomeType', '成果类型', '如：新工艺、样机、标准、论文', 14),
        text('commissioningUnit', '委托单位', '横向项目填写委托企业', 24, false),
        { key: 'amountWan', header: '获批金额（万元）', note: '单位：万元，最多两位小数', kind: 'decimal', required: true, min: 0, width: 16 },
        { key: 'finished', header: '是否结项', note: '填「是」或「否」', kind: 'bool', yesNo: ['是', '否'], required: true, width: 10 },
        yearCol('year', '立项年份', '近3年'),
        chainsCol('该项目'),
      ],
    },
    {
      name: S.ip,
      columns: [
        { key: 'kind', header: '类型', note: `${FN[7]}。从下拉列表选择`, kind: 'enum', labels: IpKind.labels, required: true, width: 16 },
        text('name', '名称', '专利或软件著作权名称', 36),
        text('number', '专利号/登记号', '可不填', 22, false),
        yearCol('year', '授权/登记年份', '如2024'),
      ],
    },
    {
      name: S.training,
      columns: [
        text('title', '培训课程名称', FN[8]),
        text('content', '培训内容', FN[8], 36),
        { key: 'format', header: '培训方式', note: '从下拉列表选择', kind: 'enum', labels: DeliveryMode.labels, required: true, width: 12 },
        { key: 'periodDays', header: '培训周期（天）', note: '可不填', kind: 'int', min: 1, max: 365, width: 14 },
        { key: 'hours', header: '学时', note: '可不填', kind: 'int', min: 1, width: 10 },
        people('yearlyCapacity', '年培训容量（人）', FN[8]),
        people('seatsPerSession', '每期人数', '可不填，不多于年培训容量', false),
        { key: 'startDate', header: '开班日期', note: '如2026-09-01，可不填', kind: 'date', width: 14 },
        { key: 'fee', header: '收费标准（元/人）', note: '免费请留空', kind: 'decimal', min: 0, width: 16 },
        chainsCol('该课程'),
      ],
    },
    {
      name: S.cases,
      columns: [
        text('title', '案例名称', FN[9]),
        text('partner', '合作企业', FN[9]),
        text('content', '案例内容', FN[9], 40),
        text('outcome', '取得成效', FN[9], 36),
        yearCol('year', '年份', '可不填', false),
      ],
    },
  ],
  schema: SupplyListInput,

  assemble(basic, s, out) {
    const cohorts = rowsOf(s[S.cohorts], 'cohorts', out).map((c) => ({ ...c, destinations: [] as Record<string, unknown>[] }))
    s[S.cohorts]?.forEach((r, i) => out.alias(`cohorts.${i}.destinations`, r, 'count'))
    const cohortIndex = indexBy(cohorts, destinationKeys)
    for (const r of s[S.destinations] ?? []) {
      const ci = attach(r, destinationKeys, out, cohortIndex, '「毕业生规模」表中没有该专业该年份的毕业生，请先填写')
      if (ci === undefined) continue
      const destinations = cohorts[ci]!.destinations
      destinations.push({ mainPositions: [], ...omit(r.values, destinationKeys) })
      out.place(`cohorts.${ci}.destinations.${destinations.length - 1}`, r)
    }

    const equipment = rowsOf(s[S.equipment], 'equipment', out).map((e) => ({ ...e, open: false }))
    const equipmentIndex = indexBy(equipment, equipmentKeys)
    const shared = new Set<number>()
    for (const r of s[S.sharing] ?? []) {
      const index = attach(r, equipmentKeys, out, equipmentIndex, '「实验实训设备」表中没有这台设备（名称和型号须一致）', ['name'])
      if (index === undefined) continue
      if (shared.has(index)) {
        out.issue(r, 'name', '该设备的开放共享情况重复填写')
        continue
      }
      shared.add(index)
      Object.assign(equipment[index]!, omit(r.values, equipmentKeys), { open: true })
      for (const key of ['openHours', 'fee', 'feeNote', 'cooperationMode']) out.alias(`equipment.${index}.${key}`, r, key)
    }

    return {
      ...basic,
      majors: rowsOf(s[S.majors], 'majors', out),
      enrolments: rowsOf(s[S.enrolments], 'enrolments', out),
      cohorts,
      faculty: rowsOf(s[S.faculty], 'faculty', out),
      equipment,
      researchProjects: rowsOf(s[S.research], 'researchProjects', out),
      ip: rowsOf(s[S.ip], 'ip', out),
      trainingCourses: rowsOf(s[S.training], 'trainingCourses', out),
      cases: rowsOf(s[S.cases], 'cases', out),
    }
  },

  disassemble(d) {
    return {
      [S.majors]: d.majors,
      [S.enrolments]: d.enrolments,
      [S.cohorts]: d.cohorts.map((c) => omit(c, ['destinations'])),
      [S.destinations]: d.cohorts.flatMap((c) => c.destinations.map((x) => ({ majorCode: c.majorCode, year: c.year, ...x }))),
      [S.faculty]: d.faculty,
      [S.equipment]: d.equipment,
      [S.sharing]: d.equipment.filter((e) => e.open),
      [S.research]: d.researchProjects,
      [S.ip]: d.ip,
      [S.training]: d.trainingCourses,
      [S.cases]: d.cases,
    }
  },
}
