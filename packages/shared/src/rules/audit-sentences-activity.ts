import { BOOKING_STATUS_LABELS } from '../contracts/equipment'
import { MEMBER_ROLE_LABELS, type MemberRole } from './org-roles'
import { ApplicationStatus, EnterpriseNature, JobStatus, ListStatus, OrgKind, VerificationStatus } from '../contracts/enums'
import { PROJECT_STATUS_LABELS, type ProjectStatus } from './projects'

/**
 * Sentences for the audited actions outside chain administration: reviews, lists, jobs, applications,
 * organisations, memberships, events, bookings, challenges, accounts and the major catalogue.
 * The BFF resolves `entityName` (the job's title, the organisation's name…) and `orgName`; ids never show.
 */
export interface AuditFacts {
  action: string
  entity?: string
  entityId: string
  entityName?: string | null
  orgName?: string | null
  diff: unknown
}

type Labels = Record<string, string>
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const text = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : typeof v === 'boolean' ? (v ? '是' : '否') : String(v).slice(0, 60))
const named = (name: string | null | undefined, what: string) => (name ? `${what}“${name}”` : what)

/** What a review decision moved, by the queue it came from. */
const REVIEW_KINDS: Record<string, { what: string; labels: Labels }> = {
  organization: { what: '单位认证', labels: VerificationStatus.labels },
  job: { what: '岗位', labels: JobStatus.labels },
  demand_list: { what: '需求清单', labels: ListStatus.labels },
  supply_list: { what: '供给清单', labels: ListStatus.labels },
  report: { what: '举报', labels: { open: '待处理', upheld: '已核实', dismissed: '未发现问题' } },
}
const DECISIONS: Labels = { approve: '通过', reject: '驳回', request_changes: '要求修改' }
const JOB_MOVES: Labels = { pause: '暂停', resume: '发布', close: '关闭' }
const LIST_KINDS: Labels = { supply: '供给清单', demand: '需求清单' }

/** Organisation fields as the registration form names them. */
const ORG_FIELD_LABELS: Labels = {
  kind: '类型', name: '名称', uscc: '统一社会信用代码', cityCode: '城市', address: '地址', nature: '企业性质', industryCode: '行业代码',
  intro: '简介', contactName: '联系人', contactPhone: '联系电话', contactTitle: '联系人职务', chains: '产业链', labels: '企业称号',
  website: '网站', scale: '规模',
}
const JOB_FIELD_LABELS: Labels = {
  title: '岗位名称', description: '岗位描述', salaryMin: '最低月薪', salaryMax: '最高月薪', headcount: '招聘人数', cityCode: '工作城市',
  education: '学历要求', skills: '技能要求', chainId: '产业链', type: '岗位类型', deadline: '截止日期', majors: '专业要求',
}
const MAJOR_FIELD_LABELS: Labels = { name: '名称', level: '层次', category: '大类', subcategory: '专业类', status: '状态', yearAdded: '增补年份' }

const move = (d: Record<string, unknown>, labels: Labels) => {
  const s = isRecord(d.status) ? d.status : {}
  return { from: labels[String(s.from)] ?? text(s.from), to: labels[String(s.to)] ?? text(s.to) }
}
const count = (v: unknown) => (typeof v === 'number' ? v : 0)
const because = (d: Record<string, unknown>, key = 'reason') => (typeof d[key] === 'string' && d[key] ? `，原因：${text(d[key])}` : '')
const listOf = (fields: unknown, labels: Labels) => (Array.isArray(fields) ? fields.map((f) => labels[String(f)] ?? String(f)).join('、') : '')

/** Field changes `{ field: { from, to } }` as 字段：原值 → 新值, skipping fields that did not change. */
function fieldChanges(d: Record<string, unknown>, labels: Labels, value: (field: string, v: unknown) => string = (_f, v) => text(v)) {
  return Object.entries(d)
    .filter(([, c]) => isRecord(c) && 'to' in c && JSON.stringify(c.from ?? null) !== JSON.stringify(c.to ?? null))
    .map(([f, c]) => `${labels[f] ?? f}：${value(f, (c as Record<string, unknown>).from)} → ${value(f, (c as Record<string, unknown>).to)}`)
    .join('；')
}
const orgValue = (field: string, v: unknown) =>
  field === 'kind' ? (OrgKind.labels as Labels)[String(v)] ?? text(v) : field === 'nature' ? (EnterpriseNature.labels as Labels)[String(v)] ?? text(v) : Array.isArray(v) ? `${v.length}项` : text(v)

export function activitySentence(e: AuditFacts): string | null {
  const d = isRecord(e.diff) ? e.diff : {}
  const [head, tail] = [e.action.slice(0, e.action.indexOf('.')), e.action.slice(e.action.indexOf('.') + 1)]
  const org = e.orgName ?? null
  switch (head) {
    case 'review': {
      const kind = REVIEW_KINDS[e.entity ?? ''] ?? { what: '内容', labels: {} }
      const subject = kind.what === '单位认证' || kind.what.endsWith('清单') ? named(e.entityName ?? org, '') + kind.what : named(e.entityName, kind.what)
      const m = move(d, kind.labels)
      return `${DECISIONS[tail] ?? tail}${subject}（${m.from} → ${m.to}）${because(d)}`
    }
    case 'supply_list':
    case 'demand_list': {
      const version = typeof d.version === 'number' ? `第${d.version}版` : '新版本'
      const how = tail === 'import' ? '通过Excel导入' : '在线提交'
      return `${named(org, '单位')}${how}${LIST_KINDS[head.replace('_list', '')]}${version}`
    }
    case 'job':
      if (tail === 'created') return `${d.publish ? '发布' : '保存草稿'}岗位“${text(d.title)}”`
      if (tail === 'updated') return `修改${named(e.entityName, '岗位')}：${listOf(d.changed, JOB_FIELD_LABELS) || '无变化'}`
      if (tail === 'duplicated') return `复制岗位生成${named(e.entityName, '新岗位')}`
      return `${JOB_MOVES[tail] ?? tail}${named(e.entityName, '岗位')}（${move(d, JobStatus.labels).from} → ${move(d, JobStatus.labels).to}）`
    case 'application': {
      if (tail === 'submitted') return `投递${named(e.entityName, '岗位')}，同意向企业提供：${listOf(d.consentFields, {}) || '（未列出）'}`
      // Decision 112: one interview moved or called off; a cancellation that left no round sends the application back.
      if (tail === 'interview_rescheduled') return `改期${named(e.entityName, '岗位')}投递的面试`
      if (tail === 'interview_cancelled') {
        const back = isRecord(d.status) ? `，投递由“${move(d, ApplicationStatus.labels).from}”回到“${move(d, ApplicationStatus.labels).to}”` : ''
        return `取消${named(e.entityName, '岗位')}投递的面试${back}${because(d)}`
      }
      const m = move(d, ApplicationStatus.labels)
      return `将${named(e.entityName, '岗位')}的投递由“${m.from}”改为“${m.to}”${because(d)}`
    }
    case 'organization':
      if (tail === 'register') {
        const kind = (OrgKind.labels as Labels)[String(d.kind)] ?? '单位'
        return `注册${kind}“${text(d.name ?? e.entityName)}”，统一社会信用代码 ${text(d.uscc)}`
      }
      // The 免审发布 switch (decision 014): an official reads what was turned on or off and why, not a field name.
      if (tail === 'trust') return `将${named(e.entityName ?? org, '单位')}设为免审发布岗位${because(d)}`
      if (tail === 'distrust') return `取消${named(e.entityName ?? org, '单位')}的免审发布${because(d)}`
      // 企业称号 (decision 096): which title's proof an administrator checked, or took the mark back from.
      if (tail === 'label_verify') return `核验${named(e.entityName ?? org, '单位')}的企业称号“${text(d.label)}”`
      if (tail === 'label_unverify') return `撤销${named(e.entityName ?? org, '单位')}的企业称号“${text(d.label)}”的核验，改为自行填报`
      // 暂停/恢复 (decision 083): what went offline or came back, and why.
      if (tail === 'suspend') return `暂停${named(e.entityName ?? org, '单位')}，下线其在招岗位${count(d.jobsTakenOffline)}个${because(d)}`
      // A held change of name, code or city (decisions 091, 101): which fields were asked for, or taken back.
      if (tail === 'change_requested') return `申请变更${named(e.entityName ?? org, '单位')}的${listOf(Object.keys(isRecord(d.requested) ? d.requested : {}), ORG_FIELD_LABELS)}，待审核`
      if (tail === 'change_withdrawn') return `撤回${named(e.entityName ?? org, '单位')}待审核的${listOf(Object.keys(isRecord(d.withdrawn) ? d.withdrawn : {}), ORG_FIELD_LABELS)}变更`
      if (tail === 'restore') return `恢复${named(e.entityName ?? org, '单位')}，重新上线岗位${count(d.jobsReopened)}个${count(d.jobsClosed) > 0 ? `、因已过截止日期关闭${count(d.jobsClosed)}个` : ''}${because(d)}`
      return `修改${named(e.entityName ?? org, '单位')}的资料：${fieldChanges(d, ORG_FIELD_LABELS, orgValue) || '无变化'}`
    case 'membership': {
      const m = move(d, { ...VerificationStatus.labels, approve: '已认证', reject: '未通过', request_changes: '需修改' })
      const orgDecided = isRecord(d.orgVerification) ? '，并同时认证该单位' : ''
      return `${DECISIONS[tail] ?? tail}${named(e.entityName, '成员')}加入${named(org, '单位')}的申请（${m.from} → ${m.to}）${orgDecided}${because(d, 'note')}`
    }
    case 'member': {
      // The member's name travels in the diff: a removed member's membership row is gone.
      const who = typeof d.member === 'string' && d.member ? `“${d.member}”` : '成员'
      const role = (v: unknown) => `“${MEMBER_ROLE_LABELS[String(v) as MemberRole] ?? text(v)}”`
      const where = org ? `“${org}”` : '本单位'
      const hint = `尾号 ${text(d.codeHint)} 的邀请码`
      if (tail === 'invite') return `为${where}生成${hint}，受邀者将以${role(d.role)}身份加入，${text(d.hours)}小时内有效`
      if (tail === 'invite_revoke') return `撤销${where}${hint}（${role(d.role)}）`
      if (tail === 'join') return `${who}凭${hint}加入${where}，角色为${role(d.role)}`
      if (tail === 'role') return `将${who}在${where}的角色由${role(isRecord(d.role) ? d.role.from : '')}改为${role(isRecord(d.role) ? d.role.to : '')}`
      if (tail === 'remove') return `将${who}移出${where}（原角色${role(d.role)}），其权限即时失效`
      if (tail === 'transfer') return `将${where}的负责人由“${text(d.from)}”移交给“${text(d.to)}”，原负责人改为${role('manager')}`
      // Never the password itself: the entry says a reset happened and what it ended (decision 063).
      if (tail === 'sign_in_reset') return `重置${who}的登录：生成一次性临时密码（${text(d.hours)}小时内有效，登录时须设置新密码），其所有登录状态已退出`
      // An administrator for an owner who lost both password and recovery codes (decision 064), recorded the same way.
      if (tail === 'owner_sign_in_reset') return `重置${where}负责人${who}的登录：生成一次性临时密码（${text(d.hours)}小时内有效，登录时须设置新密码），其所有登录状态已退出`
      return null
    }
    case 'administrator': {
      // Decision 072: an administrator account, named with its scope; the temporary password is never recorded.
      const who = typeof d.member === 'string' && d.member ? `“${d.member}”` : '管理员'
      const once = `生成一次性临时密码（${text(d.hours)}小时内有效，登录时须设置新密码）`
      if (tail === 'created') return `新增管理员${who}（账号 ${text(d.username)}，${text(d.scope)}），${once}`
      if (tail === 'sign_in_reset') return `重置管理员${who}的登录：${once}，其所有登录状态已退出`
      if (tail === 'disabled') return `停用管理员${who}（${text(d.scope)}），其所有登录状态已退出，不能再登录`
      // Decision 078: re-enabling issues a temporary password (the entry has its hours), or none for an account that
      // signs in only through WeChat; entries written before it (decision 074) re-enabled the old password.
      if (tail === 'enabled') {
        const how = d.hours !== undefined ? `${once}，原密码失效` : d.wechatOnly ? '通过微信登录' : '可用原密码登录'
        return `重新启用管理员${who}（${text(d.scope)}），${how}`
      }
      return null
    }
    case 'event':
      if (tail === 'create') return `创建活动“${text(d.title)}”`
      if (tail === 'cancel') return `取消${named(e.entityName, '活动')}`
      return `修改${named(e.entityName, '活动')}：${Object.keys(d).length}项内容`
    case 'booth':
      return `通过${named(e.entityName, '展位')}的参展申请`
    case 'booking': {
      if (tail === 'request') return `申请预约设备${e.entityName ? `“${e.entityName}”` : ''}`
      const m = move(d, BOOKING_STATUS_LABELS)
      return `设备${e.entityName ? `“${e.entityName}”` : ''}的预约由“${m.from}”改为“${m.to}”${because(d, 'note')}`
    }
    case 'challenge':
      if (tail === 'take') return `揭榜技术难题${e.entityName ? `“${e.entityName}”` : ''}`
      if (tail === 'validate') return `对技术难题${e.entityName ? `“${e.entityName}”` : ''}完成市场验题：${d.inProduction ? '已投产' : '未投产'}，成效“${text(d.effect)}”`
      return `采纳技术难题${e.entityName ? `“${e.entityName}”` : ''}的揭榜方案${Array.isArray(d.declined) && d.declined.length ? `，其余 ${d.declined.length} 家院校未被采纳` : ''}`
    case 'project':
      if (tail === 'create') return `登记合作项目${named(e.entityName, '')}`
      if (tail === 'milestone') return `为${named(e.entityName, '合作项目')}添加里程碑“${text(d.title)}”（${text(d.dueDate)}到期）`
      return `更新${named(e.entityName, '合作项目')}的进展${isRecord(d.status) ? `，状态改为“${PROJECT_STATUS_LABELS[d.status.to as ProjectStatus] ?? text(d.status.to)}”` : ''}${d.milestoneId ? '，完成一个里程碑' : ''}`
    case 'user':
      if (tail === 'deleted') return `注销账号，撤回进行中的投递 ${text(d.withdrawnApplications)} 份`
      // Decision 059's and 063's sign-in steps; none of them carries a password or a code.
      if (tail === 'password.changed') return d.fromTemporary ? '用临时密码登录并设置了新密码，其他登录状态已退出' : '修改登录密码，其他登录状态已退出'
      if (tail === 'password.recovered') return `用恢复码重置登录密码，还剩 ${text(d.recoveryCodesLeft)} 个恢复码`
      if (tail === 'recovery_codes.regenerated') return `重新生成 ${text(d.count)} 个恢复码，旧的恢复码全部作废`
      if (tail === 'web_login.set') return `设置网页登录，账号名 ${text(d.username)}`
      return `${d.enabled ? '开启' : '关闭'}个性化推荐`
    case 'major': {
      const name = typeof d.name === 'string' ? d.name : (e.entityName ?? e.entityId)
      if (tail === 'catalogue.load') return `载入专业目录，共 ${text(d.count)} 个专业`
      if (tail === 'catalogue.insert') return `专业目录新增“${name}”`
      if (tail === 'catalogue.retire') return `专业“${name}”已不在目录中，标记为停用`
      const pairs = Object.fromEntries(Object.entries(d).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, { from: (v as unknown[])[0], to: (v as unknown[])[1] }]))
      return `${tail === 'catalogue.restore' ? '恢复' : '更新'}专业“${name}”：${fieldChanges(pairs, MAJOR_FIELD_LABELS) || '无变化'}`
    }
    default:
      return null
  }
}
