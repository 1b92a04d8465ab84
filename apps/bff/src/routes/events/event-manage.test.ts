import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { CheckinCodeSchema } from '@zhilian/shared/contracts/checkin'
import { ExhibitorPageSchema, MyBoothSchema, OrganisedPageSchema } from '@zhilian/shared/contracts/event-manage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { applicant, consentFor } from '../../testing/application-fixtures'
import { organiser, postEvent, register } from '../../testing/event-fixtures'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()
const events = (token: string) => h.clientAs(token).api.events
const myBooth = (eventId: string, token: string) => events(token)[':id'].booths.mine.$get({ query: {}, param: { id: eventId } })
const applyForBooth = async (eventId: string, token: string) =>
  (await (await events(token)[':id'].booths.$post({ query: {}, param: { id: eventId } })).json()) as { id: string }

async function recruiter(name?: string, verification: 'verified' | 'pending' = 'verified') {
  const ent = await createEnterprise(h.prisma, { ...(name ? { name } : {}), verification })
  const { user } = await createMember(h.prisma, ent)
  return { ent, token: await h.tokenFor(user) }
}

describe('events I organise', () => {
  it("lists a college's own events (cancelled ones too), not another college's; administrators see all", async () => {
    const mine = await organiser(h)
    const other = await organiser(h)
    const a = await postEvent(h, mine.token, { title: '本校春季双选会', startsAt: inDays(5), endsAt: inDays(6) })
    const b = await postEvent(h, mine.token, { title: '本校秋季双选会', startsAt: inDays(20), endsAt: inDays(21) })
    const theirs = await postEvent(h, other.token, { title: '兄弟院校双选会' })
    expect((await events(mine.token)[':id'].cancel.$post({ param: { id: a.id } })).status).toBe(200)

    const first = OrganisedPageSchema.parse(await (await events(mine.token).organised.$get({ query: { limit: 1 } })).json())
    expect(first.items.map((e) => e.id)).toEqual([b.id])
    const second = OrganisedPageSchema.parse(await (await events(mine.token).organised.$get({ query: { limit: 1, cursor: first.nextCursor! } })).json())
    expect(second.items.map((e) => [e.id, e.status])).toEqual([[a.id, 'cancelled']])
    expect(second.nextCursor).toBeNull()

    const adminToken = await h.tokenFor(await createAdmin(h.prisma))
    const all = OrganisedPageSchema.parse(await (await events(adminToken).organised.$get({ query: { limit: 50 } })).json())
    expect(all.items.map((e) => e.id)).toEqual(expect.arrayContaining([a.id, b.id, theirs.id]))
    // A 单位 account may organise only through an industry organisation (decision 022); a recruiter organises nothing.
    const { token } = await recruiter()
    expect(OrganisedPageSchema.parse(await (await events(token).organised.$get({ query: {} })).json()).items).toEqual([])
  })
})

describe('the organising college an administrator names', () => {
  it('must be a verified college inside the administrator\'s scope (hostile-client audit, decision 042)', async () => {
    // Before: any administrator could name any college, unverified or in another city, and its members became the
    // organisers of a published event they never made.
    const zibo = await organiser(h)
    const jinan = await createCollege(h.prisma, { cityCode: '370100' })
    const jinanPending = await createCollege(h.prisma, { cityCode: '370100', verification: 'pending' })
    const jinanEdu = await h.tokenFor(await createAdmin(h.prisma, { adminDepartment: 'edu', adminCityCode: '370100' }))
    const post = (token: string, organizerOrgId: string) =>
      events(token).$post({ json: { kind: 'job_fair', format: 'onsite', title: '济南市校园招聘会', cityCode: '370100', venue: '济南职业学院体育馆', chainIds: ['SD-C02'], startsAt: inDays(10), endsAt: inDays(10.25), organizerOrgId } })
    for (const college of [zibo.college.id, jinanPending.id]) {
      const problem = await expectProblem(await post(jinanEdu, college), 400, 'VALIDATION_FAILED')
      expect(problem.issues).toEqual([{ path: 'organizerOrgId', message: '主办院校不存在' }])
    }
    expect(OrganisedPageSchema.parse(await (await events(zibo.token).organised.$get({ query: {} })).json()).items).toEqual([])
    expect((await post(jinanEdu, jinan.id)).status).toBe(201)
    // The province names any verified college.
    expect((await post(await h.tokenFor(await createAdmin(h.prisma)), zibo.college.id)).status).toBe(201)
  })
})

describe('enterprise fairs and my booth', () => {
  it('shows the enterprise window and my booth status per event, and only my booth', async () => {
    const org = await organiser(h)
    const open = await postEvent(h, org.token, { title: '企业报名中的双选会', enterpriseRegOpens: inDays(-1), enterpriseRegCloses: inDays(3) })
    const later = await postEvent(h, org.token, { title: '企业报名未开始的双选会', enterpriseRegOpens: inDays(2), enterpriseRegCloses: inDays(4) })
    const { ent, token } = await recruiter('济南重工机械有限公司')
    const booth = await applyForBooth(open.id, token)

    const page = ExhibitorPageSchema.parse(await (await events(token).exhibiting.$get({ query: { limit: 50 } })).json())
    const byId = new Map(page.items.map((e) => [e.id, e]))
    expect(byId.get(open.id)).toMatchObject({ enterpriseWindow: 'open', myBooth: { id: booth.id, status: 'applied', org: { id: ent.id } } })
    expect(byId.get(later.id)).toMatchObject({ enterpriseWindow: 'not_yet', myBooth: null })

    // Another enterprise sees the same events without my booth.
    const other = await recruiter()
    const theirs = ExhibitorPageSchema.parse(await (await events(other.token).exhibiting.$get({ query: { limit: 50 } })).json())
    expect(theirs.items.find((e) => e.id === open.id)?.myBooth).toBeNull()
    const theirBooth = MyBoothSchema.parse(await (await myBooth(open.id, other.token)).json())
    expect(theirBooth.event.myBooth).toBeNull()
    expect(theirBooth.visits).toEqual([])

    const pending = await recruiter(undefined, 'pending')
    await expectProblem(await events(pending.token).exhibiting.$get({ query: {} }), 403, 'NOT_VERIFIED')
    await expectProblem(await myBooth(open.id, org.token), 403, 'FORBIDDEN')
  })

  it('tells a member who cannot exhibit the real reason: the role, or the suspension (decision 098)', async () => {
    // Before: a 只读成员 of a verified unit and the owner of a suspended one both read 「本单位尚未通过审核」.
    const { ent } = await recruiter()
    const { user: viewer } = await createMember(h.prisma, ent, { orgRole: 'viewer' })
    const refused = await expectProblem(await events(await h.tokenFor(viewer)).exhibiting.$get({ query: {} }), 403, 'FORBIDDEN')
    expect(refused.message).toBe('您在本单位的角色（只读成员）不能办理参展，请联系负责人、业务管理员、招聘专员')

    const suspended = await recruiter()
    await h.prisma.organization.update({ where: { id: suspended.ent.id }, data: { verification: 'suspended', suspendedAt: new Date(), suspendedBy: '山东省工业和信息化厅', suspendedReason: '核查中' } })
    const paused = await expectProblem(await events(suspended.token).exhibiting.$get({ query: {} }), 403, 'NOT_VERIFIED')
    expect(paused.message).toBe('本单位已被山东省工业和信息化厅暂停，暂停期间不能参展；恢复后可再报名，如有疑问请联系山东省工业和信息化厅')
  })

  it('gives my approved booth with my open jobs, slots and the students it scanned, flagging those who applied', async () => {
    const org = await organiser(h)
    const start = Date.now() - 3_600_000
    const event = await postEvent(h, org.token, { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 6 * 3_600_000).toISOString() })
    const { ent, token } = await recruiter('淄博数控机床有限公司')
    const job = await createJob(h.prisma, { orgId: ent.id, title: '数控车工' })
    const otherJob = await createJob(h.prisma, { orgId: (await createEnterprise(h.prisma)).id, title: '别家岗位' })
    const booth = await applyForBooth(event.id, token)
    await events(org.token)[':id'].booths[':boothId'].approve.$post({ param: { id: event.id, boothId: booth.id }, json: { number: 'B-07', zone: '装备展区' } })
    await events(token)[':id'].booths.mine.slots.$post({ query: {}, param: { id: event.id }, json: { startsAt: new Date(start + 7_200_000).toISOString(), endsAt: new Date(start + 8_400_000).toISOString() } })

    const [s1, s2] = [await applicant(h.prisma), await applicant(h.prisma)]
    for (const s of [s1, s2]) {
      const t = await h.tokenFor(s)
      expect((await register(h, event.id, t)).status).toBe(201)
      const { code } = CheckinCodeSchema.parse(await (await events(t)[':id']['checkin-code'].$get({ param: { id: event.id } })).json())
      expect((await events(token)[':id'].booths.mine.visits.$post({ query: {}, param: { id: event.id }, json: { code } })).status).toBe(200)
    }
    expect((await h.clientAs(await h.tokenFor(s1)).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(ent.id) })).status).toBe(201)

    const mine = MyBoothSchema.parse(await (await myBooth(event.id, token)).json())
    expect(mine.event.myBooth).toMatchObject({ status: 'approved', number: 'B-07', zone: '装备展区' })
    expect(mine.openJobs.map((j) => j.id)).toEqual([job.id])
    expect(mine.openJobs.map((j) => j.id)).not.toContain(otherJob.id)
    expect(mine.slots).toHaveLength(1)
    expect(mine.slots[0]!.booked).toBe(false)
    expect(mine.visits.map((v) => [v.student.id, v.applied]).sort()).toEqual([[s1.id, true], [s2.id, false]].sort())

    // Exhibitors cannot see a draft event: 404, as for an id that does not exist.
    const draft = await h.prisma.event.update({ where: { id: event.id }, data: { status: 'draft' }, select: { id: true } })
    await expectProblem(await myBooth(draft.id, token), 404, 'NOT_FOUND')
    await expectProblem(await myBooth('no-such-event', token), 404, 'NOT_FOUND')
  })
})
