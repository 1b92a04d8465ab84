/** Fairs and matchmaking events (policy 000 三(三)) with sessions, booths, booth jobs and registrations. */
import type { EventFormat, EventKind, EventStatus } from '../../generated/client/enums'
import type { DemoUsers } from './accounts'
import type { SeedContext } from './context'
import type { SeededJob } from './demand'
import type { SeededOrg } from './organizations'

interface EventSeed {
  kind: EventKind; format: EventFormat; title: string; chains: string[]; cityCode: string; organizer: string; venue: string
  inDays: number; status: EventStatus
  /** [title, kind, room], or with [start, end] hours of the day when sessions run side by side. */
  sessions: ([string, string, string] | [string, string, string, number, number])[]
  /**
   * Days from the base date when students may start registering (default: 20 days before the event).
   * Set for the fair the demo registers for: its window stays open long after the base date, and the
   * demo student is left unregistered so the demo (and the browser test) can register.
   */
  studentRegFrom?: number
  /** How many days it runs (default 1), 09:00 on the first to 16:00 on the last. */
  days?: number
}

const EVENTS: EventSeed[] = [
  {
    // Under way whenever the seed runs (yesterday to tomorrow), the demo student registered: check-in is open
    // (from 2 hours before the start to the end, decision 014), so the demo and the browser test can check in.
    kind: 'job_fair', format: 'onsite', title: '山东省职业院校毕业生就业双选周（济南站）', chains: ['SD-C02', 'SD-C01'], cityCode: '370100',
    organizer: '济南职业学院', venue: '山东国际会展中心3号馆', inDays: -1, days: 3, status: 'ongoing',
    sessions: [['开幕式', '仪式', '主会场'], ['产业链人才需求发布', '宣讲', '报告厅']],
  },
  {
    kind: 'job_fair', format: 'onsite', title: '2026年“职链齐鲁”高端装备产业链专场双选会', chains: ['SD-C02', 'SD-C15', 'SD-C09'], cityCode: '370300',
    organizer: '淄博职业学院', venue: '淄博职业学院体育馆', inDays: 20, status: 'published',
    sessions: [['开幕式', '仪式', '主会场'], ['链主企业宣讲：高端装备人才需求', '宣讲', '报告厅'], ['专场招聘', '招聘', '体育馆A、B区'], ['校企合作签约仪式', '签约', '主会场']],
  },
  {
    kind: 'matchmaking', format: 'hybrid', title: '船舶和海工装备产业链校企对接会', chains: ['SD-C05'], cityCode: '370200',
    organizer: '青岛港湾职业技术学院', venue: '青岛港湾职业技术学院学术报告厅', inDays: 35, status: 'published',
    sessions: [['产业链人才供需报告发布', '报告', '报告厅'], ['校企对接洽谈', '洽谈', '洽谈区'], ['实训基地参观', '考察', '船舶实训中心']],
  },
  {
    kind: 'challenge', format: 'onsite', title: '高端化工产业链“揭榜挂帅”技术难题发布会', chains: ['SD-C06', 'SD-C04'], cityCode: '370500',
    organizer: '东营职业学院', venue: '东营职业学院图书馆报告厅', inDays: 12, status: 'published',
    sessions: [['企业技术难题发布', '发布', '报告厅'], ['院校团队揭榜答辩', '答辩', '第一会议室'], ['项目签约', '签约', '报告厅']],
  },
  {
    kind: 'roadshow', format: 'online', title: '新一代信息技术产业链院校科技成果线上路演', chains: ['SD-C01', 'SD-C13'], cityCode: '370100',
    organizer: '济南职业学院', venue: '线上直播', inDays: -20, status: 'finished',
    sessions: [['工业互联网成果路演', '路演', '直播间一'], ['人工智能应用成果路演', '路演', '直播间二']],
  },
  {
    kind: 'signing', format: 'onsite', title: '医药产业链产教融合项目集中签约仪式', chains: ['SD-C08', 'SD-C17'], cityCode: '371700',
    organizer: '菏泽职业学院', venue: '菏泽职业学院会议中心', inDays: 50, status: 'draft',
    sessions: [['集中签约', '签约', '会议中心']],
  },
  {
    kind: 'job_fair', format: 'onsite', title: '2027年“职链齐鲁”春季校园双选会（智能制造专场）', chains: ['SD-C02', 'SD-C09'], cityCode: '370100',
    organizer: '济南职业学院', venue: '济南职业学院学生活动中心', inDays: 166, status: 'published', studentRegFrom: -10,
    sessions: [
      ['开幕式', '仪式', '主会场', 9, 9.5], ['智能制造企业联合宣讲', '宣讲', '报告厅', 10, 11],
      ['简历诊断与模拟面试', '辅导', '二楼工作坊', 10.5, 11.5], ['专场招聘', '招聘', '学生活动中心一楼', 9.5, 16],
    ],
  },
]

export function buildEvents(ctx: SeedContext, colleges: SeededOrg[], enterprises: SeededOrg[], jobs: SeededJob[], studentIds: string[], demo: DemoUsers) {
  for (const seed of EVENTS) {
    const id = ctx.rng.id()
    const startsAt = ctx.daysAgo(-seed.inDays, 9)
    const endsAt = ctx.daysAgo(-(seed.inDays + (seed.days ?? 1) - 1), 16)
    const createdAt = ctx.daysAgo(Math.max(30, 30 - seed.inDays))
    ctx.rows.event.push({
      id, kind: seed.kind, format: seed.format, title: seed.title, cityCode: seed.cityCode, venue: seed.venue, startsAt, endsAt,
      description: `由${seed.organizer}承办，面向${seed.chains.map((c) => ctx.chainName.get(c)).join('、')}产业链企业和院校。`,
      enterpriseRegOpens: ctx.daysAgo(-seed.inDays + 30), enterpriseRegCloses: ctx.daysAgo(-seed.inDays + 5),
      studentRegOpens: ctx.daysAgo(seed.studentRegFrom === undefined ? -seed.inDays + 20 : -seed.studentRegFrom), studentRegCloses: ctx.daysAgo(-seed.inDays + 1),
      capacity: seed.kind === 'job_fair' ? 1200 : 300, status: seed.status,
      organizerOrgId: colleges.find((c) => c.name === seed.organizer)?.id ?? null, createdByUserId: demo.demo_admin.id, createdAt, updatedAt: createdAt,
    })
    for (const chainId of seed.chains) ctx.rows.eventChain.push({ eventId: id, chainId })
    seed.sessions.forEach(([title, kind, room, from, to], k) => {
      const sessionId = ctx.rng.id()
      ctx.rows.eventSession.push({
        id: sessionId, eventId: id, title, kind, room, speakers: kind === '宣讲' || kind === '报告' ? ['产业链链主企业人力资源总监', '省教育厅职业教育处负责同志'] : [],
        startsAt: ctx.daysAgo(-seed.inDays, from ?? 9 + k * 1.5), endsAt: ctx.daysAgo(-seed.inDays, to ?? 10 + k * 1.5),
      })
    })
    if (seed.status === 'draft') continue
    // Exhibitors whose main chain is the event's: a firm that only lists the chain second (a chemical firm that
    // also supplies shipyards) would look out of place at the shipbuilding fair.
    const exhibitors = enterprises.filter((e) => e.verification === 'verified' && seed.chains.includes(e.chains[0]!))
    const withDemo = seed.kind === 'job_fair' ? [enterprises[0]!, ...exhibitors.filter((e) => e.id !== enterprises[0]!.id)] : exhibitors
    withDemo.slice(0, 24).forEach((org, k) => {
      const boothId = ctx.rng.id()
      const approved = k < 18
      ctx.rows.booth.push({
        id: boothId, eventId: id, orgId: org.id, status: approved ? 'approved' : 'applied', createdAt, updatedAt: createdAt,
        number: approved ? `${k < 12 ? 'A' : 'B'}${String((k % 12) + 1).padStart(2, '0')}` : null, zone: approved ? (k < 12 ? 'A区' : 'B区') : null,
      })
      for (const job of jobs.filter((j) => j.orgId === org.id && j.status === 'open').slice(0, 3)) ctx.rows.boothJob.push({ boothId, jobId: job.id })
      // Interview slots at the approved booths of upcoming fairs: half-hour slots in the afternoon, open for booking.
      if (approved && seed.kind === 'job_fair' && seed.inDays > 0 && k < 6) {
        for (let n = 0; n < 4; n++) {
          const from = 13.5 + n * 0.5
          ctx.rows.interviewSlot.push({
            id: ctx.rng.id(), boothId, startsAt: ctx.daysAgo(-seed.inDays, from), endsAt: ctx.daysAgo(-seed.inDays, from + 0.5),
            bookedByUserId: null, createdAt,
          })
        }
      }
    })
    const withDemoStudent = seed.kind === 'job_fair' && seed.studentRegFrom === undefined
    const visitors = seed.kind === 'job_fair' ? [...(withDemoStudent ? [demo.demo_student.id] : []), ...ctx.rng.sample(studentIds, 60)] : ctx.rng.sample(studentIds, 25)
    for (const userId of visitors) {
      ctx.rows.eventRegistration.push({
        id: ctx.rng.id(), eventId: id, userId, createdAt: ctx.daysAgo(Math.max(1, -seed.inDays + 10)),
        checkedInAt: seed.status === 'finished' && ctx.rng.chance(0.8) ? ctx.daysAgo(-seed.inDays, 9.5) : null,
      })
    }
  }
}
