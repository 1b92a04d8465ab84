import { addMembership, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { CheckinCodeSchema, CheckinResultSchema, VenueCodeSchema, VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { BoothSchema } from '@zhilian/shared/contracts/events'
import { ExhibitorPageSchema, MyBoothSchema } from '@zhilian/shared/contracts/event-manage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { liveNow, organiser, postEvent, register, student } from '../../testing/event-fixtures'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const api = (token: string) => h.clientAs(token).api.events
const ev = (token: string) => api(token)[':id']
const unit = (orgId?: string) => (orgId ? { orgId } : {})
const apply = (eventId: string, token: string, orgId?: string) => ev(token).booths.$post({ param: { id: eventId }, query: unit(orgId) })
const mine = (eventId: string, token: string, orgId?: string) => ev(token).booths.mine.$get({ param: { id: eventId }, query: unit(orgId) })
const exhibiting = (token: string, orgId?: string) => api(token).exhibiting.$get({ query: { limit: 50, ...unit(orgId) } })
const approve = (eventId: string, boothId: string, token: string) =>
  ev(token).booths[':boothId'].approve.$post({ param: { id: eventId, boothId }, json: { number: 'A01', zone: 'A区' } })
const visit = (eventId: string, code: string, token: string, orgId?: string) =>
  ev(token).booths.mine.visits.$post({ param: { id: eventId }, query: unit(orgId), json: { code } })
const setJobs = (eventId: string, jobIds: string[], token: string, orgId?: string) =>
  ev(token).booths.mine.jobs.$put({ param: { id: eventId }, query: unit(orgId), json: { jobIds } })

/** A member who may exhibit for two verified enterprises (manager of both), and a third enterprise they are not in. */
async function twoUnitMember() {
  const [a, b, stranger] = [await createEnterprise(h.prisma), await createEnterprise(h.prisma), await createEnterprise(h.prisma)]
  const { user } = await createMember(h.prisma, a)
  await addMembership(h.prisma, user.id, b)
  return { a, b, stranger, user, token: await h.tokenFor(user) }
}

const askedAtOrgId = async (res: Response) => {
  const problem = await expectProblem(res as never, 400, 'VALIDATION_FAILED')
  expect(problem.issues?.map((i) => i.path)).toEqual(['orgId'])
  return problem
}

describe('booths for a member of several units (decision 095)', () => {
  it('asks which unit applies, lists and reads the named unit only, and refuses a unit the caller is not in', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const m = await twoUnitMember()

    // Before: the booth went to whichever unit the database returned first, without asking.
    expect((await askedAtOrgId(await apply(event.id, m.token))).message).toContain('请选择以哪家单位参展')
    await askedAtOrgId(await mine(event.id, m.token))
    await askedAtOrgId(await exhibiting(m.token))
    expect(await h.prisma.booth.count({ where: { eventId: event.id } })).toBe(0)

    const res = await apply(event.id, m.token, m.b.id)
    expect(res.status).toBe(201)
    expect(BoothSchema.parse(await res.json()).org.id).toBe(m.b.id)
    expect(MyBoothSchema.parse(await (await mine(event.id, m.token, m.b.id)).json()).event.myBooth?.org.id).toBe(m.b.id)
    expect(MyBoothSchema.parse(await (await mine(event.id, m.token, m.a.id)).json()).event.myBooth).toBeNull()
    const listed = ExhibitorPageSchema.parse(await (await exhibiting(m.token, m.a.id)).json()).items.find((e) => e.id === event.id)
    expect(listed?.myBooth).toBeNull()
    expect(ExhibitorPageSchema.parse(await (await exhibiting(m.token, m.b.id)).json()).items.find((e) => e.id === event.id)?.myBooth?.org.id).toBe(m.b.id)

    // Cross-tenant: naming another enterprise answers as its objects do, and nothing is created for it.
    await expectProblem(await apply(event.id, m.token, m.stranger.id), 404, 'NOT_FOUND')
    await expectProblem(await mine(event.id, m.token, m.stranger.id), 404, 'NOT_FOUND')
    await expectProblem(await exhibiting(m.token, m.stranger.id), 404, 'NOT_FOUND')
    expect(await h.prisma.booth.count({ where: { orgId: m.stranger.id } })).toBe(0)
  })

  it('explains a named unit that cannot exhibit by that unit, not by the member\'s other one', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const m = await twoUnitMember()
    await h.prisma.organization.update({ where: { id: m.b.id }, data: { verification: 'pending' } })
    // The member owns verified A as well: its role there may exhibit, so a refusal about B must speak of B.
    const refused = await expectProblem(await apply(event.id, m.token, m.b.id), 403, 'NOT_VERIFIED')
    expect(refused.message).toBe('本单位尚未通过审核，暂不能参展')
    expect(await h.prisma.booth.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('takes the one unit without asking, whether the member has one unit or is only a 只读成员 of the other', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const single = await createEnterprise(h.prisma)
    const one = await h.tokenFor((await createMember(h.prisma, single)).user)
    const res = await apply(event.id, one)
    expect(res.status).toBe(201)
    expect(BoothSchema.parse(await res.json()).org.id).toBe(single.id)

    const m = await twoUnitMember()
    await h.prisma.membership.update({ where: { userId_orgId: { userId: m.user.id, orgId: m.a.id } }, data: { orgRole: 'viewer' } })
    const token = await h.tokenFor(m.user)
    const taken = await apply(event.id, token)
    expect(taken.status).toBe(201)
    expect(BoothSchema.parse(await taken.json()).org.id).toBe(m.b.id)
    // Naming the unit where the role may not exhibit: 403 with the role named.
    expect((await expectProblem(await apply(event.id, token, m.a.id), 403, 'FORBIDDEN')).message).toContain('只读成员')
  })

  it('scans for the unit whose approved booth is at the event, and asks when both units have one', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const m = await twoUnitMember()
    // The unit with the larger id is approved: the old statement took the smaller id's (ORDER BY id) booth.
    const [first, second] = [m.a.id, m.b.id].sort()
    const booths = { first: BoothSchema.parse(await (await apply(event.id, m.token, first)).json()), second: BoothSchema.parse(await (await apply(event.id, m.token, second)).json()) }
    expect((await approve(event.id, booths.second.id, org.token)).status).toBe(200)

    const s = await student(h)
    expect((await register(h, event.id, s.token)).status).toBe(201)
    const code = async () => CheckinCodeSchema.parse(await (await ev(s.token)['checkin-code'].$get({ param: { id: event.id } })).json()).code
    const res = await visit(event.id, await code(), m.token)
    expect(res.status).toBe(200)
    VisitResultSchema.parse(await res.json())
    expect(await h.prisma.boothVisit.findMany({ where: { userId: s.user.id }, select: { boothId: true } })).toEqual([{ boothId: booths.second.id }])

    // Both approved: the scan must name the unit; named, it records at that unit's booth.
    expect((await approve(event.id, booths.first.id, org.token)).status).toBe(200)
    const other = await student(h)
    expect((await register(h, event.id, other.token)).status).toBe(201)
    const otherCode = CheckinCodeSchema.parse(await (await ev(other.token)['checkin-code'].$get({ param: { id: event.id } })).json()).code
    await askedAtOrgId(await visit(event.id, otherCode, m.token))
    expect(await h.prisma.boothVisit.count({ where: { userId: other.user.id } })).toBe(0)
    await expectProblem(await visit(event.id, otherCode, m.token, m.stranger.id), 404, 'NOT_FOUND')
    expect((await visit(event.id, otherCode, m.token, first)).status).toBe(200)
    expect(await h.prisma.boothVisit.findMany({ where: { userId: other.user.id }, select: { boothId: true } })).toEqual([{ boothId: booths.first.id }])

    // The booth's jobs: named unit's own open jobs only.
    const job = await createJob(h.prisma, { orgId: first })
    await askedAtOrgId(await setJobs(event.id, [job.id], m.token))
    expect((await setJobs(event.id, [job.id], m.token, first)).status).toBe(200)
    await expectProblem(await setJobs(event.id, [job.id], m.token, second), 400, 'VALIDATION_FAILED')
    // Cross-tenant: another enterprise named for the booth's jobs or its interview slots answers as its objects do.
    await expectProblem(await setJobs(event.id, [job.id], m.token, m.stranger.id), 404, 'NOT_FOUND')
    const slot = { startsAt: new Date(Date.now() + 7_200_000).toISOString(), endsAt: new Date(Date.now() + 8_400_000).toISOString() }
    await expectProblem(await ev(m.token).booths.mine.slots.$post({ param: { id: event.id }, query: { orgId: m.stranger.id }, json: slot }), 404, 'NOT_FOUND')
    expect(await h.prisma.interviewSlot.count({ where: { booth: { orgId: m.stranger.id } } })).toBe(0)
  })
})

describe('an industry organisation runs the events it organises (decision 095)', () => {
  it('approves booths, scans at the desk and shows the venue code at its own event; other units get 404', async () => {
    const association = await createEnterprise(h.prisma, { kind: 'industry_org', name: '淄博市测试装备行业协会' })
    const staff = await h.tokenFor((await createMember(h.prisma, association)).user)
    const event = await postEvent(h, staff, { ...liveNow(), kind: 'matchmaking', title: '装备行业产教对接会' })
    const firm = await createEnterprise(h.prisma)
    const booth = BoothSchema.parse(await (await apply(event.id, await h.tokenFor((await createMember(h.prisma, firm)).user))).json())
    const s = await student(h)
    expect((await register(h, event.id, s.token)).status).toBe(201)
    const code = CheckinCodeSchema.parse(await (await ev(s.token)['checkin-code'].$get({ param: { id: event.id } })).json()).code

    // Another association and a plain enterprise's manager do not organise it.
    const otherAssociation = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma, { kind: 'industry_org' }))).user)
    const firmManager = await h.tokenFor((await createMember(h.prisma, firm)).user)
    for (const token of [otherAssociation, firmManager]) {
      await expectProblem(await approve(event.id, booth.id, token), 404, 'NOT_FOUND')
      await expectProblem(await ev(token).checkins.$post({ param: { id: event.id }, json: { code } }), 404, 'NOT_FOUND')
      await expectProblem(await ev(token)['venue-code'].$get({ param: { id: event.id } }), 404, 'NOT_FOUND')
    }
    expect((await h.prisma.booth.findUniqueOrThrow({ where: { id: booth.id } })).status).toBe('applied')

    // Before: 403 on all three, though the association created the event.
    const approved = await approve(event.id, booth.id, staff)
    expect(approved.status).toBe(200)
    expect(BoothSchema.parse(await approved.json())).toMatchObject({ status: 'approved', number: 'A01' })
    const desk = await ev(staff).checkins.$post({ param: { id: event.id }, json: { code } })
    expect(desk.status).toBe(200)
    expect(CheckinResultSchema.parse(await desk.json()).firstTime).toBe(true)
    const venue = await ev(staff)['venue-code'].$get({ param: { id: event.id } })
    expect(venue.status).toBe(200)
    expect(VenueCodeSchema.parse(await venue.json()).code).toMatch(/^\d{6}$/)
  })
})
