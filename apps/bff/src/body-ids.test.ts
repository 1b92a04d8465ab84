/**
 * Ids inside bodies that name another tenant's object (decision 074's sweep). The authorisation matrix drives ids in
 * paths; these operations take the id that matters in the body, and a hostile client puts another tenant's there.
 * Ids in bodies already covered elsewhere: a booth's jobIds (event-manage), a schedule entry's session and slot
 * (schedule), a project's sources and partner (project-create), an application's consent recipient (applications),
 * an event's organiser named by an administrator (event-manage), the bulk moves' application ids
 * (enterprise-applications), an administrator's grouping (administrators), the audit log's orgId (audit, owner-reset).
 */
import { createCollege, createEnterprise, createMember, createProject } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList } from './testing/analytics-fixtures'
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
})
