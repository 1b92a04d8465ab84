import { z } from 'zod'
import { EDUCATION_LABELS, EVENT_FORMAT_LABELS, EVENT_KIND_LABELS, JOB_TYPE_LABELS } from './enum-labels'
import { PROJECT_SOURCE_LABELS, PROJECT_STATUS_LABELS } from '../rules/projects'

/**
 * The domain's closed vocabularies. Each is a zod enum (the wire and the database store the
 * English key) plus a Chinese label map for the UI. Prisma's schema mirrors these enums; a test in
 * @zhilian/db checks the two stay equal.
 */
function vocabulary<const K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as [K, ...K[]]
  return { schema: z.enum(keys), labels }
}

export const Role = vocabulary({ student: '学生', enterprise: '企业', college: '院校', admin: '管理员' })
export const OrgKind = vocabulary({
  college: '院校', enterprise: '企业', research_institute: '科研院所', industry_org: '行业组织', service_provider: '服务机构',
})
export const AdminDepartment = vocabulary({ all: '全省', edu: '教育', industry: '工业和信息化', grouping: '联合体/园区' })
export const GroupingKind = vocabulary({ city_consortium: '市域产教联合体', industry_community: '行业产教融合共同体', park: '园区' })
/** A non-owner member's role in its organisation (decision 028); the owner is a flag, shown as 负责人. */
export const OrgRole = vocabulary({ manager: '业务管理员', hr: '招聘专员', list_filler: '清单填报员', viewer: '只读成员' })
export const VerificationStatus = vocabulary({ pending: '待审核', verified: '已认证', rejected: '未通过', changes_requested: '需修改', suspended: '已暂停' })
export const JobType = vocabulary(JOB_TYPE_LABELS)
export const JobStatus = vocabulary({ draft: '草稿', pending_review: '待审核', open: '招聘中', paused: '已暂停', closed: '已关闭', filled: '已招满' })
export const Education = vocabulary(EDUCATION_LABELS)
export const SkillLevel = vocabulary({ basic: '初级', intermediate: '中级', advanced: '高级', technician: '技师', senior_technician: '高级技师' })
/**
 * The national vocational skill levels' own names (五级/初级工 … 一级/高级技师, 国家职业技能标准),
 * which enterprises write as often as the short labels; an import reads them as the same levels.
 */
export const SkillLevelSynonyms: Readonly<Record<string, keyof typeof SkillLevel.labels>> = {
  五级: 'basic', 初级工: 'basic', '五级/初级工': 'basic',
  四级: 'intermediate', 中级工: 'intermediate', '四级/中级工': 'intermediate',
  三级: 'advanced', 高级工: 'advanced', '三级/高级工': 'advanced',
  二级: 'technician', '二级/技师': 'technician',
  一级: 'senior_technician', '一级/高级技师': 'senior_technician',
}
export const ApplicationStatus = vocabulary({
  submitted: '已投递', viewed: '已查看', interview: '面试', offer: '录用意向', hired: '已入职', rejected: '不合适', withdrawn: '已撤回',
})
export const DeliveryMode = vocabulary({ online: '线上', offline: '线下', hybrid: '线上+线下' })
export const ResearchLevel = vocabulary({ national: '国家级', provincial: '省级', municipal: '市级', enterprise: '横向（企业委托）', school: '校级' })
export const IpKind = vocabulary({ invention_patent: '发明专利', utility_patent: '实用新型专利', design_patent: '外观设计专利', software_copyright: '软件著作权' })
export const SharingFee = vocabulary({ free: '无偿', paid: '有偿' })
export const CooperationMode = vocabulary({
  joint_lab: '共建实验室', joint_project: '联合申报项目', tech_transfer: '技术转让', commissioned_rd: '委托研发',
  order_class: '订单班', modern_apprenticeship: '现代学徒制', internship_base: '实习实训基地', industry_college: '产业学院',
  staff_training: '员工培训', equipment_sharing: '设备共享', other: '其他',
})
export const ResourceKind = vocabulary({
  equipment: '仪器设备', lab: '实验/实训场地', faculty: '师资', research: '科研能力', students: '实习学生', training: '培训服务', other: '其他',
})
export const EnterpriseNature = vocabulary({
  state_owned: '国有企业', private: '民营企业', foreign: '外资企业', joint_venture: '合资企业', collective: '集体企业', other: '其他',
})
export const DestinationType = vocabulary({
  state_owned: '国有企业', private: '民营企业', foreign: '外资企业', public_institution: '机关事业单位',
  further_study: '升学', self_employed: '自主创业', other: '其他',
})
export const EventKind = vocabulary(EVENT_KIND_LABELS)
export const EventFormat = vocabulary(EVENT_FORMAT_LABELS)
/** A catalogue major's state: `retired` is set by the reference sync when the major left the catalogue file. */
export const MajorStatus = vocabulary({ active: '现行', renamed: '已更名', withdrawn: '已撤销', retired: '已停用' })
export const ListStatus = vocabulary({ draft: '草稿', submitted: '待审核', approved: '已通过', rejected: '已退回', changes_requested: '需修改' })

/** The project ledger's vocabularies (decision 034); how a status may move is in rules/projects.ts. */
export const ProjectStatus = vocabulary(PROJECT_STATUS_LABELS)
export const ProjectSource = vocabulary(PROJECT_SOURCE_LABELS)
