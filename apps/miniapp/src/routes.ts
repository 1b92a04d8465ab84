/**
 * Every page path in one place: app.config.ts is built from these, and navigation code uses
 * `url(...)` so a renamed page breaks the type check instead of a tap at runtime.
 */
export const PAGES = {
  home: 'pages/home/index',
  jobs: 'pages/jobs/index',
  training: 'pages/training/index',
  fairs: 'pages/fairs/index',
  me: 'pages/me/index',
  login: 'pages/login/index',
  signup: 'pages/signup/index',
  // 忘记密码 opens from the sign-in page and 账号安全 from 我的 (decision 059): both beside the pages that link them.
  recover: 'pages/recover/index',
  account: 'pages/account/index',
  jobDetail: 'pages/job-detail/index',
  applications: 'pages/applications/index',
  profile: 'pages/profile/index',
  myEnrolments: 'pages/my-enrolments/index',
  // Event pages sit in the main package: subscribe messages and inbox notices open them by these paths.
  eventDetail: 'pages/events/detail',
  eventDay: 'pages/events/day',
  eventSchedule: 'pages/events/schedule',
  eventCheckin: 'pages/events/checkin',
  inbox: 'pages/inbox/index',
} as const

/** Role pages live in subpackages so the main package stays under WeChat's 2 MB. */
export const SUBPACKAGES = {
  enterprise: { root: 'pkg-enterprise', pages: { index: 'index', jobs: 'jobs/index', jobEdit: 'job-edit/index', applicants: 'applicants/index', applicant: 'applicant/index', demandList: 'demand-list/index', fairs: 'fairs/index', fairBooth: 'fair-booth/index', fairScan: 'fair-scan/index', equipment: 'equipment/index', matches: 'matches/index', challengeTakers: 'challenge-takers/index' } },
  college: { root: 'pkg-college', pages: { index: 'index', supplyList: 'supply-list/index', demandFit: 'demand-fit/index', challenges: 'challenges/index', orgRegister: 'org-register/index', equipmentBookings: 'equipment-bookings/index' } },
  admin: { root: 'pkg-admin', pages: { memberships: 'memberships/index', effectiveness: 'effectiveness/index', review: 'review/index', audit: 'audit/index', explain: 'explain/index', chains: 'chains/index', chain: 'chain/index', org: 'org/index', administrators: 'administrators/index' } },
  organiser: { root: 'pkg-organiser', pages: { events: 'events/index', eventEdit: 'event-edit/index', eventManage: 'event-manage/index', eventScan: 'event-scan/index' } },
  org: { root: 'pkg-org', pages: { members: 'members/index', join: 'join/index', effectiveness: 'effectiveness/index', details: 'details/index' } },
  province: { root: 'pkg-province', pages: { map: 'map/index', analytics: 'analytics/index', fit: 'fit/index', report: 'report/index' } },
  // 项目台账 (decision 034): parties, organisers and administrators all open it, so it belongs to no role's package.
  projects: { root: 'pkg-projects', pages: { list: 'list/index', detail: 'detail/index', update: 'update/index', create: 'new/index' } },
} as const

export const TABS = [
  { pagePath: PAGES.home, text: '首页' },
  { pagePath: PAGES.jobs, text: '岗位' },
  { pagePath: PAGES.training, text: '培训' },
  { pagePath: PAGES.fairs, text: '双选会' },
  { pagePath: PAGES.me, text: '我的' },
] as const

export const ROUTES = {
  home: `/${PAGES.home}`,
  jobs: `/${PAGES.jobs}`,
  training: `/${PAGES.training}`,
  fairs: `/${PAGES.fairs}`,
  me: `/${PAGES.me}`,
  login: `/${PAGES.login}`,
  signup: `/${PAGES.signup}`,
  recover: `/${PAGES.recover}`,
  account: `/${PAGES.account}`,
  jobDetail: `/${PAGES.jobDetail}`,
  applications: `/${PAGES.applications}`,
  profile: `/${PAGES.profile}`,
  myEnrolments: `/${PAGES.myEnrolments}`,
  enterpriseJobs: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.jobs}`,
  enterpriseJobEdit: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.jobEdit}`,
  enterpriseApplicants: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.applicants}`,
  enterpriseApplicant: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.applicant}`,
  enterprise: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.index}`,
  college: `/${SUBPACKAGES.college.root}/${SUBPACKAGES.college.pages.index}`,
  adminMemberships: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.memberships}`,
  enterpriseDemandList: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.demandList}`,
  collegeSupplyList: `/${SUBPACKAGES.college.root}/${SUBPACKAGES.college.pages.supplyList}`,
  collegeDemandFit: `/${SUBPACKAGES.college.root}/${SUBPACKAGES.college.pages.demandFit}`,
  collegeChallenges: `/${SUBPACKAGES.college.root}/${SUBPACKAGES.college.pages.challenges}`,
  orgRegister: `/${SUBPACKAGES.college.root}/${SUBPACKAGES.college.pages.orgRegister}`,
  adminReview: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.review}`,
  adminAudit: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.audit}`,
  provinceMap: `/${SUBPACKAGES.province.root}/${SUBPACKAGES.province.pages.map}`,
  provinceAnalytics: `/${SUBPACKAGES.province.root}/${SUBPACKAGES.province.pages.analytics}`,
  provinceFit: `/${SUBPACKAGES.province.root}/${SUBPACKAGES.province.pages.fit}`,
  provinceReport: `/${SUBPACKAGES.province.root}/${SUBPACKAGES.province.pages.report}`,
  eventDetail: `/${PAGES.eventDetail}`,
  eventDay: `/${PAGES.eventDay}`,
  eventSchedule: `/${PAGES.eventSchedule}`,
  eventCheckin: `/${PAGES.eventCheckin}`,
  inbox: `/${PAGES.inbox}`,
  enterpriseFairs: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.fairs}`,
  enterpriseFairBooth: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.fairBooth}`,
  enterpriseFairScan: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.fairScan}`,
  enterpriseEquipment: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.equipment}`,
  enterpriseMatches: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.matches}`,
  enterpriseChallengeTakers: `/${SUBPACKAGES.enterprise.root}/${SUBPACKAGES.enterprise.pages.challengeTakers}`,
  collegeEquipmentBookings: `/${SUBPACKAGES.college.root}/${SUBPACKAGES.college.pages.equipmentBookings}`,
  adminExplain: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.explain}`,
  adminChains: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.chains}`,
  adminChain: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.chain}`,
  adminOrg: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.org}`,
  adminAdministrators: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.administrators}`,
  organiserEvents: `/${SUBPACKAGES.organiser.root}/${SUBPACKAGES.organiser.pages.events}`,
  organiserEventEdit: `/${SUBPACKAGES.organiser.root}/${SUBPACKAGES.organiser.pages.eventEdit}`,
  organiserEventManage: `/${SUBPACKAGES.organiser.root}/${SUBPACKAGES.organiser.pages.eventManage}`,
  organiserEventScan: `/${SUBPACKAGES.organiser.root}/${SUBPACKAGES.organiser.pages.eventScan}`,
  projects: `/${SUBPACKAGES.projects.root}/${SUBPACKAGES.projects.pages.list}`,
  projectDetail: `/${SUBPACKAGES.projects.root}/${SUBPACKAGES.projects.pages.detail}`,
  projectUpdate: `/${SUBPACKAGES.projects.root}/${SUBPACKAGES.projects.pages.update}`,
  projectCreate: `/${SUBPACKAGES.projects.root}/${SUBPACKAGES.projects.pages.create}`,
  orgMembers: `/${SUBPACKAGES.org.root}/${SUBPACKAGES.org.pages.members}`,
  orgJoin: `/${SUBPACKAGES.org.root}/${SUBPACKAGES.org.pages.join}`,
  orgEffectiveness: `/${SUBPACKAGES.org.root}/${SUBPACKAGES.org.pages.effectiveness}`,
  orgDetails: `/${SUBPACKAGES.org.root}/${SUBPACKAGES.org.pages.details}`,
  adminEffectiveness: `/${SUBPACKAGES.admin.root}/${SUBPACKAGES.admin.pages.effectiveness}`,
} as const

const TAB_ROUTES: readonly string[] = TABS.map((t) => `/${t.pagePath}`)

export function isTabRoute(route: string): boolean {
  return TAB_ROUTES.includes(route.split('?')[0] ?? '')
}
