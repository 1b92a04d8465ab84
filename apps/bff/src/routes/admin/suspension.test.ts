import { createAdmin, createCollege, createEnterprise, createEvent, createJob, createMember, createStudent } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import { AdminOrgSchema } from '@zhilian/shared/contracts/admin'
import { ChainAnalyticsSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import { MyApplicationsPageSchema } from '@zhilian/shared/contracts/applications'
import { JobDetailSchema, JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { EventDetailSchema, EventPageSchema } from '@zhilian/shared/contracts/events'
import { MeSchema } from '@zhilian/shared/contracts/me'
import { ReviewPageSchema } from '@zhilian/shared/contracts/review'
import { JobRecommendationsSchema } from '@zhilian/shared/contracts/recommendations'
import { HomeStatsSchema } from '@zhilian/shared/contracts/stats'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { JobPlanSchema, SubmittedSchema } from '@zhilian/shared/contracts/lists'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { organiser, postEvent, register } from '../../testing/event-fixtures'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { stampAsRead } from '../../testing/review-as-read'
import { demandSections } from '../../testing/list-sections'

/**
 * Decision 083: 暂停 takes a unit out of every count and list of verified units and its open jobs offline, in one
 * transaction; 恢复 brings back exactly what the suspension took. Each test makes its own unit, so they run in any order.
 */
let h: Harness
let province: string
let student: string
let studentId: string
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  province = await h.tokenFor(await createAdmin(h.prisma))
  const s = await createStudent(h.prisma, { profile: { majorCode: '460301', skills: ['焊接'], expectedCities: [DONGYING], expectedChains: [CHAIN] } })
  studentId = s.id
  student = await h.tokenFor(s)
})
afterAll(() => h.close())

const CHAIN = 'SD-C02'
const DONGYING = '370500'
const YEAR = 2026
const DAY = 86_400_000
/** The year's demand a unit below adds: its three published jobs of 5 each (the one in review is not counted yet). */
const COUNTED = 15
let seq = 0

const post = (token: string, id: string, action: 'suspend' | 'restore', reason = '核查发现营业执照系冒用') =>
  h.app.request(`/api/admin/organizations/${id}/${action}`, jsonInit('POST', { reason }, bearer(token)))
const admin = async (overrides: Parameters<typeof createAdmin>[1] = {}) => h.tokenFor(await createAdmin(h.prisma, overrides))

/** A verified enterprise in 东营 with an owner, two open jobs (one closing tomorrow), one paused by hand, one in review. */
async function unit() {
  const title = `焊接机器人操作员${++seq}号`
  const org = await createEnterprise(h.prisma, { cityCode: DONGYING, chainIds: [CHAIN], name: `东营可疑装备${seq}有限公司` })
  const owner = await createMember(h.prisma, org, { isOwner: true })
  const job = (over: Parameters<typeof createJob>[1]) =>
    createJob(h.prisma, { orgId: org.id, chainId: CHAIN, cityCode: DONGYING, majorCodes: ['460301'], headcount: 5, publishedAt: new Date(`${YEAR}-03-01`), ...over })
  const open = await job({ title, closesAt: new Date(Date.now() + 30 * DAY) })
  const closing = await job({ title: `${title}（短期）`, closesAt: new Date(Date.now() + DAY) })
  const paused = await job({ title: `${title}（暂停）`, status: 'paused' })
  const review = await job({ title: `${title}（待审）`, status: 'pending_review' })
  const application = await h.prisma.application.create({ data: { jobId: open.id, studentUserId: studentId, consentAt: new Date(), consentText: '同意向该企业提供简历' } })
  return { org, title, open, closing, paused, review, application, ownerToken: await h.tokenFor(owner.user) }
}

/** What the public and the officials see of the unit: search, detail, recommendations, the map, the chain page, home. */
async function seen(u: Awaited<ReturnType<typeof unit>>) {
  const api = h.clientAs(student).api
  const search = JobListPageSchema.parse(await (await api.jobs.$get({ query: { q: u.title } })).json())
  const detail = await api.jobs[':id'].$get({ param: { id: u.open.id } })
  const recommended = JobRecommendationsSchema.parse(await (await api.recommendations.jobs.$get({ query: { limit: 50 } })).json())
  const map = MapSchema.parse(await (await h.clientAs(province).api.map.$get({ query: { chainId: CHAIN, year: YEAR } })).json())
  const chain = ChainAnalyticsSchema.parse(await (await h.clientAs(province).api.analytics.chains[':id'].$get({ param: { id: CHAIN }, query: { year: YEAR } })).json())
  const home = HomeStatsSchema.parse(await (await h.client.api.stats.home.$get()).json())
  return {
    search: search.items.map((j) => j.id).sort(),
    detail: detail.status,
    recommended: recommended.items.some((i) => i.job.id === u.open.id),
    mapDemand: map.cities.find((c) => c.adcode === DONGYING)!.demand,
    chainDemand: chain.demand.byCity.find((c) => c.cityCode === DONGYING)?.headcount ?? 0,
    homeOpenJobs: home.province.openJobs,
    homeEnterprises: home.province.enterprises,
  }
}

describe('POST /api/admin/organizations/{id}/suspend and /restore (decision 083)', () => {
  it('takes the unit out of search, detail, recommendations, the map, the chain page and home, and brings it all back', async () => {
    const u = await unit()
    const before = await seen(u)
    expect(before.search).toEqual([u.open.id, u.closing.id].sort())
    expect(before).toMatchObject({ detail: 200, recommended: true })
    expect(before.mapDemand).toBeGreaterThanOrEqual(COUNTED)

    const res = await post(province, u.org.id, 'suspend')
    expect(res.status).toBe(200)
    const suspended = AdminOrgSchema.parse(await res.json())
    expect(suspended).toMatchObject({ verification: 'suspended', jobs: { open: 0, suspended: 2, pendingReview: 1 }, suspension: { by: '省级管理员', reason: '核查发现营业执照系冒用' } })
    const during = await seen(u)
    expect(during).toEqual({
      search: [], detail: 404, recommended: false,
      // Every published job of the unit left the year's demand, open or not: the unit is no longer verified.
      mapDemand: before.mapDemand - COUNTED, chainDemand: before.chainDemand - COUNTED,
      homeOpenJobs: before.homeOpenJobs - 2, homeEnterprises: before.homeEnterprises - 1,
    })

    const back = AdminOrgSchema.parse(await (await post(province, u.org.id, 'restore', '复核后确认资质真实')).json())
    expect(back).toMatchObject({ verification: 'verified', jobs: { open: 2, suspended: 0 }, suspension: null })
    expect(await seen(u)).toEqual(before)
    // The job paused by hand before the suspension stays paused; the one in review stays in review.
    const statuses = await h.prisma.job.findMany({ where: { orgId: u.org.id }, select: { id: true, status: true, suspendedAt: true } })
    expect(Object.fromEntries(statuses.map((j) => [j.id, [j.status, j.suspendedAt]]))).toEqual({
      [u.open.id]: ['open', null], [u.closing.id]: ['open', null], [u.paused.id]: ['paused', null], [u.review.id]: ['pending_review', null],
    })
  })

  it('closes on 恢复 the jobs whose closing date passed during the suspension, as the hourly sweep would have', async () => {
    const u = await unit()
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    await h.prisma.job.update({ where: { id: u.closing.id }, data: { closesAt: new Date(Date.now() - DAY) } })
    const back = AdminOrgSchema.parse(await (await post(province, u.org.id, 'restore', '复核无误')).json())
    expect(back.jobs).toMatchObject({ open: 1, suspended: 0 })
    const closing = await h.prisma.job.findUniqueOrThrow({ where: { id: u.closing.id } })
    expect(closing).toMatchObject({ status: 'closed', suspendedAt: null })
    expect(closing.expiredAt).not.toBeNull()
    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { orgId: u.org.id, action: 'organization.restore' } })
    expect(auditSentence({ action: log.action, entity: log.entity, entityId: log.entityId, entityName: u.org.name, diff: log.diff }))
      .toBe(`恢复单位“${u.org.name}”，重新上线岗位1个、因已过截止日期关闭1个，原因：复核无误`)
  })

  it('keeps applicants’ applications, showing the job no longer open; members sign in and read why, but publish nothing', async () => {
    const u = await unit()
    const before = MyApplicationsPageSchema.parse(await (await h.clientAs(student).api.applications.mine.$get({ query: {} })).json())
    expect(before.items.find((a) => a.id === u.application.id)).toMatchObject({ job: { status: 'open', offlineWithUnit: false } })
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    const mine = MyApplicationsPageSchema.parse(await (await h.clientAs(student).api.applications.mine.$get({ query: {} })).json())
    // 我的投递 tells the student the job went offline with its unit (decision 101), not only that it is paused.
    expect(mine.items.find((a) => a.id === u.application.id)).toMatchObject({ status: 'submitted', job: { id: u.open.id, status: 'paused', offlineWithUnit: true } })

    const me = MeSchema.parse(await (await h.clientAs(u.ownerToken).api.me.$get()).json())
    expect(me.memberships[0]!.org).toMatchObject({ verification: 'suspended', suspension: { by: '省级管理员', reason: '核查发现营业执照系冒用' } })
    const ent = h.clientAs(u.ownerToken).api.enterprise.jobs
    // 恢复 of a job the suspension paused: the Job trigger refuses it.
    const resumed = await expectProblem(await ent[':id'].resume.$post({ param: { id: u.open.id } }), 409, 'UNIT_SUSPENDED')
    expect(resumed.message).toContain('已被管理员暂停')
    // Publishing anything, even to the review queue, is refused with the reason.
    const draft = await createJob(h.prisma, { orgId: u.org.id, status: 'draft', title: '新岗位草稿' })
    const published = await expectProblem(await ent[':id'].resume.$post({ param: { id: draft.id } }), 409, 'UNIT_SUSPENDED')
    expect(published.message).toContain('核查发现营业执照系冒用')
    expect(await h.prisma.job.count({ where: { orgId: u.org.id, status: { in: ['open', 'pending_review'] } } })).toBe(1)
    // Nor does it come back under another name.
    const renamed = await h.app.request(`/api/organizations/${u.org.id}`, jsonInit('PATCH', { name: '东营清白装备有限公司' }, bearer(u.ownerToken)))
    await expectProblem(renamed, 409, 'UNIT_SUSPENDED')
  })

  it('refuses a reviewer’s approval of the suspended unit’s queued job (the Job trigger, 409), writing nothing', async () => {
    const u = await unit()
    // The reviewer read the queue before the suspension.
    const submittedAt = await stampAsRead(h, province, 'job', u.review.id)
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    const res = await h.app.request(`/api/review/job/${u.review.id}/decision`, jsonInit('POST', { decision: 'approve', submittedAt }, bearer(province)))
    const problem = await expectProblem(res, 409, 'UNIT_SUSPENDED')
    expect(problem.message).toBe('该单位已被管理员暂停，其岗位暂不能上线招聘；单位恢复后可再发布')
    expect(await h.prisma.job.findUniqueOrThrow({ where: { id: u.review.id } })).toMatchObject({ status: 'pending_review' })
  })

  it('refuses the approval of a demand list the unit submitted before its suspension: no row becomes a job (the Job trigger)', async () => {
    const u = await unit()
    const member = await createMember(h.prisma, u.org)
    const mine = h.clientAs(await h.tokenFor(member.user)).api['demand-lists'].mine
    const data = sampleDemandList()
    data.org.uscc = u.org.uscc
    data.org.name = u.org.name
    for (const [section, value] of demandSections(data)) expect((await mine.sections[':section'].$put({ param: { section }, json: value })).status).toBe(200)
    const plan = JobPlanSchema.parse(await (await mine['job-plan'].$get()).json())
    const sent = SubmittedSchema.parse(await (await mine.submit.$post({ json: { confirmJobs: plan.planKey } })).json())
    const submittedAt = await stampAsRead(h, province, 'demand_list', sent.id)
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    const jobsBefore = await h.prisma.job.count({ where: { orgId: u.org.id } })
    const res = await h.app.request(`/api/review/demand_list/${sent.id}/decision`, jsonInit('POST', { decision: 'approve', submittedAt }, bearer(province)))
    await expectProblem(res, 409, 'UNIT_SUSPENDED')
    expect(await h.prisma.job.count({ where: { orgId: u.org.id } })).toBe(jobsBefore)
    expect(await h.prisma.demandList.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: 'submitted', approvedVersion: null })
  })

  it('refuses any writer that opens a suspended unit’s job, raw SQL included', async () => {
    const u = await unit()
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    await expect(h.prisma.job.update({ where: { id: u.open.id }, data: { status: 'open' } })).rejects.toThrow(/zl_suspended_unit/)
    await expect(createJob(h.prisma, { orgId: u.org.id, status: 'open' })).rejects.toThrow(/zl_suspended_unit/)
    await expect(h.prisma.$executeRaw`UPDATE "Job" SET "status" = 'open' WHERE "orgId" = ${u.org.id}`).rejects.toThrow(/zl_suspended_unit/)
    // Closing stays possible, and so does an edit of a paused job.
    await h.prisma.job.update({ where: { id: u.paused.id }, data: { status: 'closed' } })
  })

  it('lets the provincial departments act on their side’s units: 404 outside the scope, 403 to city bureaus and groupings', async () => {
    const u = await unit()
    await expectProblem(await post(await admin({ adminDepartment: 'edu' }), u.org.id, 'suspend'), 404, 'NOT_FOUND')
    await expectProblem(await post(await admin({ adminDepartment: 'industry', adminCityCode: '370100' }), u.org.id, 'suspend'), 404, 'NOT_FOUND')
    await expectProblem(await post(province, 'no-such-unit', 'suspend'), 404, 'NOT_FOUND')
    const bureau = await expectProblem(await post(await admin({ adminDepartment: 'industry', adminCityCode: DONGYING }), u.org.id, 'suspend'), 403, 'FORBIDDEN')
    expect(bureau.message).toContain('省级管理员或省教育厅、省工业和信息化厅')
    const park = await h.prisma.grouping.create({ data: { kind: 'city_consortium', name: `东营装备联合体${++seq}`, cityCode: DONGYING, members: { create: { orgId: u.org.id } } } })
    await expectProblem(await post(await admin({ adminDepartment: 'grouping', adminGroupingId: park.id }), u.org.id, 'suspend'), 403, 'FORBIDDEN')
    await expectProblem(await post(u.ownerToken, u.org.id, 'suspend'), 403, 'FORBIDDEN')
    expect(await h.prisma.organization.findUniqueOrThrow({ where: { id: u.org.id } })).toMatchObject({ verification: 'verified' })

    const industry = await createAdmin(h.prisma, { adminDepartment: 'industry' })
    const suspended = AdminOrgSchema.parse(await (await post(await h.tokenFor(industry), u.org.id, 'suspend')).json())
    expect(suspended.suspension?.by).toBe('山东省工业和信息化厅')
    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { orgId: u.org.id, action: 'organization.suspend' } })
    expect(log.actorUserId).toBe(industry.id)
    expect(auditSentence({ action: log.action, entity: log.entity, entityId: log.entityId, entityName: u.org.name, diff: log.diff }))
      .toBe(`暂停单位“${u.org.name}”，下线其在招岗位2个，原因：核查发现营业执照系冒用`)
  })

  it('asks for a reason, suspends only a verified unit and restores only a suspended one', async () => {
    const u = await unit()
    const noReason = await expectProblem(await post(province, u.org.id, 'suspend', ' '), 400, 'VALIDATION_FAILED')
    expect(JSON.stringify(noReason.issues)).toContain('请写明原因')
    await expectProblem(await post(province, u.org.id, 'restore'), 409, 'INVALID_TRANSITION')
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    const twice = await expectProblem(await post(province, u.org.id, 'suspend'), 409, 'INVALID_TRANSITION')
    expect(twice.message).toBe('该单位已暂停，请刷新后查看')
    const pending = await createEnterprise(h.prisma, { verification: 'pending' })
    await expectProblem(await post(province, pending.id, 'suspend'), 409, 'INVALID_TRANSITION')
  })

  it('grants a pending claim on a suspended unit nothing, as on a verified one', async () => {
    const u = await unit()
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    const claimant = await createMember(h.prisma, u.org, { status: 'pending' })
    const res = await h.clientAs(await h.tokenFor(claimant.user)).api['demand-lists'].mine.$get()
    expect(res.status).toBe(404)
  })

  it('takes a suspended unit’s events offline with its jobs: unlisted, unreachable, unchanged until 恢复 (decision 089)', async () => {
    const host = await organiser(h)
    const fair = await postEvent(h, host.token, { title: `可疑院校专场招聘会${++seq}` })
    // Another, healthy enterprise exhibits at the fair: its job's page names the fair.
    const exhibitor = await unit()
    const booth = await h.prisma.booth.create({ data: { eventId: fair.id, orgId: exhibitor.org.id, status: 'approved', number: 'A1', zone: 'A区' } })
    await h.prisma.boothJob.create({ data: { boothId: booth.id, jobId: exhibitor.open.id } })
    const applied = await h.prisma.booth.create({ data: { eventId: fair.id, orgId: (await createEnterprise(h.prisma)).id } })
    const seenEvent = async () => {
      const listed = EventPageSchema.parse(await (await h.app.request('/api/events?limit=50')).json()).items.some((e) => e.id === fair.id)
      const detail = (await h.clientAs(student).api.events[':id'].$get({ param: { id: fair.id } })).status
      const job = JobDetailSchema.parse(await (await h.clientAs(student).api.jobs[':id'].$get({ param: { id: exhibitor.open.id } })).json())
      return { listed, detail, onJobPage: job.fairs.some((f) => f.id === fair.id) }
    }
    expect(await seenEvent()).toEqual({ listed: true, detail: 200, onJobPage: true })

    expect((await post(province, host.college.id, 'suspend')).status).toBe(200)
    expect(await seenEvent()).toEqual({ listed: false, detail: 404, onJobPage: false })
    // An event of no unit (an administrator's) is not taken for a suspended unit's.
    const unowned = await createEvent(h.prisma, { title: `省级双选会${seq}` })
    expect(EventPageSchema.parse(await (await h.app.request('/api/events?limit=50')).json()).items.map((e) => e.id)).toContain(unowned.id)
    await expectProblem(await register(h, fair.id, student), 404, 'NOT_FOUND')
    // Its organisers still read it (and may cancel it), but neither rewrite it nor add to it.
    const hostApi = h.clientAs(host.token).api.events[':id']
    expect((await hostApi.$get({ param: { id: fair.id } })).status).toBe(200)
    const edit = await expectProblem(await hostApi.$patch({ param: { id: fair.id }, json: { title: '全新面貌招聘会' } }), 409, 'UNIT_SUSPENDED')
    expect(edit.message).toContain('核查发现营业执照系冒用')
    const session = { title: '企业宣讲', kind: 'talk' as const, startsAt: fair.startsAt, endsAt: new Date(Date.parse(fair.startsAt) + 3_600_000).toISOString() }
    await expectProblem(await hostApi.sessions.$post({ param: { id: fair.id }, json: session }), 409, 'UNIT_SUSPENDED')
    await expectProblem(await h.app.request(`/api/events/${fair.id}/booths/${applied.id}/approve`, jsonInit('POST', { number: 'B2', zone: 'B区' }, bearer(host.token))), 409, 'UNIT_SUSPENDED')
    expect(await h.prisma.event.findUniqueOrThrow({ where: { id: fair.id }, select: { title: true } })).toEqual({ title: expect.stringContaining('可疑院校专场招聘会') })

    expect((await post(province, host.college.id, 'restore', '复核后确认资质真实')).status).toBe(200)
    expect(await seenEvent()).toEqual({ listed: true, detail: 200, onJobPage: true })
    expect((await register(h, fair.id, student)).status).toBe(201)
    expect((await hostApi.$patch({ param: { id: fair.id }, json: { title: '恢复后的专场招聘会' } })).status).toBe(200)
    // The exhibitor suspended in turn: its booth leaves the fair's public page; the organiser still sees it.
    const booths = async (token: string) =>
      EventDetailSchema.parse(await (await h.clientAs(token).api.events[':id'].$get({ param: { id: fair.id } })).json()).booths.map((b) => b.org.id)
    expect(await booths(student)).toContain(exhibitor.org.id)
    expect((await post(province, exhibitor.org.id, 'suspend')).status).toBe(200)
    expect(await booths(student)).not.toContain(exhibitor.org.id)
    expect(await booths(host.token)).toContain(exhibitor.org.id)
    // Nor does the organiser approve it or move it meanwhile; after 恢复 it may.
    const moved = await expectProblem(await h.app.request(`/api/events/${fair.id}/booths/${booth.id}/approve`, jsonInit('POST', { number: 'C3', zone: 'C区' }, bearer(host.token))), 409, 'UNIT_SUSPENDED')
    expect(moved.message).toContain('该参展单位已被')
    expect(await h.prisma.booth.findUniqueOrThrow({ where: { id: booth.id }, select: { number: true } })).toEqual({ number: 'A1' })
    expect((await post(province, exhibitor.org.id, 'restore', '复核后确认资质真实')).status).toBe(200)
    expect((await h.app.request(`/api/events/${fair.id}/booths/${booth.id}/approve`, jsonInit('POST', { number: 'C3', zone: 'C区' }, bearer(host.token)))).status).toBe(200)
  })

  it('keeps a change request the unit made before its suspension out of the review queue until 恢复 (decision 089)', async () => {
    const u = await unit()
    await h.prisma.organization.update({ where: { id: u.org.id }, data: { pendingChange: { name: '山东重工集团有限公司' }, changeRequestedAt: new Date() } })
    const queued = async () => {
      const titles: string[] = []
      let cursor: string | null = null
      do {
        const page = ReviewPageSchema.parse(await (await h.clientAs(province).api.review.queue.$get({ query: { kind: 'organization', limit: 50, cursor: cursor ?? undefined } })).json())
        titles.push(...page.items.filter((i) => i.id === u.org.id).map((i) => i.title))
        cursor = page.nextCursor
      } while (cursor)
      return titles
    }
    const request = `单位信息变更：${u.org.name} → 山东重工集团有限公司`
    expect(await queued()).toEqual([request])
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    // Before, it stayed as a card reading like a new unit's registration, which 通过 answered 已处理或已撤回.
    expect(await queued()).toEqual([])
    expect((await post(province, u.org.id, 'restore', '复核后确认资质真实')).status).toBe(200)
    expect(await queued()).toEqual([request])
  })

  it('lets a suspended unit start no cooperation project: nothing in the ledger, nothing told to the partner (decision 089)', async () => {
    const u = await unit()
    const college = await createCollege(h.prisma)
    await createMember(h.prisma, college)
    const told = () => h.prisma.inboxMessage.count({ where: { title: '新的合作项目', user: { memberships: { some: { orgId: college.id } } } } })
    const body = { source: 'order_class' as const, majorCode: '460301', partnerOrgId: college.id, title: '数控订单班合作项目', goals: '共同培养数控技术人才三十名，定向输送', milestones: [] }
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    const refused = await expectProblem(await h.clientAs(u.ownerToken).api.projects.$post({ json: body }), 409, 'UNIT_SUSPENDED')
    expect(refused.message).toContain('核查发现营业执照系冒用')
    expect(await h.prisma.projectParty.count({ where: { orgId: u.org.id } })).toBe(0)
    expect(await told()).toBe(0)
    expect((await post(province, u.org.id, 'restore', '复核后确认资质真实')).status).toBe(200)
    expect((await h.clientAs(u.ownerToken).api.projects.$post({ json: body })).status).toBe(201)
    expect(await told()).toBe(1)
  })

  it('lets a suspended unit invite no applicant to an interview nor make an offer, but still turn one down (decision 089)', async () => {
    const u = await unit()
    expect((await post(province, u.org.id, 'suspend')).status).toBe(200)
    const api = h.clientAs(u.ownerToken).api.enterprise.applications[':id']
    const param = { id: u.application.id }
    const at = new Date(Date.now() + 3 * DAY).toISOString()
    const invited = await expectProblem(await api.interview.$post({ param, json: { at, place: '东营市开发区某写字楼 1203 室' } }), 409, 'UNIT_SUSPENDED')
    expect(invited.message).toContain('核查发现营业执照系冒用')
    await expectProblem(await api.transition.$post({ param, json: { to: 'interview' } }), 409, 'UNIT_SUSPENDED')
    await expectProblem(await api.transition.$post({ param, json: { to: 'offer' } }), 409, 'UNIT_SUSPENDED')
    expect(await h.prisma.interview.count({ where: { applicationId: u.application.id } })).toBe(0)
    expect(await h.prisma.inboxMessage.count({ where: { userId: studentId, body: { contains: '1203' } } })).toBe(0)
    const declined = await api.transition.$post({ param, json: { to: 'rejected', reason: '岗位暂停招聘，感谢您的关注' } })
    expect(declined.status).toBe(200)
  })
})
