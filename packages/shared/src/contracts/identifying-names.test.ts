import { describe, expect, it } from 'vitest'
import { DemandListInput } from './demand-list'
import { EnterpriseJobCreateSchema } from './jobs'
import { sampleDemandList, sampleSupplyList } from './list-samples'
import { SupplyListInput } from './supply-list'
import { DIRECTION_CONTROL_MESSAGE, INVISIBLE_TEXT_MESSAGE } from './text'
import { ChainPatchBodySchema } from './admin'
import { ChainCreateBodySchema } from './chains-admin'
import { EventCreateSchema, EventUpdateSchema, SessionCreateSchema } from './events'
import { ProfileInputSchema } from './profile'
import { AddMilestoneBodySchema, CreateProjectBodySchema } from './projects'
import { SIGNUP_PRIVACY_VERSION, StudentSignupBodySchema } from './signup'

/**
 * Decision 060: the names that identify a unit or a job on the lists (附件1 院校名称, 附件2 企业名称 and 岗位名称, which is
 * also the title of a job posted from 我的岗位) refuse invisible characters as unit names do (decision 056), not only
 * when nothing visible is left.
 */
const HIDDEN = [
  ['a zero-width space', '\u200b'],
  ['a zero-width joiner', '\u200d'],
  ['a right-to-left mark', '\u200f'],
  ['a right-to-left override', '\u202e'],
  ['a soft hyphen', '\u00ad'],
  ['a word joiner', '\u2060'],
  ['a byte-order mark', '\ufeff'],
] as const

type Parsed = { error?: { issues: { path: PropertyKey[]; message: string }[] } }
/** Every message at `path`: a direction control also breaks text()'s own rule, which speaks first. */
const messagesAt = (result: Parsed, path: string) => result.error?.issues.filter((i) => i.path.join('.') === path).map((i) => i.message) ?? []
const messageAt = (result: Parsed, path: string) => messagesAt(result, path)[0]

describe('names that identify a unit or a job refuse invisible characters', () => {
  it.each(HIDDEN)('refuses %s inside 附件1’s 院校名称', (_what, hidden) => {
    const v = sampleSupplyList()
    v.college.name = `山东示例${hidden}职业技术学院`
    expect(messagesAt(SupplyListInput.safeParse(v), 'college.name')).toContain('院校名称中含有不可见字符，请删除后重试')
  })

  it.each(HIDDEN)('refuses %s inside 附件2’s 企业名称 and 岗位名称', (_what, hidden) => {
    const v = sampleDemandList()
    v.org.name = `济南示例${hidden}机床有限公司`
    v.jobs[0]!.title = `数控${hidden}车工`
    const result = DemandListInput.safeParse(v)
    expect(messagesAt(result, 'org.name')).toContain('企业名称中含有不可见字符，请删除后重试')
    expect(messagesAt(result, 'jobs.0.title')).toContain('岗位名称中含有不可见字符，请删除后重试')
  })

  it.each(HIDDEN)('refuses %s inside the title of a job posted from 我的岗位', (_what, hidden) => {
    const job = { ...sampleDemandList().jobs[0]!, chainId: 'SD-C02' }
    expect(messagesAt(EnterpriseJobCreateSchema.safeParse({ ...job, title: `设备${hidden}维修技师` }), 'title')).toContain('岗位名称中含有不可见字符，请删除后重试')
  })

  it('keeps the sample names, and ordinary spaces and punctuation inside them', () => {
    const supply = sampleSupplyList()
    supply.college.name = '山东示例职业技术学院（东校区）'
    expect(SupplyListInput.safeParse(supply).success).toBe(true)
    const demand = sampleDemandList()
    demand.jobs[0]!.title = 'PLC 编程工程师（自动化·产线）'
    expect(DemandListInput.safeParse(demand).success).toBe(true)
  })
})

describe('the lists’ other text fields obey the character rules of every client text (decision 060)', () => {
  it('refuses a direction override and a value of only invisible characters in 附件2, typed or imported alike', () => {
    const v = sampleDemandList()
    v.jobs[0]!.description = '\u202e司公限有械机'
    v.trainingNeeds[0]!.content = '\u200b\u200b'
    v.cooperationNote = '\u2060'
    const result = DemandListInput.safeParse(v)
    expect(messageAt(result, 'jobs.0.description')).toBe(DIRECTION_CONTROL_MESSAGE)
    expect(messageAt(result, 'trainingNeeds.0.content')).toBe(INVISIBLE_TEXT_MESSAGE)
    expect(messageAt(result, 'cooperationNote')).toBe(INVISIBLE_TEXT_MESSAGE)
  })

  it('refuses the same in 附件1, and keeps an empty optional field and an emoji joined by zero-width joiners', () => {
    const v = sampleSupplyList()
    v.cases[0]!.content = '校企共建\u2066订单班'
    v.equipment[0]!.coreFunction = '五轴联动加工👩‍🔧'
    const result = SupplyListInput.safeParse(v)
    expect(messageAt(result, 'cases.0.content')).toBe(DIRECTION_CONTROL_MESSAGE)
    expect(messageAt(result, 'equipment.0.coreFunction')).toBeUndefined()
    v.cases[0]!.content = '校企共建订单班'
    expect(SupplyListInput.safeParse(v).success).toBe(true)
  })
})

/**
 * Decision 064: every other title or name a person reads as the name of a thing (an event and its agenda items, a
 * signed project and its milestones, a 揭榜挂帅 challenge, the lists' equipment, projects, patents, courses and cases,
 * a skill, a chain, a person's name and a unit's contact) refuses format characters as 岗位名称 does.
 */
describe('titles and names elsewhere refuse invisible characters too (decision 064)', () => {
  const at = (hidden: string) => `焊接${hidden}机器人`
  const cases: [string, (hidden: string) => Parsed, string, string][] = [
    ['an event title', (h) => EventCreateSchema.safeParse({ kind: 'job_fair', format: 'onsite', title: at(h), cityCode: '370100', startsAt: '2027-03-01T09:00:00+08:00', endsAt: '2027-03-01T17:00:00+08:00' }), 'title', '活动名称'],
    ['an event title changed', (h) => EventUpdateSchema.safeParse({ title: at(h) }), 'title', '活动名称'],
    ['an agenda item', (h) => SessionCreateSchema.safeParse({ title: at(h), kind: 'talk', startsAt: '2027-03-01T09:00:00+08:00', endsAt: '2027-03-01T10:00:00+08:00' }), 'title', '议程名称'],
    ['a signed project', (h) => CreateProjectBodySchema.safeParse({ source: 'order_class', title: `订单班${at(h)}`, goals: '共同培养焊接机器人运维人才三十名' }), 'title', '项目名称'],
    ['a milestone', (h) => AddMilestoneBodySchema.safeParse({ title: at(h), dueDate: '2027-06-30' }), 'title', '里程碑名称'],
    ['a chain renamed', (h) => ChainPatchBodySchema.safeParse({ name: at(h) }), 'name', '产业链名称'],
    ['a chain’s name', (h) => ChainCreateBodySchema.shape.name.safeParse(at(h)), '', '产业链名称'],
    ['a student’s name', (h) => ProfileInputSchema.shape.realName.safeParse(`张${h}三`), '', '姓名'],
    ['a student’s name at sign-up', (h) => StudentSignupBodySchema.safeParse({ username: 'zhang_san_064', password: 'Qilu2026pass', realName: `张${h}三`, privacyVersion: SIGNUP_PRIVACY_VERSION }), 'realName', '姓名'],
  ]
  it.each(HIDDEN.flatMap(([what, hidden]) => cases.map(([name, parse, path, label]) => [`${what} in ${name}`, parse, hidden, path, label] as const)))(
    'refuses %s', (_what, parse, hidden, path, label) => {
      expect(messagesAt(parse(hidden), path)).toContain(`${label}中含有不可见字符，请删除后重试`)
    })

  it.each(HIDDEN)('refuses %s inside 附件2’s 技术难题名称 and 技能点', (_what, hidden) => {
    const v = sampleDemandList()
    v.challenges[0]!.title = `主轴${hidden}热变形`
    v.jobs[0]!.skills[0]!.name = `数控${hidden}编程`
    const result = DemandListInput.safeParse(v)
    expect(messagesAt(result, 'challenges.0.title')).toContain('技术难题名称中含有不可见字符，请删除后重试')
    expect(messagesAt(result, 'jobs.0.skills.0.name')).toContain('技能点中含有不可见字符，请删除后重试')
  })

  it.each(HIDDEN)('refuses %s inside 附件1’s equipment, project, patent, course and case names', (_what, hidden) => {
    const v = sampleSupplyList()
    v.equipment[0]!.name = `五轴${hidden}加工中心`
    v.researchProjects[0]!.name = `主轴${hidden}补偿`
    v.ip[0]!.name = `刀具${hidden}检测装置`
    v.trainingCourses[0]!.title = `五轴${hidden}编程`
    v.cases[0]!.title = `数控${hidden}订单班`
    const result = SupplyListInput.safeParse(v)
    expect(messagesAt(result, 'equipment.0.name')).toContain('设备名称中含有不可见字符，请删除后重试')
    expect(messagesAt(result, 'researchProjects.0.name')).toContain('项目名称中含有不可见字符，请删除后重试')
    expect(messagesAt(result, 'ip.0.name')).toContain('名称中含有不可见字符，请删除后重试')
    expect(messagesAt(result, 'trainingCourses.0.title')).toContain('培训课程名称中含有不可见字符，请删除后重试')
    expect(messagesAt(result, 'cases.0.title')).toContain('案例名称中含有不可见字符，请删除后重试')
  })

  it('keeps the same titles without the hidden character', () => {
    for (const [name, parse, path] of cases) expect(messagesAt(parse(''), path), name).toEqual([])
    expect(DemandListInput.safeParse(sampleDemandList()).success).toBe(true)
    expect(SupplyListInput.safeParse(sampleSupplyList()).success).toBe(true)
  })
})
