/** 附件2 企业需求清单 for every enterprise: jobs with skill points, training needs, challenges, resource requests. */
import type {
  CooperationMode, DeliveryMode, Education, JobStatus, JobType, ListStatus, ResourceKind, SkillLevel,
} from '../../generated/client/enums'
import { CHAIN_CONTENT } from './chain-content'
import type { SeedContext } from './context'
import { mobile, personName } from './names'
import type { SeededOrg } from './organizations'

export interface SeededJob { id: string; orgId: string; chainId: string; status: JobStatus; publishedAt: Date | null }

const MODES: CooperationMode[] = [
  'joint_lab', 'joint_project', 'tech_transfer', 'commissioned_rd', 'order_class', 'modern_apprenticeship',
  'internship_base', 'industry_college', 'staff_training', 'equipment_sharing',
]
const STATUSES: JobStatus[] = [...Array<JobStatus>(16).fill('open'), 'paused', 'closed', 'filled', 'pending_review', 'draft']
const BENEFITS = ['五险一金', '包食宿', '年终奖', '带薪年假', '节日福利', '定期体检', '技能等级津贴', '班车接送', '师带徒培养']
const RESOURCE_TEXT: Record<ResourceKind, string> = {
  equipment: '需使用院校的精密检测设备开展产品检测与工艺验证',
  lab: '希望借用院校实训场地开展新员工岗前集中培训',
  faculty: '需要院校专业教师参与企业技术攻关与员工授课',
  research: '希望与院校科研团队联合申报省级科技项目',
  students: '每年接收顶岗实习学生，希望建立稳定的实习基地',
  training: '需要院校为一线员工提供技能等级认定培训',
  other: '希望院校协助开展企业文化与班组长管理培训',
}

export function buildDemandLists(ctx: SeedContext, enterprises: SeededOrg[], colleges: SeededOrg[], jobsPerEnterprise: number): SeededJob[] {
  const jobs: SeededJob[] = []
  const challengesUsed = new Set<string>()
  enterprises.forEach((org, i) => {
    const listId = ctx.rng.id()
    const verified = org.verification === 'verified'
    const status: ListStatus = !verified ? 'draft' : i % 11 === 5 ? 'submitted' : 'approved'
    const filledAt = ctx.daysAgo(70 - (i % 60))
    ctx.rows.demandList.push({
      id: listId, orgId: org.id, status, version: status === 'approved' ? ctx.rng.int(1, 3) : 1,
      filledBy: personName(ctx.rng), filledByPhone: mobile(ctx.rng), filledAt,
      submittedAt: status === 'draft' ? null : filledAt, reviewedAt: status === 'approved' ? ctx.daysAgo(65 - (i % 60)) : null,
      cooperationModes: ctx.rng.sample(MODES, ctx.rng.int(2, 3)), createdAt: ctx.daysAgo(100 - (i % 60)), updatedAt: filledAt,
    })
    const titles = new Set<string>()
    for (let j = 0; j < jobsPerEnterprise; j++) {
      const job = buildJob(ctx, org, j, verified, i === 0 && j < 2)
      jobs.push(job)
      // The list's rows are the first job of each title that went through it (published, or a draft of a
      // list not yet approved); drafts and jobs in review were posted from 我的岗位 (decision 015).
      const row = ctx.rows.job.at(-1)!
      const fromList = !titles.has(row.title) && (!verified || !['draft', 'pending_review'].includes(job.status))
      titles.add(row.title)
      if (fromList) row.fromListId = listId
    }
    const chainId = org.chains[0]!
    const content = CHAIN_CONTENT[chainId]!
    for (let k = 0; k < ctx.rng.int(1, 2); k++) {
      const perSession = ctx.rng.int(2, 6) * 10
      const sessions = ctx.rng.pick([2, 4, 6])
      const days = ctx.rng.int(2, 5)
      ctx.rows.trainingNeed.push({
        id: ctx.rng.id(), listId, chainId, content: ctx.rng.pick(content.courses),
        audience: ctx.rng.pick(['一线操作工', '班组长', '技术员', '新入职员工', '设备维修人员']),
        perSession, perYear: perSession * sessions, periodDays: days,
        periodText: `${sessions === 4 ? '每季度' : sessions === 2 ? '每半年' : '每两个月'}一期，每期${days}天`,
        format: ctx.rng.pick<DeliveryMode>(['offline', 'hybrid', 'online']),
      })
    }
    const fresh = content.challenges.filter((c) => !challengesUsed.has(c.title))
    if (verified && fresh.length && ctx.rng.chance(0.6)) {
      const challenge = fresh[0]!
      challengesUsed.add(challenge.title)
      const id = ctx.rng.id()
      const takers = ctx.rng.sample(colleges.filter((c) => c.chains.includes(chainId) && c.verification === 'verified'), ctx.rng.int(0, 2))
      const taken = takers.length > 0 && ctx.rng.chance(0.4)
      const createdAt = ctx.daysAgo(ctx.rng.int(10, 80))
      ctx.rows.techChallenge.push({
        id, listId, chainId, ...challenge, status: taken ? 'taken' : 'open', createdAt, updatedAt: createdAt,
        deadline: ctx.daysAgo(-ctx.rng.int(60, 240)), budgetWan: (ctx.rng.int(5, 80)).toFixed(2),
      })
      takers.forEach((college, n) => ctx.rows.challengeTaker.push({
        id: ctx.rng.id(), challengeId: id, collegeOrgId: college.id, createdAt, updatedAt: createdAt,
        status: taken && n === 0 ? 'accepted' : 'submitted',
        proposal: `${college.name}${ctx.chainName.get(chainId)}团队拟组建由${ctx.rng.int(3, 6)}名教师和企业工程师组成的攻关小组，分现场调研、方案验证、小批量试用三阶段推进，预计${ctx.rng.int(3, 9)}个月完成。`,
      }))
    }
    for (const kind of ctx.rng.sample<ResourceKind>(['equipment', 'lab', 'faculty', 'research', 'students', 'training'], ctx.rng.int(1, 2))) {
      ctx.rows.resourceRequest.push({
        id: ctx.rng.id(), listId, kind, description: RESOURCE_TEXT[kind], cooperationMode: ctx.rng.pick(MODES),
      })
    }
  })
  return jobs
}

/** `forceOpen`: the demo enterprise always has open jobs to show. */
/**
 * Published at most 90 days ago, a job closes 60–120 days later; a job still taking applications gets 31 more days,
 * so none is past its closing date the day the seed runs (the expiry sweep would close it at start-up, decision 051).
 * One rng draw either way, so the rest of the seed is unchanged.
 */
function closingDate(publishedAt: Date, days: number, status: JobStatus): Date {
  return new Date(publishedAt.getTime() + (status === 'closed' ? days : days + 31) * 86_400_000)
}

function buildJob(ctx: SeedContext, org: SeededOrg, n: number, verified: boolean, forceOpen: boolean): SeededJob {
  const chainId = org.chains[n % org.chains.length]!
  const template = CHAIN_CONTENT[chainId]!.jobs[n % CHAIN_CONTENT[chainId]!.jobs.length]!
  const type: JobType = ctx.rng.chance(0.7) ? 'full_time' : ctx.rng.chance(0.6) ? 'internship' : 'apprenticeship'
  const education: Education = type === 'internship' ? ctx.rng.pick(['associate', 'secondary_vocational']) : ctx.rng.pick(['associate', 'associate', 'associate', 'secondary_vocational', 'bachelor', 'none'])
  const years = type === 'full_time' && ctx.rng.chance(0.4) ? ctx.rng.int(1, 3) : 0
  const itBonus = ['SD-C01', 'SD-C13', 'SD-C14'].includes(chainId) ? 1500 : 0
  const low = type === 'internship' ? ctx.rng.int(5, 8) * 500 : type === 'apprenticeship' ? ctx.rng.int(7, 9) * 500
    : ctx.rng.int(9, 14) * 500 + (education === 'bachelor' ? 1000 : 0) + years * 500 + itBonus
  const status: JobStatus = forceOpen ? 'open' : verified ? ctx.rng.pick(STATUSES) : 'draft'
  const published = status !== 'draft' && status !== 'pending_review'
  const publishedAt = published ? ctx.daysAgo(ctx.rng.int(0, 90), ctx.rng.int(8, 18)) : null
  const id = ctx.rng.id()
  const createdAt = publishedAt ?? ctx.daysAgo(ctx.rng.int(0, 10))
  const levels: SkillLevel[] = years > 0 ? ['intermediate', 'advanced', 'technician'] : ['basic', 'intermediate']
  ctx.rows.job.push({
    id, orgId: org.id, title: template.title, type, headcount: ctx.rng.int(1, 12), hiredCount: status === 'filled' ? 1 : 0,
    education, minYearsExperience: years, cityCode: ctx.rng.chance(0.9) ? org.cityCode : ctx.rng.pick(ctx.ref.cities).adcode,
    salaryMin: low, salaryMax: low + ctx.rng.int(2, 8) * 500, chainId, status,
    description: [
      `岗位职责：负责${template.title.replace(/（.*）/, '')}相关工作，按工艺和安全规范完成生产、调试或服务任务。`,
      `任职要求：${template.skills.join('、')}；${years ? `${years}年以上相关工作经验` : '欢迎应届毕业生'}。`,
      `福利待遇：${ctx.rng.sample(BENEFITS, 4).join('、')}。`,
    ].join('\n'),
    publishedAt, closesAt: publishedAt ? closingDate(publishedAt, ctx.rng.int(60, 120), status) : null,
    createdAt, updatedAt: createdAt,
  })
  for (const name of template.skills) ctx.rows.jobSkill.push({ id: ctx.rng.id(), jobId: id, name, level: ctx.rng.pick(levels) })
  const majors = ctx.majorsByChain.get(chainId) ?? []
  for (const majorCode of ctx.rng.sample(majors.slice(0, 6), ctx.rng.int(1, 3))) ctx.rows.jobMajor.push({ jobId: id, majorCode })
  if (status === 'filled') ctx.rows.job.at(-1)!.hiredCount = ctx.rows.job.at(-1)!.headcount
  return { id, orgId: org.id, chainId, status, publishedAt }
}

/**
 * The README's 揭榜挂帅 row for the demo enterprise (the first): its challenge always has a college's proposal to
 * read and accept, whatever the random pass gave it. Called last, so its random id leaves every earlier row as it was.
 */
export function ensureDemoChallengeTaker(ctx: SeedContext, demo: SeededOrg, colleges: SeededOrg[]) {
  const list = ctx.rows.demandList.find((l) => l.orgId === demo.id)
  const challenge = list && ctx.rows.techChallenge.find((c) => c.listId === list.id)
  if (!challenge?.id || !challenge.chainId || ctx.rows.challengeTaker.some((t) => t.challengeId === challenge.id)) return
  const chainId = challenge.chainId
  const college = colleges.find((c) => c.verification === 'verified' && c.chains.includes(chainId))
  if (!college) return
  const at = challenge.createdAt ?? ctx.daysAgo(30)
  ctx.rows.challengeTaker.push({
    id: ctx.rng.id(), challengeId: challenge.id, collegeOrgId: college.id, createdAt: at, updatedAt: at, status: 'submitted',
    proposal: `${college.name}${ctx.chainName.get(chainId)}团队拟组建由4名教师和企业工程师组成的攻关小组，分现场调研、方案验证、小批量试用三阶段推进，预计6个月完成。`,
  })
}
