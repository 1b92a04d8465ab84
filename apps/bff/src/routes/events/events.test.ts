import { createAdmin, createCollege, createEnterprise, createJob, createMember, createProject, createStudent } from '@zhilian/db/factories'
import { EventDetailSchema, EventPageSchema, MyRegistrationsSchema, ScheduleResultSchema } from '@zhilian/shared/contracts/events'
import { OrganisedPageSchema } from '@zhilian/shared/contracts/event-manage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { organiser, postEvent, register, student } from '../../testing/event-fixtures'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const eventApi = (token: string) => h.clientAs(token).api.events[':id']
const publicEvent = (id: string) => h.client.api.events[':id'].$get({ param: { id } })

describe('events', () => {
  it('lets a college member publish an event that the public lists and opens, and refuses students', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, { cityCode: '370100', title: '济南新一代信息技术对接会', kind: 'matchmaking' })
    const list = EventPageSchema.parse(await (await h.client.api.events.$get({ query: { cityCode: '370100', kind: 'matchmaking' } })).json())
    expect(list.items.map((e) => e.id)).toContain(event.id)
    const detail = EventDetailSchema.parse(await (await publicEvent(event.id)).json())
    expect(detail).toMatchObject({ organizer: { id: org.college.id }, registered: 0, myRegistration: null, chainIds: ['SD-C02'] })
    const s = await student(h)
    // An empty body cannot be typed, so this stays a raw request (the role is refused before the body is read).
    await expectProblem(await h.app.request('/api/events', jsonInit('POST', {}, bearer(s.token))), 403, 'FORBIDDEN')
  })

  it('keeps the chains of an event a patch does not name: a rename leaves it listed under its chain (decision 097)', async () => {
    // Zod applied the create schema's `chainIds` default inside `.partial()`: every patch without chainIds sent [].
    const org = await organiser(h)
    const event = await postEvent(h, org.token, { cityCode: '370100', title: '济南智能制造专场对接会', kind: 'matchmaking' })
    expect((await eventApi(org.token).$patch({ param: { id: event.id }, json: { title: '济南智能制造专场对接会（改期后）' } })).status).toBe(200)
    const detail = EventDetailSchema.parse(await (await publicEvent(event.id)).json())
    expect(detail).toMatchObject({ title: '济南智能制造专场对接会（改期后）', chainIds: ['SD-C02'] })
    const byChain = EventPageSchema.parse(await (await h.client.api.events.$get({ query: { chainId: 'SD-C02', cityCode: '370100', kind: 'matchmaking' } })).json())
    expect(byChain.items.map((e) => e.id)).toContain(event.id)
  })

  it('lets a verified industry organisation organise an event (decision 022), but not an enterprise', async () => {
    const association = await createEnterprise(h.prisma, { kind: 'industry_org', name: '淄博市测试行业协会' })
    const { user } = await createMember(h.prisma, association)
    const event = await postEvent(h, await h.tokenFor(user), { title: '智能制造行业产教对接会', kind: 'matchmaking' })
    const detail = EventDetailSchema.parse(await (await publicEvent(event.id)).json())
    expect(detail.organizer).toMatchObject({ id: association.id })
    const firm = await createMember(h.prisma, await createEnterprise(h.prisma))
    const refused = await h.clientAs(await h.tokenFor(firm.user)).api.events.$post({
      json: { kind: 'matchmaking', format: 'onsite', title: '企业自办对接会', cityCode: '370300', chainIds: ['SD-C02'], startsAt: new Date(Date.now() + 9e8).toISOString(), endsAt: new Date(Date.now() + 9.1e8).toISOString() },
    })
    await expectProblem(refused, 403, 'FORBIDDEN')
  })

  it('books exactly the capacity when 30 students register at once for 10 places', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, { capacity: 10 })
    const tokens = await Promise.all(Array.from({ length: 30 }, async () => (await student(h)).token))
    const statuses = (await Promise.all(tokens.map((t) => register(h, event.id, t)))).map((r): number => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(10)
    expect(statuses.filter((s) => s === 409)).toHaveLength(20)
    expect(await h.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(10)
  })

  it('refuses a registration outside the student window and a second one by the same student', async () => {
    const org = await organiser(h)
    const closed = await postEvent(h, org.token, { studentRegCloses: new Date(Date.now() - 1000).toISOString() })
    const s = await student(h)
    await expectProblem(await register(h, closed.id, s.token), 409, 'INVALID_TRANSITION')
    const open = await postEvent(h, org.token)
    expect((await register(h, open.id, s.token)).status).toBe(201)
    await expectProblem(await register(h, open.id, s.token), 409, 'DUPLICATE')
    const mine = MyRegistrationsSchema.parse(await (await h.clientAs(s.token).api.events.registrations.mine.$get()).json())
    expect(mine.items.map((r) => r.eventId)).toEqual([open.id])
  })

  it('keeps a finished event as it was: no move into the future, no new registrations beside its check-ins (decision 089)', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const s = await student(h)
    expect((await register(h, event.id, s.token)).status).toBe(201)
    const ended = new Date(Date.now() - 86_400_000)
    await h.prisma.event.update({ where: { id: event.id }, data: { startsAt: new Date(ended.getTime() - 6 * 3_600_000), endsAt: ended } })
    await h.prisma.eventRegistration.updateMany({ where: { eventId: event.id }, data: { checkedInAt: new Date(ended.getTime() - 3_600_000) } })
    const next = new Date(Date.now() + 30 * 86_400_000)
    const moved = await eventApi(org.token).$patch({ param: { id: event.id }, json: { startsAt: next.toISOString(), endsAt: new Date(next.getTime() + 3_600_000).toISOString() } })
    expect((await expectProblem(moved, 409, 'INVALID_TRANSITION')).message).toBe('活动已结束，不能再修改；如需再办，请新建活动')
    await expectProblem(await eventApi(org.token).$patch({ param: { id: event.id }, json: { title: '改头换面的双选会' } }), 409, 'INVALID_TRANSITION')
    expect(await h.prisma.event.findUniqueOrThrow({ where: { id: event.id }, select: { endsAt: true } })).toEqual({ endsAt: ended })
    expect(await h.prisma.inboxMessage.count({ where: { userId: s.user.id, title: '活动时间调整' } })).toBe(0)
    await expectProblem(await register(h, event.id, (await student(h)).token), 409, 'INVALID_TRANSITION')
  })

  it('moves reminders and tells registered students when the event moves; drops them when it is cancelled', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const s = await student(h)
    await register(h, event.id, s.token)
    const subject = `event:${event.id}`
    const pending = () => h.prisma.reminder.findMany({ where: { subject, status: 'pending' }, orderBy: { sendAt: 'asc' } })
    const before = await pending()
    expect(before.map((r) => new Date(event.startsAt).getTime() - r.sendAt.getTime())).toEqual([86_400_000, 1_800_000])

    const later = new Date(new Date(event.startsAt).getTime() + 2 * 86_400_000)
    const moved = await eventApi(org.token).$patch({ param: { id: event.id }, json: { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 3_600_000).toISOString() } })
    expect(moved.status).toBe(200)
    const after = await pending()
    expect(after.map((r) => later.getTime() - r.sendAt.getTime())).toEqual([86_400_000, 1_800_000])
    expect(after.every((r) => r.userId === s.user.id)).toBe(true)
    expect(await h.prisma.inboxMessage.findMany({ where: { userId: s.user.id }, select: { title: true } })).toEqual([{ title: '活动时间调整' }])

    expect((await eventApi(org.token).cancel.$post({ param: { id: event.id } })).status).toBe(200)
    expect(await pending()).toHaveLength(0)
    const titles = (await h.prisma.inboxMessage.findMany({ where: { userId: s.user.id }, select: { title: true } })).map((m) => m.title)
    expect(titles.sort()).toEqual(['活动已取消', '活动时间调整'].sort())
  })

  it('adds a session to my schedule with an overlap warning, and schedules its reminders', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const start = new Date(event.startsAt).getTime()
    const session = async (title: string, from: number, minutes: number) => {
      const res = await eventApi(org.token).sessions.$post({
        param: { id: event.id },
        json: { title, kind: 'talk', room: 'A厅', startsAt: new Date(start + from * 60_000).toISOString(), endsAt: new Date(start + (from + minutes) * 60_000).toISOString() },
      })
      expect(res.status).toBe(201)
      return ((await res.json()) as { id: string }).id
    }
    const [a, b, c] = [await session('智能制造企业宣讲', 0, 60), await session('产教融合路演', 30, 60), await session('签约仪式', 60, 30)]
    const s = await student(h)
    const add = async (sessionId: string) => ScheduleResultSchema.parse(await (await eventApi(s.token).schedule.$post({ param: { id: event.id }, json: { sessionId } })).json())
    expect((await add(a)).overlaps).toEqual([])
    const second = await add(b)
    expect(second.overlaps.map((o) => o.sessionId)).toEqual([a])
    expect(second.warning).toContain('智能制造企业宣讲')
    expect((await add(c)).overlaps.map((o) => o.sessionId)).toEqual([b])
    expect(await h.prisma.reminder.count({ where: { userId: s.user.id, subject: `session:${a}`, status: 'pending' } })).toBe(2)
    expect((await eventApi(s.token).schedule[':sessionId'].$delete({ param: { id: event.id, sessionId: a } })).status).toBe(200)
    expect(await h.prisma.reminder.count({ where: { userId: s.user.id, subject: `session:${a}`, status: 'pending' } })).toBe(0)
  })

  it('refuses agenda sessions outside the event, and a move of the event that would strand them', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const start = Date.parse(event.startsAt)
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString()
    const add = (from: number, to: number) =>
      eventApi(org.token).sessions.$post({ param: { id: event.id }, json: { title: '链主企业宣讲', kind: 'talk', startsAt: at(from), endsAt: at(to) } })
    const early = await expectProblem(await add(-60, 30), 400, 'VALIDATION_FAILED')
    expect(early.message).toContain('议程时间须在活动时间之内')
    await expectProblem(await add(-20 * 24 * 60, -20 * 24 * 60 + 60), 400, 'VALIDATION_FAILED')
    await expectProblem(await add(5 * 60, 7 * 60), 400, 'VALIDATION_FAILED')
    expect((await add(0, 60)).status).toBe(201)
    const move = await eventApi(org.token).$patch({ param: { id: event.id }, json: { startsAt: at(24 * 60), endsAt: at(24 * 60 + 360) } })
    expect((await expectProblem(move, 400, 'VALIDATION_FAILED')).message).toContain('链主企业宣讲')
    expect(await h.prisma.eventSession.count({ where: { eventId: event.id } })).toBe(1)
  })

  it('runs booths: apply, approval by the organiser only, own open jobs only', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const ent = await createEnterprise(h.prisma)
    const { user: recruiter } = await createMember(h.prisma, ent)
    const rt = await h.tokenFor(recruiter)
    const applied = await eventApi(rt).booths.$post({ query: {}, param: { id: event.id } })
    expect(applied.status).toBe(201)
    const boothId = ((await applied.json()) as { id: string }).id
    const mine = await createJob(h.prisma, { orgId: ent.id })
    const others = await createJob(h.prisma)
    const setJobs = (jobIds: string[]) => eventApi(rt).booths.mine.jobs.$put({ query: {}, param: { id: event.id }, json: { jobIds } })
    await expectProblem(await setJobs([mine.id]), 409, 'INVALID_TRANSITION')

    const stranger = await organiser(h)
    const approve = (token: string) =>
      eventApi(token).booths[':boothId'].approve.$post({ param: { id: event.id, boothId }, json: { number: 'A-12', zone: '智能制造展区' } })
    await expectProblem(await approve(stranger.token), 404, 'NOT_FOUND')
    expect((await approve(org.token)).status).toBe(200)
    await expectProblem(await setJobs([mine.id, others.id]), 400, 'VALIDATION_FAILED')
    expect((await setJobs([mine.id])).status).toBe(200)
    const detail = EventDetailSchema.parse(await (await publicEvent(event.id)).json())
    expect(detail.booths).toEqual([expect.objectContaining({ number: 'A-12', zone: '智能制造展区', jobs: [expect.objectContaining({ id: mine.id })] })])
  })

  it('speaks of 参展单位, not 企业, to an exhibitor that is not an enterprise (decision 088)', async () => {
    // The booth window governs every kind that exhibits (kindsWith('fairs')): a research institute read 不在企业报名时间内.
    const org = await organiser(h)
    const event = await postEvent(h, org.token, { enterpriseRegOpens: new Date(Date.now() + 2 * 86_400_000).toISOString(), enterpriseRegCloses: new Date(Date.now() + 3 * 86_400_000).toISOString() })
    const institute = await createEnterprise(h.prisma, { kind: 'research_institute', name: '山东测试先进制造研究院' })
    const rt = await h.tokenFor((await createMember(h.prisma, institute)).user)
    const early = await expectProblem(await eventApi(rt).booths.$post({ query: {}, param: { id: event.id } }), 409, 'INVALID_TRANSITION')
    expect(early.message).toBe('不在参展单位报名时间内')
    const open = await postEvent(h, org.token)
    expect((await eventApi(rt).booths.$post({ query: {}, param: { id: open.id } })).status).toBe(201)
    expect((await expectProblem(await eventApi(rt).booths.$post({ query: {}, param: { id: open.id } }), 409, 'DUPLICATE')).message).toBe('本单位已申请本场展位')
  })

  it("answers 404 for another organiser's event on every id-taking organiser endpoint", async () => {
    const owner = await organiser(h)
    const event = await postEvent(h, owner.token)
    const other = await organiser(h)
    const c = eventApi(other.token)
    const param = { id: event.id }
    const when = new Date(Date.now() + 20 * 86_400_000).toISOString()
    const calls = [
      c.$patch({ param, json: { title: '被篡改的活动' } }),
      c.cancel.$post({ param }),
      c.sessions.$post({ param, json: { title: '冒名议程', kind: 'talk', startsAt: when, endsAt: new Date(Date.parse(when) + 3_600_000).toISOString() } }),
      c.checkins.$post({ param, json: { code: 'x'.repeat(20) } }),
    ]
    for (const res of await Promise.all(calls)) await expectProblem(res, 404, 'NOT_FOUND')
    expect((await h.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('published')
    // A student cannot withdraw someone else's registration: the route only ever names "mine".
    const a = await student(h)
    await register(h, event.id, a.token)
    const b = await createStudent(h.prisma)
    await expectProblem(await eventApi(await h.tokenFor(b)).registrations.mine.$delete({ param: { id: event.id } }), 404, 'NOT_FOUND')
    expect(await h.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(1)
  })

  it('stops a member removed from the unit, or moved to a role that does not run events, organising the events they created (decision 092)', async () => {
    const college = await createCollege(h.prisma)
    const owner = await h.tokenFor((await createMember(h.prisma, college, { isOwner: true })).user)
    const staff = async () => {
      const { user, membership } = await createMember(h.prisma, college, { orgRole: 'manager' })
      const token = await h.tokenFor(user)
      const event = await postEvent(h, token)
      await createProject(h.prisma, [(await createCollege(h.prisma)).id, (await createEnterprise(h.prisma)).id], { eventId: event.id })
      return { token, event, membership }
    }
    const [left, demoted] = [await staff(), await staff()]
    const s = await student(h)
    expect((await register(h, left.event.id, s.token)).status).toBe(201)
    const projectsOf = async (token: string) => ((await (await h.clientAs(token).api.projects.$get({ query: {} })).json()) as { items: unknown[] }).items
    // Before: both managers run both events of their college and follow the projects signed at them.
    expect(await projectsOf(left.token)).toHaveLength(2)
    expect(OrganisedPageSchema.parse(await (await h.clientAs(left.token).api.events.organised.$get({ query: {} })).json()).items).toHaveLength(2)
    const members = h.clientAs(owner).api.organizations[':id'].members[':memberId']
    expect((await members.$delete({ param: { id: college.id, memberId: left.membership.id } })).status).toBe(200)
    expect((await members.role.$put({ param: { id: college.id, memberId: demoted.membership.id }, json: { role: 'viewer' } })).status).toBe(200)

    for (const { token, event } of [left, demoted]) {
      const c = eventApi(token)
      const param = { id: event.id }
      for (const res of [await c.$patch({ param, json: { title: '前成员改名的双选会' } }), await c.dashboard.$get({ param }), await c.cancel.$post({ param })]) {
        await expectProblem(res, 404, 'NOT_FOUND')
      }
      expect(OrganisedPageSchema.parse(await (await h.clientAs(token).api.events.organised.$get({ query: {} })).json()).items).toEqual([])
      // Nor do they follow the projects signed at it as its organiser.
      expect(await projectsOf(token)).toEqual([])
    }
    expect(await h.prisma.event.findUniqueOrThrow({ where: { id: left.event.id }, select: { title: true, status: true } })).toEqual({ title: '高端装备产业链专场双选会', status: 'published' })
    expect(await h.prisma.eventRegistration.count({ where: { eventId: left.event.id } })).toBe(1)
    // The unit still runs them: its owner renames one.
    expect((await eventApi(owner).$patch({ param: { id: left.event.id }, json: { title: '高端装备产业链专场双选会（续）' } })).status).toBe(200)
  })

  it("leaves a college's fair to the education side and an industry organisation's event to the industry side (decision 092)", async () => {
    const fair = await postEvent(h, (await organiser(h)).token, { cityCode: '370300' })
    const association = await createEnterprise(h.prisma, { kind: 'industry_org' })
    const meeting = await postEvent(h, await h.tokenFor((await createMember(h.prisma, association)).user), { cityCode: '370300', kind: 'matchmaking', title: '智能制造行业产教对接会' })
    const bureau = async (adminDepartment: 'edu' | 'industry', adminCityCode?: string) => h.tokenFor(await createAdmin(h.prisma, { adminDepartment, ...(adminCityCode ? { adminCityCode } : {}) }))
    const [ziboEdu, ziboIndustry, provinceIndustry] = [await bureau('edu', '370300'), await bureau('industry', '370300'), await bureau('industry')]
    const organisedIds = async (token: string) =>
      OrganisedPageSchema.parse(await (await h.clientAs(token).api.events.organised.$get({ query: { limit: 50 } })).json()).items.map((e) => e.id)

    // The industry side: 404 on the college's fair, like any event it does not run; nothing changed, nobody cancelled.
    for (const token of [ziboIndustry, provinceIndustry]) {
      const c = eventApi(token)
      const param = { id: fair.id }
      for (const res of [await c.$patch({ param, json: { title: '工信局改名的双选会' } }), await c.dashboard.$get({ param }), await c.cancel.$post({ param })]) {
        await expectProblem(res, 404, 'NOT_FOUND')
      }
      expect(await organisedIds(token)).not.toContain(fair.id)
      expect(await organisedIds(token)).toContain(meeting.id)
      expect((await c.dashboard.$get({ param: { id: meeting.id } })).status).toBe(200)
    }
    expect(await h.prisma.event.findUniqueOrThrow({ where: { id: fair.id }, select: { title: true, status: true } })).toEqual({ title: '高端装备产业链专场双选会', status: 'published' })
    // The education side the other way round.
    await expectProblem(await eventApi(ziboEdu).$patch({ param: { id: meeting.id }, json: { title: '教育局改名的对接会' } }), 404, 'NOT_FOUND')
    expect(await organisedIds(ziboEdu)).toContain(fair.id)
    expect(await organisedIds(ziboEdu)).not.toContain(meeting.id)
    expect((await eventApi(ziboEdu).$patch({ param: { id: fair.id }, json: { title: '高端装备产业链专场双选会（市教育局）' } })).status).toBe(200)
  })
})
