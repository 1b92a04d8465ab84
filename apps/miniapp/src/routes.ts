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
  jobDetail: 'pages/job-detail/index',
  applications: 'pages/applications/index',
  profile: 'pages/profile/index',
  myEnrolments: 'pages/my-enrolments/index',
} as const

/** Role pages live in subpackages so the main package stays under WeChat's 2 MB. */
export const SUBPACKAGES = {
  enterprise: { root: 'pkg-enterprise', pages: { index: 'index', jobs: 'jobs/index', jobEdit: 'job-edit/index', applicants: 'applicants/index', applicant: 'applicant/index' } },
  college: { root: 'pkg-college', pages: { index: 'index' } },
  admin: { root: 'pkg-admin', pages: { memberships: 'memberships/index' } },
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
} as const

const TAB_ROUTES: readonly string[] = TABS.map((t) => `/${t.pagePath}`)

export function isTabRoute(route: string): boolean {
  return TAB_ROUTES.includes(route.split('?')[0] ?? '')
}
