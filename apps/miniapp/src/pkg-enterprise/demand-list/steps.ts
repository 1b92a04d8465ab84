import { CooperationMode, DeliveryMode, Education, EnterpriseNature, JobType, ResourceKind, SkillLevel } from '@zhilian/shared'
import type { StepSpec, Vocab } from '../../components/list-form/fields'

/** 附件2 企业需求清单 as the phone's four steps; section names are DemandListSteps' keys. */
export function demandSteps(cities: Vocab, labels: Vocab): StepSpec[] {
  return [
    {
      section: 'basic',
      title: '基本信息',
      fields: [
        { kind: 'text', key: 'filledBy', label: '填报人' },
        { kind: 'text', key: 'filledByPhone', label: '联系电话' },
        { kind: 'text', key: 'org.name', label: '企业名称' },
        { kind: 'uscc', key: 'org.uscc', label: '统一社会信用代码', enterprise: true },
        { kind: 'choice', key: 'org.nature', label: '企业性质', vocab: EnterpriseNature },
        { kind: 'text', key: 'org.contactName', label: '对接负责人姓名' },
        { kind: 'text', key: 'org.contactPhone', label: '对接人电话' },
        { kind: 'text', key: 'org.contactTitle', label: '对接人职务' },
        { kind: 'text', key: 'org.contactEmail', label: '对接人邮箱' },
        { kind: 'multi', key: 'labelIds', label: '企业称号（可多选，没有可不选）', vocab: labels },
      ],
    },
    {
      section: 'jobs',
      title: '岗位需求',
      fields: [
        {
          kind: 'rows',
          key: 'jobs',
          label: '岗位类型及数量',
          item: '岗位',
          fields: [
            { kind: 'text', key: 'title', label: '岗位名称' },
            { kind: 'choice', key: 'type', label: '岗位类型', vocab: JobType },
            { kind: 'number', key: 'headcount', label: '需求人数' },
            { kind: 'choice', key: 'education', label: '学历要求', vocab: Education },
            { kind: 'number', key: 'minYearsExperience', label: '工作经验（年，不限填0）' },
            { kind: 'choice', key: 'cityCode', label: '工作城市', vocab: cities },
            { kind: 'number', key: 'salaryMin', label: '最低月薪（元）' },
            { kind: 'number', key: 'salaryMax', label: '最高月薪（元）' },
            { kind: 'text', key: 'description', label: '岗位职责', long: true },
            { kind: 'majors', key: 'majorCodes', label: '相关专业' },
            {
              kind: 'rows',
              key: 'skills',
              label: '具体技能点及等级要求',
              item: '技能点',
              fields: [
                { kind: 'text', key: 'name', label: '技能点' },
                { kind: 'choice', key: 'level', label: '等级', vocab: SkillLevel },
              ],
            },
          ],
        },
      ],
    },
    {
      section: 'training',
      title: '培训需求',
      fields: [
        {
          kind: 'rows',
          key: 'trainingNeeds',
          label: '员工培训需求',
          item: '培训需求',
          fields: [
            { kind: 'text', key: 'content', label: '培训内容', long: true },
            { kind: 'text', key: 'audience', label: '培训对象' },
            { kind: 'number', key: 'perSession', label: '单次培训人数' },
            { kind: 'number', key: 'perYear', label: '年培训人数' },
            { kind: 'text', key: 'periodText', label: '培训时间', placeholder: '如：每年7月，5天' },
            { kind: 'choice', key: 'format', label: '培训方式', vocab: DeliveryMode },
          ],
        },
      ],
    },
    {
      section: 'innovation',
      title: '技术攻关与合作',
      fields: [
        {
          kind: 'rows',
          key: 'challenges',
          label: '技术合作方向（技术问题及预期目标）',
          item: '技术问题',
          fields: [
            { kind: 'text', key: 'title', label: '名称' },
            { kind: 'text', key: 'problem', label: '技术问题', long: true },
            { kind: 'text', key: 'target', label: '预期目标', long: true },
            { kind: 'text', key: 'deadline', label: '期望完成日期', placeholder: '如：2027-06-30（选填）' },
            { kind: 'number', key: 'budgetWan', label: '预算（万元，选填）' },
          ],
        },
        {
          kind: 'rows',
          key: 'resourceRequests',
          label: '院校资源需求',
          item: '资源需求',
          fields: [
            { kind: 'choice', key: 'kind', label: '资源类型', vocab: ResourceKind },
            { kind: 'text', key: 'description', label: '需求说明', long: true },
            { kind: 'choice', key: 'cooperationMode', label: '合作模式（选填）', vocab: CooperationMode },
          ],
        },
        { kind: 'multi', key: 'cooperationModes', label: '合作模式期望（可多选）', vocab: CooperationMode },
        { kind: 'text', key: 'cooperationNote', label: '合作说明（选填）', long: true },
      ],
    },
  ]
}
