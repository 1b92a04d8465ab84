/** 附件1 院校供给清单 for every college: majors, enrolment, graduates, faculty, equipment, research, IP, courses, cases. */
import type { DestinationType, DeliveryMode, IpKind, ListStatus, ResearchLevel } from '../../generated/client/enums'
import { CITY_SHORT } from './colleges'
import { CHAIN_CONTENT } from './chain-content'
import { shanghaiYear, type SeedContext } from './context'
import { mobile, personName } from './names'
import type { SeededOrg } from './organizations'

/**
 * The lists' year is the year the seed runs (Shanghai), as the analytics read a year: the report, map and chain pages
 * then open on a year holding both the supply lists and the jobs published relative to today (decision 076).
 */
const supplyYear = (ctx: SeedContext) => shanghaiYear(ctx.today)
/** 近3年: the three years before the list's year. */
const cohortYears = (ctx: SeedContext) => [supplyYear(ctx) - 3, supplyYear(ctx) - 2, supplyYear(ctx) - 1]

export interface SeededOffering { collegeId: string; majorCode: string; chainId: string }

export function buildSupplyLists(ctx: SeedContext, colleges: SeededOrg[], enterprises: SeededOrg[]): SeededOffering[] {
  const offerings: SeededOffering[] = []
  colleges.forEach((college, i) => {
    const listId = ctx.rng.id()
    const status: ListStatus = college.verification !== 'verified' ? 'draft' : i % 9 === 4 ? 'submitted' : 'approved'
    const filledAt = ctx.daysAgo(60 - i)
    ctx.rows.supplyList.push({
      id: listId, collegeId: college.id, year: supplyYear(ctx), status, version: status === 'approved' ? 2 : 1,
      filledBy: personName(ctx.rng), filledByPhone: mobile(ctx.rng), filledAt,
      submittedAt: status === 'draft' ? null : filledAt, reviewedAt: status === 'approved' ? ctx.daysAgo(50 - i) : null,
      createdAt: ctx.daysAgo(90 - i), updatedAt: filledAt,
    })
    const majors = offerMajors(ctx, college, listId)
    offerings.push(...majors.map(({ code, chainId }) => ({ collegeId: college.id, majorCode: code, chainId })))
    for (const { code, chainId } of majors) buildMajorFigures(ctx, listId, code, chainId)
    buildCapabilities(ctx, listId, college, enterprises)
  })
  return offerings
}

/** 相关专业设置 ¹: three or four catalogue majors per chain the college serves. */
function offerMajors(ctx: SeedContext, college: SeededOrg, listId: string) {
  const byCode = new Map<string, { code: string; chainId: string; offeringId: string }>()
  for (const chainId of college.chains) {
    const pool = ctx.majorsByChain.get(chainId) ?? []
    // 淄博职业学院 always runs 机电一体化技术: the demo student studies it.
    const picks = ctx.rng.sample(pool.slice(0, 8), ctx.rng.int(3, 4))
    if (college.name === '淄博职业学院' && chainId === 'SD-C02' && !picks.includes('460301')) picks[0] = '460301'
    for (const code of picks) {
      const existing = byCode.get(code)
      if (existing) {
        ctx.rows.majorOfferingChain.push({ offeringId: existing.offeringId, chainId })
        continue
      }
      const offeringId = ctx.rng.id()
      byCode.set(code, { code, chainId, offeringId })
      ctx.rows.majorOffering.push({ id: offeringId, listId, majorCode: code })
      ctx.rows.majorOfferingChain.push({ offeringId, chainId })
    }
  }
  return [...byCode.values()]
}

const DESTINATION_SHARES: [DestinationType, number, number][] = [
  ['private', 0.5, 0.64], ['state_owned', 0.1, 0.2], ['foreign', 0.03, 0.08], ['public_institution', 0.02, 0.05],
  ['further_study', 0.08, 0.16], ['self_employed', 0.01, 0.02],
]

/** 在校生规模 ², 毕业生规模 ³ and 师资队伍情况 ⁴ for one major. */
function buildMajorFigures(ctx: SeedContext, listId: string, majorCode: string, chainId: string) {
  const size = ctx.rng.int(2, 6) * 40
  for (let grade = 1; grade <= 3; grade++) {
    ctx.rows.enrolment.push({ id: ctx.rng.id(), listId, majorCode, grade, count: size + ctx.rng.int(-25, 25) })
  }
  const titles = CHAIN_CONTENT[chainId]!.jobs.map((j) => j.title)
  for (const year of cohortYears(ctx)) {
    const cohortId = ctx.rng.id()
    const count = size + ctx.rng.int(-35, 15)
    let left = count
    const destinations = DESTINATION_SHARES.map(([type, lo, hi]) => {
      const n = Math.min(left, Math.round(count * (lo + ctx.rng.next() * (hi - lo))))
      left -= n
      return { type, n }
    })
    destinations.push({ type: 'other', n: left })
    ctx.rows.graduateCohort.push({ id: cohortId, listId, majorCode, year, count, employedCount: count - left - destinations.find((d) => d.type === 'further_study')!.n })
    for (const { type, n } of destinations) {
      if (n <= 0) continue
      const mainPositions =
        type === 'further_study' ? ['专升本'] : type === 'self_employed' ? ['技术服务工作室', '电商创业'] : type === 'other' ? [] : ctx.rng.sample(titles, 2)
      ctx.rows.graduateDestination.push({ id: ctx.rng.id(), cohortId, type, count: n, mainPositions })
    }
  }
  ctx.rows.faculty.push({
    id: ctx.rng.id(), listId, majorCode, fullTime: ctx.rng.int(10, 36), seniorTitleShare: (ctx.rng.int(180, 480) / 1000).toFixed(3),
    partTimeFromIndustry: ctx.rng.int(3, 14),
    industryBackground: `兼职教师来自${ctx.chainName.get(chainId)}领域重点企业，平均行业从业经历${ctx.rng.int(8, 20)}年，多为高级技师或工程师`,
  })
}

const LEVELS: ResearchLevel[] = ['national', 'provincial', 'provincial', 'municipal', 'municipal', 'enterprise', 'enterprise', 'enterprise', 'school']
const AMOUNT_WAN: Record<ResearchLevel, [number, number]> = {
  national: [50, 200], provincial: [10, 60], municipal: [5, 30], enterprise: [5, 120], school: [1, 5],
}

/** 重大仪器设备 ⁵⁶, 科研 ⁷, 培训 ⁸ and 典型案例 ⁹. */
function buildCapabilities(ctx: SeedContext, listId: string, college: SeededOrg, enterprises: SeededOrg[]) {
  const city = CITY_SHORT[college.cityCode]
  const partners = (chainId: string) => {
    const same = enterprises.filter((e) => e.chains.includes(chainId) && e.verification === 'verified')
    return same.length ? same : enterprises
  }
  for (const chainId of college.chains) {
    const content = CHAIN_CONTENT[chainId]!
    for (const item of content.equipment) {
      const open = ctx.rng.chance(0.65)
      const paid = open && ctx.rng.chance(0.5)
      const equipmentId = ctx.rng.id()
      ctx.rows.equipmentChain.push({ equipmentId, chainId })
      ctx.rows.equipment.push({
        id: equipmentId, listId, name: item.name, model: null, quantity: /(实训台|工作站|平台|系统)$/.test(item.name) ? ctx.rng.int(2, 12) : ctx.rng.int(1, 3), coreFunction: item.fn, open,
        openHours: open ? ctx.rng.pick(['工作日 8:30-17:00', '工作日 14:00-17:30，寒暑假全天', '每周二、四全天', '需提前3个工作日预约']) : null,
        fee: open ? (paid ? 'paid' : 'free') : null,
        feeNote: paid ? `按机时收费，${ctx.rng.int(2, 12) * 50}元/小时（含耗材另计）` : null,
        cooperationMode: open ? ctx.rng.pick(['预约使用，学校安排技术人员协助', '委托检测', '联合开展技术服务', '共建共享实训基地']) : null,
      })
    }
    for (const topic of content.research) {
      const level = ctx.rng.pick(LEVELS)
      const year = ctx.rng.pick(cohortYears(ctx))
      const [lo, hi] = AMOUNT_WAN[level]
      const projectId = ctx.rng.id()
      ctx.rows.researchProjectChain.push({ projectId, chainId })
      ctx.rows.researchProject.push({
        id: projectId, listId, name: topic, level, year,
        outcomeType: ctx.rng.pick(['新工艺', '样机', '技术标准', '技术报告', '软件系统', '发明专利']),
        commissioningUnit:
          level === 'enterprise' ? ctx.rng.pick(partners(chainId)).name
          : level === 'national' ? '教育部' : level === 'provincial' ? ctx.rng.pick(['山东省科学技术厅', '山东省教育厅', '山东省工业和信息化厅'])
          : level === 'municipal' ? `${city}市科学技术局` : college.name,
        amountWan: (ctx.rng.int(lo * 10, hi * 10) / 10).toFixed(2),
        finished: year < supplyYear(ctx) - 1 ? ctx.rng.chance(0.85) : false,
      })
    }
    const ip: [IpKind, string][] = [
      ['invention_patent', `一种用于${content.equipment[0]!.name}的${ctx.rng.pick(['在线检测', '智能控制', '故障预警'])}方法`],
      ['utility_patent', `一种${content.equipment[ctx.rng.int(0, content.equipment.length - 1)]!.name}用${ctx.rng.pick(['快速定位工装', '安全防护装置', '辅助支架', '夹持装置'])}`],
      ['software_copyright', `${ctx.chainName.get(chainId)}${ctx.rng.pick(['实训教学管理系统', '设备运维管理平台', '生产数据采集软件'])}V1.0`],
    ]
    for (const [kind, name] of ip) {
      const year = ctx.rng.pick([supplyYear(ctx) - 2, supplyYear(ctx) - 1, supplyYear(ctx)])
      const number = kind === 'software_copyright'
        ? `${year}SR${String(ctx.rng.int(100000, 1999999)).padStart(7, '0')}`
        : `ZL${year}${kind === 'invention_patent' ? 1 : 2}${String(ctx.rng.int(0, 9_999_999)).padStart(7, '0')}.${ctx.rng.int(0, 9)}`
      ctx.rows.intellectualProperty.push({ id: ctx.rng.id(), listId, kind, name, number, year })
    }
    const title = ctx.rng.pick(content.courses)
    const days = ctx.rng.int(2, 10)
    const seats = ctx.rng.int(3, 5) * 10
    const courseId = ctx.rng.id()
    ctx.rows.trainingCourseChain.push({ courseId, chainId })
    ctx.rows.trainingCourse.push({
      id: courseId, listId, title, format: ctx.rng.pick<DeliveryMode>(['offline', 'offline', 'hybrid', 'online']),
      // The description speaks of the course's own subject (it used the chain's first job's skills, which need not match).
      content: `面向${ctx.chainName.get(chainId)}企业一线员工与技术骨干，围绕「${title}」讲授相关原理、操作规范与典型案例，理论讲解与实操训练结合，结业颁发培训证书。`,
      periodDays: days, hours: days * 8, seatsPerSession: seats, yearlyCapacity: seats * ctx.rng.int(4, 12),
      startDate: ctx.daysAgo(-ctx.rng.int(10, 120)), cityCode: college.cityCode,
      fee: ctx.rng.chance(0.5) ? null : (ctx.rng.int(8, 30) * 100).toFixed(2),
    })
  }
  for (const chainId of ctx.rng.sample(college.chains, 2)) {
    const partner = ctx.rng.pick(partners(chainId))
    const mode = ctx.rng.pick(['订单班', '产业学院', '联合实验室', '现代学徒制试点班'])
    ctx.rows.caseStudy.push({
      id: ctx.rng.id(), listId, partner: partner.name, year: ctx.rng.pick([supplyYear(ctx) - 2, supplyYear(ctx) - 1]),
      title: `与${partner.name}共建${mode}`,
      content: `学校与${partner.name}围绕${ctx.chainName.get(chainId)}岗位需求共建${mode}，企业工程师参与人才培养方案制定和实训教学，学生在企业完成岗位实习。`,
      outcome: `累计培养学生${ctx.rng.int(60, 300)}人，留用率${ctx.rng.int(55, 85)}%，联合完成技术改进项目${ctx.rng.int(2, 8)}项。`,
    })
  }
}
