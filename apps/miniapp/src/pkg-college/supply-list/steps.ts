import { DeliveryMode, DestinationType, IpKind, ResearchLevel, SharingFee } from '@zhilian/shared'
import type { ChainOptions, FieldSpec, StepSpec } from '../../components/list-form/fields'

/** 附件1 院校供给清单 as the phone's four steps; section names are SupplyListSteps' keys. */
export function supplySteps(chains: ChainOptions): StepSpec[] {
  const served: FieldSpec = { kind: 'chains', key: 'chainIds', label: '服务产业链', chains }
  return [
    {
      section: 'basic',
      title: '基本信息',
      fields: [
        { kind: 'number', key: 'year', label: '填报年度' },
        { kind: 'text', key: 'filledBy', label: '填报人' },
        { kind: 'text', key: 'filledByPhone', label: '联系电话' },
        { kind: 'text', key: 'college.name', label: '院校名称' },
        { kind: 'uscc', key: 'college.uscc', label: '统一社会信用代码' },
        { kind: 'text', key: 'college.contactName', label: '对接负责人姓名' },
        { kind: 'text', key: 'college.contactPhone', label: '联系人电话' },
        { kind: 'text', key: 'college.contactTitle', label: '联系人职务/职称' },
        { kind: 'text', key: 'college.contactEmail', label: '联络邮箱' },
      ],
    },
    {
      section: 'talent',
      title: '专业与人才',
      fields: [
        { kind: 'rows', key: 'majors', label: '相关专业设置', item: '专业', fields: [{ kind: 'major', key: 'majorCode', label: '专业（按代码或名称搜索）' }, served] },
        {
          kind: 'rows', key: 'enrolments', label: '在校生规模（按专业、年级）', item: '在校生',
          fields: [
            { kind: 'major', key: 'majorCode', label: '专业' },
            { kind: 'number', key: 'grade', label: '年级（1–5）' },
            { kind: 'number', key: 'count', label: '人数' },
          ],
        },
        {
          kind: 'rows', key: 'cohorts', label: '近3年毕业生规模及去向', item: '毕业生',
          fields: [
            { kind: 'major', key: 'majorCode', label: '专业' },
            { kind: 'number', key: 'year', label: '毕业年份' },
            { kind: 'number', key: 'count', label: '毕业生人数' },
            { kind: 'number', key: 'employedCount', label: '就业人数（选填）' },
            {
              kind: 'rows', key: 'destinations', label: '就业去向', item: '去向',
              fields: [
                { kind: 'choice', key: 'type', label: '企业类型', vocab: DestinationType },
                { kind: 'number', key: 'count', label: '人数' },
                { kind: 'tags', key: 'mainPositions', label: '主要岗位' },
              ],
            },
          ],
        },
        {
          kind: 'rows', key: 'faculty', label: '师资队伍情况', item: '专业师资',
          fields: [
            { kind: 'major', key: 'majorCode', label: '专业' },
            { kind: 'number', key: 'fullTime', label: '专任教师数' },
            { kind: 'number', key: 'seniorTitleShare', label: '高级职称比例（0–1，如0.35）' },
            { kind: 'number', key: 'partTimeFromIndustry', label: '企业兼职教师数' },
            { kind: 'text', key: 'industryBackground', label: '行业背景' },
          ],
        },
      ],
    },
    {
      section: 'equipment',
      title: '设备与共享',
      fields: [
        {
          kind: 'rows', key: 'equipment', label: '主要实验/实训设备', item: '设备',
          fields: [
            { kind: 'text', key: 'name', label: '设备名称' },
            { kind: 'text', key: 'model', label: '型号（选填）' },
            { kind: 'number', key: 'quantity', label: '数量' },
            { kind: 'text', key: 'coreFunction', label: '核心功能', long: true },
            { kind: 'bool', key: 'open', label: '是否开放共享' },
            { kind: 'text', key: 'openHours', label: '开放时间' },
            { kind: 'choice', key: 'fee', label: '有偿/无偿', vocab: SharingFee },
            { kind: 'text', key: 'feeNote', label: '收费说明（选填）' },
            { kind: 'text', key: 'cooperationMode', label: '合作方式（选填）' },
            served,
          ],
        },
      ],
    },
    {
      section: 'research',
      title: '科研与服务',
      fields: [
        {
          kind: 'rows', key: 'researchProjects', label: '近3年科研项目', item: '项目',
          fields: [
            { kind: 'text', key: 'name', label: '项目名称' },
            { kind: 'choice', key: 'level', label: '级别', vocab: ResearchLevel },
            { kind: 'text', key: 'outcomeType', label: '成果类型' },
            { kind: 'text', key: 'commissioningUnit', label: '委托单位（选填）' },
            { kind: 'number', key: 'amountWan', label: '经费（万元）' },
            { kind: 'bool', key: 'finished', label: '是否结项' },
            { kind: 'number', key: 'year', label: '年份' },
            served,
          ],
        },
        {
          kind: 'rows', key: 'ip', label: '专利/软件著作权', item: '知识产权',
          fields: [
            { kind: 'choice', key: 'kind', label: '类型', vocab: IpKind },
            { kind: 'text', key: 'name', label: '名称' },
            { kind: 'text', key: 'number', label: '编号（选填）' },
            { kind: 'number', key: 'year', label: '年份' },
          ],
        },
        {
          kind: 'rows', key: 'trainingCourses', label: '企业培训课程及年培训容量', item: '课程',
          fields: [
            { kind: 'text', key: 'title', label: '课程名称' },
            { kind: 'text', key: 'content', label: '课程内容', long: true },
            { kind: 'choice', key: 'format', label: '方式', vocab: DeliveryMode },
            { kind: 'number', key: 'yearlyCapacity', label: '年培训容量（人）' },
            { kind: 'number', key: 'seatsPerSession', label: '每期人数（选填）' },
            { kind: 'number', key: 'hours', label: '学时（选填）' },
            served,
          ],
        },
        {
          kind: 'rows', key: 'cases', label: '产教融合典型案例', item: '案例',
          fields: [
            { kind: 'text', key: 'title', label: '案例名称' },
            { kind: 'text', key: 'partner', label: '合作企业' },
            { kind: 'text', key: 'content', label: '合作内容', long: true },
            { kind: 'text', key: 'outcome', label: '成效', long: true },
            { kind: 'number', key: 'year', label: '年份（选填）' },
          ],
        },
      ],
    },
  ]
}
