/**
 * Every page of the mini-program and what the weapp render suite checks on it. The suite fails when a page in
 * app.config.ts (routes.ts) has no row here, so a new page is added with the Chinese text that proves it
 * rendered and who opens it. Keep `shows` to a heading or label, not to figures that move with the seed.
 */

/** Who opens the page: a visitor, or a demo account signed in with WeChat (its openid in the seed). */
export const ACCOUNTS = {
  visitor: 'o_weapp_visitor',
  student: 'o_demo_student',
  enterprise: 'o_demo_enterprise',
  college: 'o_demo_college',
  admin: 'o_demo_admin',
} as const
export type Account = keyof typeof ACCOUNTS

export interface PageRow {
  as: Account
  /** Chinese text the page's WXML must render once its data has arrived. */
  shows: string
  /**
   * How a user gets here: tapping `tap` (text, or `.class` for the first element with that class) on page
   * `from`, opened by the same account. The suite taps it, checks the wx navigation call names this page,
   * and opens the page with that call's URL (its query carries the ids the page needs). `within` narrows the
   * tap to the smallest element that also shows that text (one card of a list).
   */
  reach?: { from: string; tap: string; within?: string }
}

export const PAGE_ROWS: Record<string, PageRow> = {
  // Main package: the tabs first, then what they lead to.
  'pages/home/index': { as: 'student', shows: '按产业链找岗位' },
  'pages/jobs/index': { as: 'student', shows: '学历' },
  'pages/training/index': { as: 'student', shows: '菜单式培训课程' },
  'pages/fairs/index': { as: 'student', shows: '我的日程' },
  'pages/me/index': { as: 'student', shows: '退出登录' },
  'pages/login/index': { as: 'visitor', shows: '微信一键登录' },
  // H5's sign-up (decision 045); WeChat links no way here and the page points back to 微信一键登录.
  'pages/signup/index': { as: 'visitor', shows: '微信一键登录' },
  // Decision 059: 忘记密码 (recovery codes) and 账号安全 (password, codes, 设置网页登录 for a WeChat student); decision 063
  // opened 账号安全 to staff from their 我的, which is the way checked here (a student's goes through StudentCorner).
  'pages/recover/index': { as: 'visitor', shows: '恢复码全部遗失时无法自助找回' },
  'pages/account/index': { as: 'college', shows: '修改密码', reach: { from: 'pages/me/index', tap: '账号安全' } },
  'pages/job-detail/index': { as: 'student', shows: '技能要求', reach: { from: 'pages/jobs/index', tap: '.job-card' } },
  'pages/applications/index': { as: 'student', shows: '已投递', reach: { from: 'pages/me/index', tap: '我的投递' } },
  'pages/profile/index': { as: 'student', shows: '意向城市', reach: { from: 'pages/me/index', tap: '简历完整度' } },
  'pages/my-enrolments/index': { as: 'student', shows: '培训', reach: { from: 'pages/me/index', tap: '我的培训' } },
  'pages/events/detail': { as: 'student', shows: '议程', reach: { from: 'pages/fairs/index', tap: '已报名' } },
  'pages/events/day': { as: 'student', shows: '展位图', reach: { from: 'pages/events/detail', tap: '活动当天' } },
  'pages/events/schedule': { as: 'student', shows: '企业面试邀请', reach: { from: 'pages/me/index', tap: '我的日程' } },
  'pages/events/checkin': { as: 'student', shows: '输入现场签到码', reach: { from: 'pages/events/detail', tap: '签到' } },
  'pages/inbox/index': { as: 'student', shows: '条未读', reach: { from: 'pages/me/index', tap: '消息' } },

  // Enterprise subpackage, entered from 我的 → 企业工作台.
  'pkg-enterprise/index': { as: 'enterprise', shows: '我的岗位与应聘者', reach: { from: 'pages/me/index', tap: '企业工作台' } },
  'pkg-enterprise/jobs/index': { as: 'enterprise', shows: '发布新岗位', reach: { from: 'pkg-enterprise/index', tap: '我的岗位与应聘者' } },
  'pkg-enterprise/job-edit/index': { as: 'enterprise', shows: '岗位名称', reach: { from: 'pkg-enterprise/jobs/index', tap: '发布新岗位' } },
  'pkg-enterprise/applicants/index': { as: 'enterprise', shows: '已录用', reach: { from: 'pkg-enterprise/jobs/index', tap: '应聘者', within: '数控车床操作工' } },
  'pkg-enterprise/applicant/index': { as: 'enterprise', shows: '学生授权查看的信息', reach: { from: 'pkg-enterprise/applicants/index', tap: '.applicant-name' } },
  'pkg-enterprise/demand-list/index': { as: 'enterprise', shows: '共5步', reach: { from: 'pkg-enterprise/index', tap: '企业需求清单（附件2）' } },
  'pkg-enterprise/fairs/index': { as: 'enterprise', shows: '我的展位', reach: { from: 'pkg-enterprise/index', tap: '参展报名与我的展位' } },
  'pkg-enterprise/fair-booth/index': { as: 'enterprise', shows: '展出岗位', reach: { from: 'pkg-enterprise/fairs/index', tap: '我的展位' } },
  'pkg-enterprise/fair-scan/index': { as: 'enterprise', shows: '提交学生签到码', reach: { from: 'pkg-enterprise/fair-booth/index', tap: '扫码记录' } },
  'pkg-enterprise/equipment/index': { as: 'enterprise', shows: '查看可预约设备', reach: { from: 'pkg-enterprise/index', tap: '共享设备' } },
  'pkg-enterprise/matches/index': { as: 'enterprise', shows: '选择要匹配的岗位或需求', reach: { from: 'pkg-enterprise/index', tap: '院校匹配' } },
  'pkg-enterprise/challenge-takers/index': { as: 'enterprise', shows: '揭榜院校', reach: { from: 'pkg-enterprise/matches/index', tap: '家揭榜' } },

  // College subpackage, entered from 我的 → 院校工作台.
  'pkg-college/index': { as: 'college', shows: '清单与对接', reach: { from: 'pages/me/index', tap: '院校工作台' } },
  'pkg-college/supply-list/index': { as: 'college', shows: '基本信息', reach: { from: 'pkg-college/index', tap: '院校供给清单（附件1）' } },
  'pkg-college/demand-fit/index': { as: 'college', shows: '需要本校专业的企业', reach: { from: 'pkg-college/index', tap: '企业需求匹配' } },
  'pkg-college/challenges/index': { as: 'college', shows: '技术问题', reach: { from: 'pkg-college/index', tap: '揭榜挂帅' } },
  'pkg-college/org-register/index': { as: 'college', shows: '统一社会信用代码', reach: { from: 'pkg-college/index', tap: '注册新院校' } },
  'pkg-college/equipment-bookings/index': { as: 'college', shows: '待处理', reach: { from: 'pkg-college/index', tap: '设备预约审批' } },

  // The organisation's own pages, entered from its workbench (decisions 028, 029).
  'pkg-org/members/index': { as: 'enterprise', shows: '邀请同事', reach: { from: 'pkg-enterprise/index', tap: '成员管理' } },
  'pkg-org/join/index': { as: 'enterprise', shows: '仅可使用一次', reach: { from: 'pkg-enterprise/index', tap: '凭邀请码加入单位' } },
  'pkg-org/effectiveness/index': { as: 'enterprise', shows: '计算方法', reach: { from: 'pkg-enterprise/index', tap: '本单位成效' } },
  'pkg-org/details/index': { as: 'enterprise', shows: '统一社会信用代码', reach: { from: 'pkg-enterprise/index', tap: '单位资料' } },

  // Administration, entered from 我的 → 管理后台 / 匹配解释.
  'pkg-admin/memberships/index': { as: 'admin', shows: '成员认证申请', reach: { from: 'pages/me/index', tap: '管理后台' } },
  'pkg-admin/review/index': { as: 'admin', shows: '单位认证', reach: { from: 'pkg-admin/memberships/index', tap: '审核队列' } },
  'pkg-admin/audit/index': { as: 'admin', shows: '点记录下方的单位名称，只看该单位的操作', reach: { from: 'pkg-admin/memberships/index', tap: '操作日志' } },
  'pkg-admin/explain/index': { as: 'admin', shows: '第一步：选择岗位', reach: { from: 'pages/me/index', tap: '匹配解释' } },
  'pkg-admin/chains/index': { as: 'admin', shows: '新增产业链', reach: { from: 'pkg-admin/memberships/index', tap: '产业链管理' } },
  'pkg-admin/chain/index': { as: 'admin', shows: '变更记录', reach: { from: 'pkg-admin/chains/index', tap: '.chain-admin__card' } },
  'pkg-admin/effectiveness/index': { as: 'admin', shows: '导出 Excel', reach: { from: 'pkg-admin/memberships/index', tap: '成效排名' } },
  'pkg-admin/org/index': { as: 'admin', shows: '免审发布岗位', reach: { from: 'pkg-admin/review/index', tap: '.review-item__org' } },
  // Decision 072: the platform administrator (demo_admin) manages every administrator account.
  'pkg-admin/administrators/index': { as: 'admin', shows: '新增管理员', reach: { from: 'pkg-admin/memberships/index', tap: '管理员账号' } },

  // Events organised by administrators and colleges, entered from 我的 → 活动管理.
  'pkg-organiser/events/index': { as: 'admin', shows: '创建活动', reach: { from: 'pages/me/index', tap: '活动管理' } },
  'pkg-organiser/event-edit/index': { as: 'admin', shows: '活动名称', reach: { from: 'pkg-organiser/events/index', tap: '创建活动' } },
  'pkg-organiser/event-manage/index': { as: 'admin', shows: '展位申请', reach: { from: 'pkg-organiser/events/index', tap: '展位与看板' } },
  'pkg-organiser/event-scan/index': { as: 'admin', shows: '扫描学生签到码', reach: { from: 'pkg-organiser/events/index', tap: '现场签到' } },

  // Province analytics, entered from the administration page.
  'pkg-province/map/index': { as: 'admin', shows: '产业链供需数字地图', reach: { from: 'pkg-admin/memberships/index', tap: '数字地图' } },
  'pkg-province/analytics/index': { as: 'admin', shows: '产业链供需分析', reach: { from: 'pkg-admin/memberships/index', tap: '产业链分析' } },
  'pkg-province/fit/index': { as: 'admin', shows: '专业与产业适配监测', reach: { from: 'pkg-admin/memberships/index', tap: '专业产业适配监测' } },
  'pkg-province/report/index': { as: 'admin', shows: '年度供需报告', reach: { from: 'pkg-admin/memberships/index', tap: '年度供需报告' } },

  // 项目台账 (decision 034), entered from the enterprise's and the college's workbench and the administration page.
  'pkg-projects/list/index': { as: 'enterprise', shows: '里程碑', reach: { from: 'pkg-enterprise/index', tap: '项目台账' } },
  'pkg-projects/detail/index': { as: 'enterprise', shows: '进展动态', reach: { from: 'pkg-projects/list/index', tap: '.project-card' } },
  'pkg-projects/update/index': { as: 'enterprise', shows: '进展说明', reach: { from: 'pkg-projects/detail/index', tap: '发布进展' } },
  'pkg-projects/new/index': { as: 'enterprise', shows: '签约所在的活动', reach: { from: 'pkg-projects/list/index', tap: '登记合作项目' } },
}
