/**
 * Ids inside bodies that name another tenant's object (decision 074's sweep). The authorisation matrix drives ids in
 * paths; these operations take the id that matters in the body, and a hostile client puts another tenant's there.
 * Ids in bodies already covered elsewhere: a booth's jobIds (event-manage), a schedule entry's session and slot
 * (schedule), a project's sources and partner (project-create), an application's consent recipient (applications),
 * an event's organiser named by an administrator (event-manage), the bulk moves' application ids
 * (enterprise-applications), an administrator's grouping (administrators), the audit log's orgId (audit, owner-reset).
 */
import { createCollege, createEnterprise, createEvent, createJob, createMember, createProject } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList, supplyList } from './testing/analytics-fixtures'
import { applicant, consentFor } from './testing/application-fixtures'
import { organiser, postEvent, register, student } from './testing/event-fixtures'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from './testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
})
afterAll(() => h.close())

const post = (path: string, body: unknown, token: string) => h.app.request(path, jsonInit('POST', body, bearer(token)))
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()
async function member(kind: 'enterprise' | 'college', owner = true) {
  const org = await (kind === 'enterprise' ? createEnterprise : createCollege)(h.prisma)
  const { user, membership } = await createMember(h.prisma, org, { isOwner: owner })
  return { org, user, membership, token: await h.tokenFor(user) }
}

describe('ids in bodies naming another tenant’s object (decision 074)', () => {
  it('does not post a job for an enterprise the caller is not a member of', async () => {
    const [mine, theirs] = [await member('enterprise'), await member('enterprise')]
    const body = {
      title: '数控车工', type: 'full_time', headcount: 2, education: 'associate', minYearsExperience: 0, cityCode: '370300', salaryMin: 6000,
      salaryMax: 9000, description: '操作数控车床加工轴类零件', majorCodes: ['460103'], skills: [{ name: '数控车床操作', level: 'intermediate' }], chainId: 'SD-C02',
    }
    const res = await post('/api/enterprise/jobs', { ...body, orgId: theirs.org.id }, mine.token)
    expect([403, 404]).toContain(res.status)
    expect(await h.prisma.job.count({ where: { orgId: theirs.org.id } })).toBe(0)
    expect((await post('/api/enterprise/jobs', { ...body, orgId: mine.org.id }, mine.token)).status).toBe(201)
  })

  it('does not take a challenge in the name of another college', async () => {
    const [mine, theirs] = [await member('college'), await member('college')]
    const enterprise = await createEnterprise(h.prisma)
    const challenge = await h.prisma.techChallenge.create({
      data: { listId: (await demandList(h.prisma, enterprise.id)).id, title: '齿轮箱异响诊断', problem: '齿轮箱异响诊断的技术问题', target: '诊断准确率95%', chainId: 'SD-C02' },
    })
    const res = await post(`/api/challenges/${challenge.id}/takers`, { proposal: '我校团队拟用声纹识别方案攻关', collegeId: theirs.org.id }, mine.token)
    expect([403, 404]).toContain(res.status)
    expect(await h.prisma.challengeTaker.count({ where: { challengeId: challenge.id } })).toBe(0)
  })

  it('does not tick off a milestone of another project through one’s own', async () => {
    const [ent, col, other] = [await member('enterprise'), await member('college'), await member('enterprise')]
    const mine = await createProject(h.prisma, [ent.org.id, col.org.id])
    const theirs = await createProject(h.prisma, [other.org.id, col.org.id], { milestones: [{ title: '首批学员入班', dueAt: new Date(inDays(10)) }] })
    const milestone = await h.prisma.projectMilestone.findFirstOrThrow({ where: { projectId: theirs.id } })
    const res = await post(`/api/projects/${mine.id}/updates`, { body: '首批学员已入班', milestoneId: milestone.id }, ent.token)
    await expectProblem(res, 404, 'NOT_FOUND')
    expect(await h.prisma.projectMilestone.findUniqueOrThrow({ where: { id: milestone.id }, select: { doneAt: true } })).toEqual({ doneAt: null })
    expect(await h.prisma.projectUpdate.count({ where: { projectId: { in: [mine.id, theirs.id] } } })).toBe(0)
  })

  it('does not hand a unit’s ownership to a member of another unit', async () => {
    const [mine, theirs] = [await member('enterprise'), await member('enterprise')]
    const stranger = await createMember(h.prisma, theirs.org, { orgRole: 'manager' })
    const res = await post(`/api/organizations/${mine.org.id}/owner`, { memberId: stranger.membership.id }, mine.token)
    await expectProblem(res, 404, 'NOT_FOUND')
    const owners = await h.prisma.membership.findMany({ where: { orgId: { in: [mine.org.id, theirs.org.id] }, isOwner: true }, select: { userId: true } })
    expect(owners.map((o) => o.userId).sort()).toEqual([mine.user.id, theirs.user.id].sort())
  })

  it('does not make another college the organiser of a college member’s event', async () => {
    const [mine, theirs] = [await member('college'), await member('college')]
    const res = await post('/api/events', {
      kind: 'job_fair', format: 'onsite', title: '高端装备产业链专场双选会', cityCode: '370300', venue: '淄博职业学院体育馆', chainIds: ['SD-C02'],
      startsAt: inDays(10), endsAt: inDays(10.25), organizerOrgId: theirs.org.id,
    }, mine.token)
    expect(res.status).toBeLessThan(500)
    expect(await h.prisma.event.count({ where: { organizerOrgId: theirs.org.id } })).toBe(0)
  })

  // Decision 078: the operations query-body-ids.test.ts found without a cross-tenant case of their own.
  it('does not take a report of what the reporter could not have seen, nor tell whether it exists (fixed: existence was enough)', async () => {
    const reporter = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma))).user)
    const other = await createEnterprise(h.prisma)
    const college = await createCollege(h.prisma)
    const hidden: [string, string][] = [
      ['job', (await createJob(h.prisma, { orgId: other.id, status: 'draft' })).id],
      ['job', (await createJob(h.prisma, { orgId: other.id, status: 'pending_review' })).id],
      ['organization', (await createEnterprise(h.prisma, { verification: 'pending' })).id],
      ['supply_list', (await supplyList(h.prisma, college.id, 2026, [], 'submitted')).id],
      ['demand_list', (await demandList(h.prisma, other.id, {}, 'submitted')).id],
      ['event', (await createEvent(h.prisma, { status: 'draft' })).id],
    ]
    for (const [targetKind, targetId] of hidden) {
      await expectProblem(await post('/api/reports', { targetKind, targetId, reason: '信息涉嫌虚假' }, reporter), 404, 'NOT_FOUND')
    }
    expect(await h.prisma.report.count({ where: { targetId: { in: hidden.map(([, id]) => id) } } })).toBe(0)
    // What others do see is still reported.
    const shown: [string, string][] = [
      ['job', (await createJob(h.prisma, { orgId: other.id })).id], ['organization', other.id],
      ['supply_list', (await supplyList(h.prisma, college.id, 2025, [])).id], ['demand_list', (await demandList(h.prisma, (await createEnterprise(h.prisma)).id)).id],
      ['event', (await createEvent(h.prisma, { status: 'published' })).id],
    ]
    for (const [targetKind, targetId] of shown) expect((await post('/api/reports', { targetKind, targetId, reason: '信息涉嫌虚假' }, reporter)).status).toBe(201)
  })

  it('does not show another student’s application through 我的投递’s jobId filter', async () => {
    const job = await createJob(h.prisma)
    const [first, second] = [await applicant(h.prisma), await applicant(h.prisma)]
    expect((await post(`/api/jobs/${job.id}/applications`, consentFor(job.orgId), await h.tokenFor(first))).status).toBe(201)
    const res = await h.app.request(`/api/applications/mine?jobId=${job.id}`, { headers: bearer(await h.tokenFor(second)) })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ items: [] })
    const own = await h.app.request(`/api/applications/mine?jobId=${job.id}`, { headers: bearer(await h.tokenFor(first)) })
    expect(((await own.json()) as { items: unknown[] }).items).toHaveLength(1)
  })

  it('does not put another event’s session or interview slot on a student’s schedule through an event they registered for', async () => {
    const [mine, theirs] = [await organiser(h), await organiser(h)]
    const [a, b] = [await postEvent(h, mine.token), await postEvent(h, theirs.token)]
    const session = await h.prisma.eventSession.create({ data: { eventId: b.id, title: '新能源企业宣讲', kind: 'talk', startsAt: new Date(Date.parse(b.startsAt) + 3_600_000), endsAt: new Date(Date.parse(b.startsAt) + 5_400_000) } })
    const ent = await createEnterprise(h.prisma)
    const booth = await h.prisma.booth.create({ data: { eventId: b.id, orgId: ent.id, status: 'approved' } })
    const slot = await h.prisma.interviewSlot.create({ data: { boothId: booth.id, startsAt: new Date(Date.parse(b.startsAt) + 7_200_000), endsAt: new Date(Date.parse(b.startsAt) + 8_400_000) } })
    const s = await student(h)
    expect((await register(h, a.id, s.token)).status).toBe(201)
    for (const item of [{ sessionId: session.id }, { interviewSlotId: slot.id }]) {
      const res = await post(`/api/events/${a.id}/schedule`, item, s.token)
      expect(res.status).toBe(404)
    }
    expect(await h.prisma.scheduleItem.count({ where: { userId: s.user.id } })).toBe(0)
    expect((await h.prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedByUserId).toBeNull()
  })

  it('does not start a project in the name of a unit the caller is not a member of', async () => {
    const [mine, theirs, partner] = [await member('enterprise'), await member('enterprise'), await member('college')]
    const body = { source: 'order_class', majorCode: '460301', partnerOrgId: partner.org.id, title: '校企合作项目', goals: '双方共同推进人才培养与技术服务', milestones: [{ title: '签订实施方案', dueDate: inDays(20).slice(0, 10) }] }
    const res = await post('/api/projects', { ...body, orgId: theirs.org.id }, mine.token)
    expect([403, 404]).toContain(res.status)
    expect(await h.prisma.project.count({ where: { parties: { some: { orgId: theirs.org.id } } } })).toBe(0)
    expect((await post('/api/projects', { ...body, orgId: mine.org.id }, mine.token)).status).toBe(201)
  })

  // Decision 111: the words of a refusal must not tell a real id of someone else from one that names nothing.
  it('answers another tenant’s id in a body exactly as an id that names nothing', async () => {
    const UNKNOWN = 'cmissing0000000000000000001'
    const [mine, theirs, college, otherCollege] = [await member('enterprise'), await member('enterprise'), await member('college'), await member('college')]
    const pendingCollege = await createCollege(h.prisma, { verification: 'pending' })
    const stranger = await createMember(h.prisma, theirs.org, { orgRole: 'manager' })
    const challenge = await h.prisma.techChallenge.create({
      data: { listId: (await demandList(h.prisma, (await createEnterprise(h.prisma)).id)).id, title: '齿轮箱异响诊断', problem: '齿轮箱异响诊断的技术问题', target: '诊断准确率95%', chainId: 'SD-C02' },
    })
    const project = { source: 'order_class', majorCode: '460301', partnerOrgId: college.org.id, title: '校企合作项目', goals: '双方共同推进人才培养与技术服务', milestones: [{ title: '签订实施方案', dueDate: inDays(20).slice(0, 10) }] }
    const job = {
      title: '数控车工', type: 'full_time', headcount: 2, education: 'associate', minYearsExperience: 0, cityCode: '370300', salaryMin: 6000,
      salaryMax: 9000, description: '操作数控车床加工轴类零件', majorCodes: ['460103'], skills: [{ name: '数控车床操作', level: 'intermediate' }], chainId: 'SD-C02',
    }
    const cases: [what: string, send: (id: string) => Response | Promise<Response>, real: string][] = [
      ['a job for another enterprise', (orgId) => post('/api/enterprise/jobs', { ...job, orgId }, mine.token), theirs.org.id],
      ['a project for another unit', (orgId) => post('/api/projects', { ...project, orgId }, mine.token), theirs.org.id],
      ['a project with an unverified partner', (partnerOrgId) => post('/api/projects', { ...project, orgId: mine.org.id, partnerOrgId }, mine.token), pendingCollege.id],
      ['a challenge taken for another college', (collegeId) => post(`/api/challenges/${challenge.id}/takers`, { proposal: '我校团队拟用声纹识别方案攻关', collegeId }, college.token), otherCollege.org.id],
      ['ownership to another unit’s member', (memberId) => post(`/api/organizations/${mine.org.id}/owner`, { memberId }, mine.token), stranger.membership.id],
    ]
    for (const [what, send, real] of cases) {
      const answer = async (id: string) => {
        const res = await send(id)
        const { code, message, issues } = (await res.json()) as Record<string, unknown>
        return { status: res.status, code, message, issues }
      }
      const [forReal, forNothing] = [await answer(real), await answer(UNKNOWN)]
      expect(forReal.status, what).toBeGreaterThanOrEqual(400)
      expect(forReal, what).toEqual(forNothing)
    }
  })
})
