/** Students with profiles, their applications (with the status history and interviews), and inbox messages. */
import { consentPurpose, consentSentence } from '@zhilian/shared/contracts/applications'
import { PROFILE_FIELD_LABELS, type ProfileField } from '@zhilian/shared/contracts/profile'
import type { ApplicationStatus } from '../../generated/client/enums'
import { CHAIN_CONTENT } from './chain-content'
import type { SeedContext } from './context'
import type { DemoUsers } from './accounts'
import type { SeededJob } from './demand'
import { mobile, personName } from './names'
import type { SeededOrg } from './organizations'
import type { SeededOffering } from './supply'

const FIELDS = Object.keys(PROFILE_FIELD_LABELS) as ProfileField[]

/**
 * The consent as the BFF stores it when a student applies (a JSON record the applicant view reads back): a plain
 * sentence granted nothing, so seeded applicants showed enterprises no résumé at all. Some students keep their
 * phone to themselves, as the consent sheet lets them.
 */
function consentText(recipientOrgId: string, recipientName: string, jobTitle: string, withPhone: boolean): string {
  const purpose = consentPurpose(jobTitle)
  const fields = FIELDS.filter((f) => withPhone || f !== 'phone')
  return JSON.stringify({ v: 1, text: consentSentence(recipientName, purpose, fields), recipientOrgId, recipientName, purpose, fields })
}
const CERTIFICATES: Record<string, string[]> = {
  default: ['全国计算机等级考试二级', '普通话二级甲等', '大学英语四级'],
  'SD-C01': ['1+X Web前端开发（中级）', '华为HCIA-Datacom'], 'SD-C02': ['电工（中级）', '数控车工（中级）', '1+X 数控车铣加工（中级）'],
  'SD-C06': ['化工总控工（中级）', '危险化学品安全作业证'], 'SD-C08': ['药物制剂工（中级）'], 'SD-C12': ['汽车维修工（中级）', '低压电工作业证'],
  'SD-C15': ['1+X 工业机器人操作与运维（中级）'], 'SD-C19': ['CAAC多旋翼无人机驾驶员执照'],
}
// The path each final status took, from submission.
const PATHS: Record<ApplicationStatus, ApplicationStatus[]> = {
  submitted: ['submitted'], viewed: ['submitted', 'viewed'], interview: ['submitted', 'viewed', 'interview'],
  offer: ['submitted', 'viewed', 'interview', 'offer'], hired: ['submitted', 'viewed', 'interview', 'offer', 'hired'],
  rejected: ['submitted', 'viewed', 'rejected'], withdrawn: ['submitted', 'withdrawn'],
}
const FINAL: ApplicationStatus[] = ['submitted', 'submitted', 'submitted', 'submitted', 'viewed', 'viewed', 'viewed', 'interview', 'interview', 'offer', 'hired', 'rejected', 'rejected', 'withdrawn']

interface Student { userId: string; chainId: string; cityCode: string }

export function buildStudents(
  ctx: SeedContext, count: number, colleges: SeededOrg[], offerings: SeededOffering[], jobs: SeededJob[], enterprises: SeededOrg[], demo: DemoUsers,
) {
  const active = colleges.filter((c) => c.verification === 'verified')
  const students: Student[] = []
  const zibo = colleges.find((c) => c.name === '淄博职业学院')!
  ctx.rows.studentProfile.push({
    userId: demo.demo_student.id, realName: demo.demo_student.displayName, collegeId: zibo.id, majorCode: '460301', grade: 3, graduationYear: 2027,
    education: 'associate', skills: ['PLC编程', '机械识图', '数控车床操作', 'SolidWorks三维建模', '设备点检'],
    certificates: ['电工（中级）', '1+X 数控车铣加工（中级）', '全国计算机等级考试二级'], expectedCities: ['370300', '370100', '370700'],
    expectedChains: ['SD-C02', 'SD-C15'], phone: '13805310001',
    intro: '机电一体化技术专业三年级，校级技能大赛“机电一体化项目”一等奖，在淄博一家装备制造企业完成两个月认识实习，希望从事设备维护或自动化调试工作。',
  })
  students.push({ userId: demo.demo_student.id, chainId: 'SD-C02', cityCode: '370300' })
  for (let i = 0; i < count; i++) {
    const college = active[i % active.length]!
    const offering = ctx.rng.pick(offerings.filter((o) => o.collegeId === college.id))
    const userId = ctx.rng.id()
    const name = personName(ctx.rng)
    const grade = ctx.rng.int(1, 3)
    const createdAt = ctx.daysAgo(ctx.rng.int(5, 150))
    ctx.rows.user.push({ id: userId, role: 'student', openid: `o_seed_student_${String(i + 1).padStart(4, '0')}`, displayName: name, createdAt, updatedAt: createdAt })
    const skills = CHAIN_CONTENT[offering.chainId]!.jobs.flatMap((j) => j.skills)
    ctx.rows.studentProfile.push({
      userId, realName: name, collegeId: college.id, majorCode: offering.majorCode, grade, graduationYear: 2030 - grade, education: 'associate',
      skills: ctx.rng.sample([...new Set(skills)], ctx.rng.int(3, 5)),
      certificates: ctx.rng.sample([...(CERTIFICATES[offering.chainId] ?? []), ...CERTIFICATES.default!], ctx.rng.int(0, 2)),
      expectedCities: [...new Set([college.cityCode, ...ctx.rng.sample(['370100', '370200', '370300', '370600', '370700'], ctx.rng.int(0, 2))])],
      // A phone for everyone: it is required before applying, and seeded students do apply.
      expectedChains: [offering.chainId], phone: mobile(ctx.rng), updatedAt: createdAt,
      intro: ctx.rng.chance(0.6) ? `${ctx.chainName.get(offering.chainId)}方向在校生，动手能力强，希望在${ctx.ref.cities.find((c) => c.adcode === college.cityCode)!.name}就业。` : null,
    })
    students.push({ userId, chainId: offering.chainId, cityCode: college.cityCode })
  }
  buildApplications(ctx, students, jobs, enterprises, demo)
  return students.slice(1).map((s) => s.userId)
}

function buildApplications(ctx: SeedContext, students: Student[], jobs: SeededJob[], enterprises: SeededOrg[], demo: DemoUsers) {
  const owner = new Map(enterprises.map((e) => [e.id, e.ownerUserId]))
  const orgName = new Map(enterprises.map((e) => [e.id, e.name]))
  const jobTitle = new Map(ctx.rows.job.map((j) => [j.id, j.title]))
  const open = jobs.filter((j) => j.publishedAt && j.status !== 'draft')
  // The demo student's application at 面试: the inbox's 面试邀请 below names its job.
  let demoInterview: { org: string; title: string } | undefined
  students.forEach((student, i) => {
    const matching = open.filter((j) => j.chainId === student.chainId)
    // The demo student's first application is to the demo enterprise (the inbox below refers to it).
    const picks = i === 0
      ? [open.find((j) => j.orgId === enterprises[0]!.id)!, ...ctx.rng.sample(matching.filter((j) => j.orgId !== enterprises[0]!.id), 3)]
      : ctx.rng.sample(matching.length >= 2 ? matching : open, ctx.rng.int(0, 2))
    for (const job of picks) {
      const final = i === 0 ? (['interview', 'viewed', 'submitted', 'offer'] as const)[ctx.rows.application.filter((a) => a.studentUserId === student.userId).length]! : ctx.rng.pick(FINAL)
      const id = ctx.rng.id()
      // The demo student's interview is coming up: invited two days ago (the 面试邀请 in the inbox), held in three days,
      // so 我的投递, 消息 and 我的日程 tell one story. Its dates replace the drawn ones after the draws, so the
      // random sequence, and every other seeded row, stays as it was.
      const upcoming = i === 0 && final === 'interview'
      const drawnAt = new Date(Math.max(job.publishedAt!.getTime(), ctx.daysAgo(40).getTime()) + ctx.rng.int(1, 20) * 3_600_000 * 24)
      const at = upcoming ? ctx.daysAgo(6) : drawnAt
      const steps = PATHS[final]
      let when = at
      steps.forEach((to, k) => {
        if (k > 0) when = new Date(when.getTime() + ctx.rng.int(1, 4) * 86_400_000)
        if (upcoming) when = ctx.daysAgo(6 - 2 * k)
        ctx.rows.applicationEvent.push({
          id: ctx.rng.id(), applicationId: id, from: k === 0 ? null : steps[k - 1]!, to, at: when,
          byUserId: to === 'submitted' || to === 'withdrawn' ? student.userId : owner.get(job.orgId) ?? null,
          reason: to === 'rejected' ? '岗位要求与您的专业方向不完全匹配，感谢关注。' : to === 'withdrawn' ? '已接受其他单位录用' : null,
        })
      })
      ctx.rows.application.push({ id, studentUserId: student.userId, jobId: job.id, status: final, consentAt: at, consentText: consentText(job.orgId, orgName.get(job.orgId)!, jobTitle.get(job.id)!, i === 0 || ctx.rng.chance(0.8)), createdAt: at, updatedAt: when })
      if (steps.includes('interview')) {
        const interviewAt = new Date(when.getTime() + ctx.rng.int(2, 6) * 86_400_000)
        interviewAt.setUTCHours(ctx.rng.pick([1, 2, 6, 7]), 30, 0, 0) // 09:30, 10:30, 14:30 or 15:30 Beijing time
        if (upcoming) {
          interviewAt.setTime(ctx.daysAgo(-3, 10.5).getTime())
          demoInterview = { org: orgName.get(job.orgId)!, title: jobTitle.get(job.id)! }
        }
        const interviewId = ctx.rng.id()
        ctx.rows.interview.push({
          id: interviewId, applicationId: id, at: interviewAt, createdAt: when,
          place: ctx.rng.chance(0.6) ? '公司人力资源部二楼会议室' : '线上视频面试（腾讯会议，会议号另行短信通知）',
          note: '请携带简历、成绩单和技能证书原件。',
        })
        ctx.rows.scheduleItem.push({ id: ctx.rng.id(), userId: student.userId, title: `面试：${jobTitle.get(job.id)}`, startsAt: interviewAt, interviewId, createdAt: when })
      }
    }
  })
  ctx.rows.inboxMessage.push(
    { id: ctx.rng.id(), userId: demo.demo_student.id, title: '面试邀请', body: `${demoInterview!.org}邀请您参加“${demoInterview!.title}”岗位面试，请在“我的投递”中查看时间和地点。`, link: null, createdAt: ctx.daysAgo(2) },
    { id: ctx.rng.id(), userId: demo.demo_student.id, title: '双选会报名成功', body: '您已报名“职链齐鲁”高端装备产业链专场双选会，入场时请出示报名二维码。', link: null, createdAt: ctx.daysAgo(1) },
    { id: ctx.rng.id(), userId: demo.demo_student.id, title: '简历完善提醒', body: '补充项目经历可以让企业更全面地了解您。', link: null, readAt: ctx.daysAgo(5), createdAt: ctx.daysAgo(6) },
  )
}
