import { describe, expect, it } from 'vitest'
import { auditSentence } from './audit-sentences'

describe('audit entries as sentences', () => {
  it('names the chain and what changed, in Chinese, for every chain action', () => {
    const e = (action: string, diff: unknown) => auditSentence({ action, entityId: 'SD-C20', diff })
    expect(e('chain.create', { chain: '储能', status: 'candidate', source: '2026省政府工作报告' })).toBe('新增产业链“储能”（待确认），依据：2026省政府工作报告')
    expect(e('chain.confirm', { chain: '储能', from: '工作报告', to: '鲁政发〔2026〕1号' })).toBe('确认产业链“储能”为已公布产业链，依据：鲁政发〔2026〕1号（原依据：工作报告）')
    expect(e('chain.retire', { chain: '储能', reason: '并入新能源装备' })).toBe('停用产业链“储能”，原因：并入新能源装备')
    expect(e('chain.restore', { chain: '储能' })).toBe('恢复启用产业链“储能”')
    expect(e('chain.profile', { chain: '储能', changes: [{ field: 'leadEnterprise', from: null, to: '某某集团' }, { field: 'knownEnterprises', from: 120, to: 150 }] }))
      .toBe('修改产业链“储能”的档案：链主企业：（空） → 某某集团；本链企业总数：120 → 150')
    expect(e('chain.update', { chain: '储能', name: { from: '储能', to: '新型储能' }, active: { from: true, to: false } }))
      .toBe('修改产业链“储能”：名称：储能 → 新型储能；启用状态：启用 → 停用')
    expect(e('chain.majors.replace', {
      chain: '储能',
      added: [{ code: '460301', name: '机电一体化技术', relevance: 'core' }],
      removed: [{ code: '510201', name: '计算机应用技术', relevance: 'supporting' }],
      changed: [{ code: '460305', name: '工业机器人技术', from: 'supporting', to: 'core' }],
    })).toBe('调整产业链“储能”的专业：新增 机电一体化技术（核心专业）；移除 计算机应用技术；工业机器人技术 由支撑专业改为核心专业')
    expect(e('report.basis', { year: 2026, to: { inProvinceShare: 0.782, source: '就业质量报告' } })).toBe('登记 2026 年毕业生省内就业比例为 78.2%（来源：就业质量报告）')
  })

  it('falls back to the id for an entry without a name, and answers null for actions it does not know', () => {
    expect(auditSentence({ action: 'chain.restore', entityId: 'SD-C05', diff: null })).toBe('恢复启用产业链“SD-C05”')
    expect(auditSentence({ action: 'someday.invented', entityId: 'x', diff: {} })).toBeNull()
  })

  it('phrases every other audited action with names, never ids or JSON', () => {
    const e = (action: string, diff: unknown, more: { entity?: string; entityName?: string; orgName?: string } = {}) =>
      auditSentence({ action, entityId: 'ck_123', diff, ...more })
    const sentences = [
      e('review.approve', { status: { from: 'pending', to: 'verified' } }, { entity: 'organization', entityName: '淄博精工' }),
      e('review.reject', { status: { from: 'pending_review', to: 'closed' }, reason: '薪资不实' }, { entity: 'job', entityName: '数控操作工' }),
      e('review.request_changes', { status: { from: 'submitted', to: 'changes_requested' }, reason: '补充人数' }, { entity: 'demand_list', orgName: '淄博精工' }),
      e('demand_list.import', { version: 3, changes: [] }, { orgName: '淄博精工' }),
      e('job.created', { title: '数控操作工', publish: true }),
      e('job.updated', { changed: ['salaryMin', 'headcount'] }, { entityName: '数控操作工' }),
      e('job.pause', { status: { from: 'open', to: 'paused' } }, { entityName: '数控操作工' }),
      e('application.interview', { status: { from: 'viewed', to: 'interview' } }, { entityName: '数控操作工' }),
      e('application.interview_rescheduled', { at: { from: '2026-12-08T01:00:00.000Z', to: '2026-12-09T01:00:00.000Z' } }, { entityName: '数控操作工' }),
      e('application.interview_cancelled', { status: { from: 'interview', to: 'viewed' }, reason: '岗位调整' }, { entityName: '数控操作工' }),
      e('organization.update', { contactPhone: { from: '0533-1', to: '0533-2' }, address: { from: null, to: null } }, { entityName: '淄博精工' }),
      e('organization.trust', { trustedPoster: { from: false, to: true }, reason: '长期合作' }, { entityName: '淄博精工' }),
      e('organization.distrust', { trustedPoster: { from: true, to: false }, reason: '虚假岗位' }, { entityName: '淄博精工' }),
      e('organization.suspend', { verification: { from: 'verified', to: 'suspended' }, jobsTakenOffline: 3, reason: '冒用他人执照' }, { entityName: '淄博精工' }),
      e('organization.restore', { verification: { from: 'suspended', to: 'verified' }, jobsReopened: 2, jobsClosed: 1, reason: '核实无误' }, { entityName: '淄博精工' }),
      e('organization.change_requested', { requested: { name: '淄博精工集团', cityCode: '370700' } }, { entityName: '淄博精工' }),
      e('organization.change_withdrawn', { withdrawn: { name: '淄博精工集团' } }, { entityName: '淄博精工' }),
      e('membership.approve', { status: { from: 'pending', to: 'approve' }, orgVerification: { from: 'pending', to: 'verified' } }, { entityName: '张老师', orgName: '淄博职院' }),
      e('booking.approved', { status: { from: 'requested', to: 'approved' } }, { entityName: '五轴加工中心' }),
      e('user.personalisation', { enabled: false }),
      e('major.catalogue.update', { name: ['数控技术', '数控技术应用'] }, { entityName: '460103' }),
    ]
    expect(sentences).toEqual([
      '通过“淄博精工”单位认证（待审核 → 已认证）',
      '驳回岗位“数控操作工”（待审核 → 已关闭），原因：薪资不实',
      '要求修改“淄博精工”需求清单（待审核 → 需修改），原因：补充人数',
      '单位“淄博精工”通过Excel导入需求清单第3版',
      '发布岗位“数控操作工”',
      '修改岗位“数控操作工”：最低月薪、招聘人数',
      '暂停岗位“数控操作工”（招聘中 → 已暂停）',
      '将岗位“数控操作工”的投递由“已查看”改为“面试”',
      '改期岗位“数控操作工”投递的面试',
      '取消岗位“数控操作工”投递的面试，投递由“面试”回到“已查看”，原因：岗位调整',
      '修改单位“淄博精工”的资料：联系电话：0533-1 → 0533-2',
      '将单位“淄博精工”设为免审发布岗位，原因：长期合作',
      '取消单位“淄博精工”的免审发布，原因：虚假岗位',
      '暂停单位“淄博精工”，下线其在招岗位3个，原因：冒用他人执照',
      '恢复单位“淄博精工”，重新上线岗位2个、因已过截止日期关闭1个，原因：核实无误',
      '申请变更单位“淄博精工”的名称、城市，待审核',
      '撤回单位“淄博精工”待审核的名称变更',
      '通过成员“张老师”加入单位“淄博职院”的申请（待审核 → 已认证），并同时认证该单位',
      '设备“五轴加工中心”的预约由“待院校确认”改为“已通过”',
      '关闭个性化推荐',
      '更新专业“460103”：名称：数控技术 → 数控技术应用',
    ])
    for (const s of sentences) expect(s).not.toMatch(/ck_123|[{}]|\bnull\b|undefined/)
  })
  it('phrases every membership action with the member, the organisation and the roles', () => {
    const e = (action: string, diff: unknown) => auditSentence({ action, entity: 'Membership', entityId: 'ck_123', orgName: '淄博精工', diff })
    expect([
      e('member.invite', { role: 'hr', codeHint: 'K7', hours: 72 }),
      e('member.invite_revoke', { role: 'hr', codeHint: 'K7' }),
      e('member.join', { member: '王招聘', role: 'hr', codeHint: 'K7' }),
      e('member.role', { member: '王招聘', role: { from: 'hr', to: 'viewer' } }),
      e('member.remove', { member: '王招聘', role: 'viewer' }),
      e('member.transfer', { from: '张总', to: '李经理' }),
      e('member.sign_in_reset', { member: '王招聘', hours: 72 }),
      e('member.owner_sign_in_reset', { member: '张总', hours: 72 }),
    ]).toEqual([
      '为“淄博精工”生成尾号 K7 的邀请码，受邀者将以“招聘专员”身份加入，72小时内有效',
      '撤销“淄博精工”尾号 K7 的邀请码（“招聘专员”）',
      '“王招聘”凭尾号 K7 的邀请码加入“淄博精工”，角色为“招聘专员”',
      '将“王招聘”在“淄博精工”的角色由“招聘专员”改为“只读成员”',
      '将“王招聘”移出“淄博精工”（原角色“只读成员”），其权限即时失效',
      '将“淄博精工”的负责人由“张总”移交给“李经理”，原负责人改为“业务管理员”',
      '重置“王招聘”的登录：生成一次性临时密码（72小时内有效，登录时须设置新密码），其所有登录状态已退出',
      '重置“淄博精工”负责人“张总”的登录：生成一次性临时密码（72小时内有效，登录时须设置新密码），其所有登录状态已退出',
    ])
  })
  it('phrases the administrator accounts of decisions 072 and 074 with the name and scope, never a password', () => {
    const e = (action: string, diff: unknown) => auditSentence({ action, entity: 'User', entityId: 'ck_123', diff })
    expect([
      e('administrator.created', { member: '李局', username: 'zibo_edu', scope: '淄博市教育局 · 仅本市院校', hours: 72 }),
      e('administrator.sign_in_reset', { member: '李局', hours: 72 }),
      e('administrator.disabled', { member: '李局', scope: '淄博市教育局 · 仅本市院校' }),
      e('administrator.enabled', { member: '李局', scope: '淄博市教育局 · 仅本市院校' }),
      e('administrator.enabled', { member: '李局', scope: '淄博市教育局 · 仅本市院校', hours: 72 }),
      e('administrator.enabled', { member: '李局', scope: '淄博市教育局 · 仅本市院校', wechatOnly: true }),
      e('administrator.renamed', {}),
    ]).toEqual([
      '新增管理员“李局”（账号 zibo_edu，淄博市教育局 · 仅本市院校），生成一次性临时密码（72小时内有效，登录时须设置新密码）',
      '重置管理员“李局”的登录：生成一次性临时密码（72小时内有效，登录时须设置新密码），其所有登录状态已退出',
      '停用管理员“李局”（淄博市教育局 · 仅本市院校），其所有登录状态已退出，不能再登录',
      '重新启用管理员“李局”（淄博市教育局 · 仅本市院校），可用原密码登录',
      '重新启用管理员“李局”（淄博市教育局 · 仅本市院校），生成一次性临时密码（72小时内有效，登录时须设置新密码），原密码失效',
      '重新启用管理员“李局”（淄博市教育局 · 仅本市院校），通过微信登录',
      null,
    ])
  })
  it('phrases the sign-in steps of decisions 059 and 063 instead of falling through to another user action', () => {
    const e = (action: string, diff: unknown) => auditSentence({ action, entity: 'User', entityId: 'ck_123', diff })
    expect([
      e('user.password.changed', { otherSessionsEnded: true }),
      e('user.password.changed', { otherSessionsEnded: true, fromTemporary: true }),
      e('user.password.recovered', { recoveryCodesLeft: 7 }),
      e('user.recovery_codes.regenerated', { count: 8 }),
      e('user.web_login.set', { username: 'wx_student26' }),
    ]).toEqual([
      '修改登录密码，其他登录状态已退出',
      '用临时密码登录并设置了新密码，其他登录状态已退出',
      '用恢复码重置登录密码，还剩 7 个恢复码',
      '重新生成 8 个恢复码，旧的恢复码全部作废',
      '设置网页登录，账号名 wx_student26',
    ])
  })
})
