/**
 * 项目台账 demo rows (decision 034): the demo enterprise's projects in each state, dated relative to the seed's day —
 * signed at the fair under way, an 订单班 in progress with a milestone due tomorrow, a training delivered and
 * completed — and one taken challenge validated by its enterprise (市场验题) with its completed project.
 */
import type { ProjectSource, ProjectStatus } from '../../generated/client/enums'
import type { SeedContext } from './context'
import type { SeededOrg } from './organizations'

interface MilestoneSeed { title: string; dueIn: number; doneAgo?: number }
interface ProjectSeed {
  title: string; source: ProjectSource; status: ProjectStatus; goals: string; parties: [string, string]; chainId: string | null
  signedAgo: number; completedAgo?: number; links?: { eventId?: string; challengeId?: string; courseId?: string }
  milestones: MilestoneSeed[]; updates: { ago: number; by: string; body: string; milestone?: number; statusTo?: ProjectStatus }[]
}

export function buildProjects(ctx: SeedContext, colleges: SeededOrg[], enterprises: SeededOrg[]) {
  const ent = enterprises[0]!
  const zibo = colleges.find((c) => c.name === '淄博职业学院')!
  const fair = ctx.rows.event.find((e) => e.kind === 'job_fair' && e.status === 'ongoing')!
  const ziboLists = new Set(ctx.rows.supplyList.filter((l) => l.collegeId === zibo.id).map((l) => l.id))
  const course = ctx.rows.trainingCourse.find((c) => ziboLists.has(c.listId))
  const seeds: ProjectSeed[] = [
    {
      title: '数控技术现代学徒制合作（双选周签约）', source: 'event_signing', status: 'signed', chainId: 'SD-C02', parties: [ent.id, zibo.id], signedAgo: 1,
      goals: '共建数控技术现代学徒制班，2027年起每年为企业定向培养30名数控加工技能人才，企业提供实训岗位和兼职导师。',
      links: { eventId: fair.id as string },
      milestones: [{ title: '签订学徒制培养协议', dueIn: 7 }, { title: '完成首批学徒遴选', dueIn: 30 }],
      updates: [],
    },
    {
      title: '2026级数控技术订单班', source: 'order_class', status: 'in_progress', chainId: 'SD-C02', parties: [ent.id, zibo.id], signedAgo: 90,
      goals: '订单班40人，企业参与课程设置并派驻工程师授课，学生第三学年进入企业岗位实习，毕业留用率不低于70%。',
      milestones: [{ title: '订单班开班', dueIn: -60, doneAgo: 61 }, { title: '企业导师进校授课', dueIn: 1 }, { title: '岗位实习安排', dueIn: 60 }],
      updates: [
        { ago: 61, by: zibo.id, body: '订单班已开班，40名学生完成选拔并签署三方协议。', milestone: 0, statusTo: 'in_progress' },
        { ago: 20, by: ent.id, body: '企业导师名单已确定，共4名高级技师，课表与学院教务处对接中。' },
      ],
    },
  ]
  if (course) {
    seeds.push({
      title: '一线班组长数控编程提升培训', source: 'training', status: 'completed', chainId: 'SD-C02', parties: [zibo.id, ent.id], signedAgo: 75, completedAgo: 15,
      goals: '为企业培训60名一线班组长，掌握数控编程与设备点检，培训后考核合格率不低于90%。',
      links: { courseId: course.id as string },
      milestones: [{ title: '第一期培训结业', dueIn: -45, doneAgo: 46 }, { title: '第二期培训结业', dueIn: -16, doneAgo: 16 }],
      updates: [
        { ago: 46, by: zibo.id, body: '第一期30人结业，考核合格28人。', milestone: 0, statusTo: 'in_progress' },
        { ago: 16, by: zibo.id, body: '第二期30人结业，考核合格29人。', milestone: 1 },
        { ago: 15, by: ent.id, body: '两期培训全部完成，合格率95%，项目验收。', statusTo: 'completed' },
      ],
    })
  }
  // 市场验题: the first taken challenge is validated in production and its project completed.
  const taken = ctx.rows.techChallenge.find((c) => c.status === 'taken')
  const taker = taken && ctx.rows.challengeTaker.find((t) => t.challengeId === taken.id && t.status === 'accepted')
  const owner = taken && ctx.rows.demandList.find((l) => l.id === taken.listId)
  if (taken && taker && owner) {
    Object.assign(taken, { validatedAt: ctx.daysAgo(5), inProduction: true, effect: '方案已在产线投用，相关工序不良率下降2.1个百分点', effectValue: '2.10', effectUnit: '个百分点' })
    seeds.push({
      title: `揭榜挂帅：${taken.title}`, source: 'challenge', status: 'completed', chainId: taken.chainId ?? null, parties: [owner.orgId, taker.collegeOrgId], signedAgo: 40, completedAgo: 6,
      goals: `${taken.target}`, links: { challengeId: taken.id as string },
      milestones: [{ title: '方案小批量试用', dueIn: -10, doneAgo: 12 }],
      updates: [
        { ago: 12, by: taker.collegeOrgId, body: '小批量试用完成，指标达到揭榜要求。', milestone: 0, statusTo: 'in_progress' },
        { ago: 6, by: owner.orgId, body: '成果已投产，完成验收。', statusTo: 'completed' },
      ],
    })
  }
  for (const s of seeds) {
    const id = ctx.rng.id()
    const signedAt = ctx.daysAgo(s.signedAgo, 10)
    const last = s.updates.length ? Math.min(...s.updates.map((u) => u.ago)) : s.signedAgo
    ctx.rows.project.push({
      id, title: s.title, source: s.source, status: s.status, goals: s.goals, chainId: s.chainId, ...s.links, signedAt,
      completedAt: s.completedAgo === undefined ? null : ctx.daysAgo(s.completedAgo, 16), createdAt: signedAt, updatedAt: ctx.daysAgo(last, 16),
    })
    for (const orgId of s.parties) ctx.rows.projectParty.push({ projectId: id, orgId, joinedAt: signedAt })
    const milestoneIds = s.milestones.map((m) => {
      const mid = ctx.rng.id()
      ctx.rows.projectMilestone.push({
        id: mid, projectId: id, title: m.title, dueAt: ctx.daysAgo(-m.dueIn, 18), createdAt: signedAt,
        doneAt: m.doneAgo === undefined ? null : ctx.daysAgo(m.doneAgo, 15), doneByOrgId: m.doneAgo === undefined ? null : s.parties[1],
      })
      return mid
    })
    for (const u of s.updates) {
      ctx.rows.projectUpdate.push({
        id: ctx.rng.id(), projectId: id, orgId: u.by, body: u.body, createdAt: ctx.daysAgo(u.ago, 16),
        milestoneId: u.milestone === undefined ? null : milestoneIds[u.milestone]!, statusTo: u.statusTo ?? null,
      })
    }
  }
}
