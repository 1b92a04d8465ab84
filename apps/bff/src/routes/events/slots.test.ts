import { createEnterprise, createMember } from '@zhilian/db/factories'
import { MAX_SLOTS_PER_BOOTH, ScheduleResultSchema, SlotListSchema, SlotSchema } from '@zhilian/shared/contracts/events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { liveNow, organiser, postEvent, register, student } from '../../testing/event-fixtures'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const eventApi = (token: string) => h.clientAs(token).api.events[':id']

describe('interview slots', () => {
  it('lets one of five racing students book a slot, warns of overlaps, and frees it on release', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const start = Date.parse(event.startsAt)
    const param = { id: event.id }
    const ent = await createEnterprise(h.prisma, { name: '山东新能源装备股份有限公司' })
    const { user } = await createMember(h.prisma, ent)
    const rt = await h.tokenFor(user)
    const booth = (await (await eventApi(rt).booths.$post({ query: {}, param })).json()) as { id: string }
    await eventApi(org.token).booths[':boothId'].approve.$post({ param: { ...param, boothId: booth.id }, json: { number: 'C-3', zone: '新能源展区' } })
    const openSlot = (from: number, to: number, token = rt) =>
      eventApi(token).booths.mine.slots.$post({ query: {}, param, json: { startsAt: new Date(start + from * 60_000).toISOString(), endsAt: new Date(start + to * 60_000).toISOString() } })
    await expectProblem(await openSlot(-30, 0), 400, 'VALIDATION_FAILED')
    const outsider = await createMember(h.prisma, await createEnterprise(h.prisma))
    await expectProblem(await openSlot(0, 20, await h.tokenFor(outsider.user)), 404, 'NOT_FOUND')
    const slot = SlotSchema.parse(await (await openSlot(60, 80)).json())
    expect(slot).toMatchObject({ zone: '新能源展区', number: 'C-3', booked: false })

    const session = (await (await eventApi(org.token).sessions.$post({
      param,
      json: { title: '新能源企业宣讲', kind: 'talk', startsAt: new Date(start + 50 * 60_000).toISOString(), endsAt: new Date(start + 70 * 60_000).toISOString() },
    })).json()) as { id: string }
    const students = await Promise.all(Array.from({ length: 5 }, () => student(h)))
    for (const s of students) expect((await register(h, event.id, s.token)).status).toBe(201)
    await eventApi(students[0]!.token).schedule.$post({ param, json: { sessionId: session.id } })
    const book = (token: string) => eventApi(token).schedule.$post({ param, json: { interviewSlotId: slot.id } })
    const results = await Promise.all(students.map((s) => book(s.token)))
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(4)
    const winnerIndex = statuses.indexOf(201)
    const winner = students[winnerIndex]!
    const booked = ScheduleResultSchema.parse(await results[winnerIndex]!.json())
    expect(booked.item).toMatchObject({ interviewSlotId: slot.id, title: '面试：山东新能源装备股份有限公司', place: '新能源展区 C-3' })
    if (winnerIndex === 0) expect(booked.overlaps.map((o) => o.sessionId)).toEqual([session.id])
    expect(await h.prisma.reminder.count({ where: { subject: `slot:${slot.id}`, userId: winner.user.id, status: 'pending' } })).toBe(2)

    const listed = SlotListSchema.parse(await (await eventApi(winner.token).slots.$get({ query: {}, param })).json())
    expect(listed.items).toEqual([expect.objectContaining({ id: slot.id, booked: true, mine: true })])
    const loser = students.find((s) => s !== winner)!
    await expectProblem(await eventApi(loser.token).schedule.slots[':slotId'].$delete({ param: { ...param, slotId: slot.id } }), 404, 'NOT_FOUND')
    expect((await eventApi(winner.token).schedule.slots[':slotId'].$delete({ param: { ...param, slotId: slot.id } })).status).toBe(200)
    expect(await h.prisma.reminder.count({ where: { subject: `slot:${slot.id}`, status: 'pending' } })).toBe(0)
    expect((await book(loser.token)).status).toBe(201)
    // A body naming neither a session nor a slot cannot be typed, so this stays a raw request.
    await expectProblem(await h.app.request(`/api/events/${event.id}/schedule`, jsonInit('POST', {}, bearer(loser.token))), 400, 'VALIDATION_FAILED')
  })

  it('takes bookings only from registered students, one per booth and three per event, in Chinese', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const start = Date.parse(event.startsAt)
    const slotsOfBooth = async (name: string) => {
      const rep = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma, { name }))).user)
      const param = { id: event.id }
      const booth = (await (await eventApi(rep).booths.$post({ query: {}, param })).json()) as { id: string }
      await eventApi(org.token).booths[':boothId'].approve.$post({ param: { ...param, boothId: booth.id }, json: { number: name, zone: '综合展区' } })
      const open = async (from: number) => SlotSchema.parse(await (await eventApi(rep).booths.mine.slots.$post({ query: {},
        param,
        json: { startsAt: new Date(start + from * 60_000).toISOString(), endsAt: new Date(start + (from + 15) * 60_000).toISOString() },
      })).json()).id
      return [await open(0), await open(20)]
    }
    const booths = [await slotsOfBooth('甲展位'), await slotsOfBooth('乙展位'), await slotsOfBooth('丙展位'), await slotsOfBooth('丁展位')]
    const s = await student(h)
    const book = (slotId: string) => eventApi(s.token).schedule.$post({ param: { id: event.id }, json: { interviewSlotId: slotId } })
    expect((await expectProblem(await book(booths[0]![0]!), 403, 'FORBIDDEN')).message).toContain('请先报名')
    expect((await register(h, event.id, s.token)).status).toBe(201)
    expect((await book(booths[0]![0]!)).status).toBe(201)
    expect((await expectProblem(await book(booths[0]![1]!), 409, 'CAPACITY_FULL')).message).toContain('每个展位限约1个')
    expect((await book(booths[1]![0]!)).status).toBe(201)
    expect((await book(booths[2]![0]!)).status).toBe(201)
    expect((await expectProblem(await book(booths[3]![0]!), 409, 'CAPACITY_FULL')).message).toContain('最多预约3个')
    expect(await h.prisma.interviewSlot.count({ where: { bookedByUserId: s.user.id } })).toBe(3)
  })

  it('lets one booth open at most MAX_SLOTS_PER_BOOTH slots, so it cannot push the other booths\' slots out of the list (decision 100)', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const start = Date.parse(event.startsAt)
    const param = { id: event.id }
    const boothOf = async (name: string) => {
      const rep = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma, { name }))).user)
      const booth = (await (await eventApi(rep).booths.$post({ query: {}, param })).json()) as { id: string }
      await eventApi(org.token).booths[':boothId'].approve.$post({ param: { ...param, boothId: booth.id }, json: { number: name, zone: '综合展区' } })
      return { rep, id: booth.id }
    }
    const open = (token: string, from: number) => eventApi(token).booths.mine.slots.$post({ query: {}, param,
      json: { startsAt: new Date(start + from * 60_000).toISOString(), endsAt: new Date(start + (from + 1) * 60_000).toISOString() } })
    const greedy = await boothOf('抢位展位')
    // Before: a booth opened as many as it liked; the event's list shows its first 500 by time, so 500 early ones
    // hid every other booth's slots. All but the last are written directly; the API opens the last one.
    await h.prisma.interviewSlot.createMany({ data: Array.from({ length: MAX_SLOTS_PER_BOOTH - 1 }, (_, i) => ({
      boothId: greedy.id, startsAt: new Date(start + i * 60_000), endsAt: new Date(start + (i + 1) * 60_000),
    })) })
    expect((await open(greedy.rep, 0)).status).toBe(201)
    expect((await expectProblem(await open(greedy.rep, 0), 409, 'CONFLICT')).message).toBe(`每个展位最多开放${MAX_SLOTS_PER_BOOTH}个面试时段，本展位已经开满`)
    expect(await h.prisma.interviewSlot.count({ where: { boothId: greedy.id } })).toBe(MAX_SLOTS_PER_BOOTH)
    const other = await boothOf('邻家展位')
    expect((await open(other.rep, 0)).status).toBe(201)
  })

  // Decision 112: six booths of 100 slots fill the event-wide list past its 500. Fails on the old route, which had no
  // `boothId` and answered the event's first 500 whatever was asked: the last booth's slot was not among them.
  it('reads one approved booth\'s slots whole where the event\'s list stops at 500, and no booth of another event', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const start = Date.parse(event.startsAt)
    const param = { id: event.id }
    const booths = await Promise.all(Array.from({ length: 6 }, async () =>
      (await h.prisma.booth.create({ data: { eventId: event.id, orgId: (await createEnterprise(h.prisma)).id, status: 'approved' } })).id))
    // Five booths open 100 early slots each; the sixth one slot later in the day.
    await h.prisma.interviewSlot.createMany({ data: booths.slice(0, 5).flatMap((boothId) => Array.from({ length: MAX_SLOTS_PER_BOOTH }, (_, i) => ({
      boothId, startsAt: new Date(start + i * 60_000), endsAt: new Date(start + (i + 1) * 60_000),
    }))) })
    const late = booths[5]!
    const lateSlot = await h.prisma.interviewSlot.create({ data: { boothId: late, startsAt: new Date(start + 3 * 3_600_000), endsAt: new Date(start + 3.5 * 3_600_000) } })
    const s = await student(h)
    const list = async (query: { boothId?: string }) => SlotListSchema.parse(await (await eventApi(s.token).slots.$get({ query, param })).json()).items
    const all = await list({})
    expect(all).toHaveLength(500)
    expect(all.some((x) => x.boothId === late)).toBe(false)
    expect((await list({ boothId: late })).map((x) => x.id)).toEqual([lateSlot.id])
    expect(await list({ boothId: booths[0]! })).toHaveLength(MAX_SLOTS_PER_BOOTH)

    // A booth of another event, or one of this event not approved, is not this event's: 404 alike.
    const otherEvent = await postEvent(h, org.token)
    const elsewhere = await h.prisma.booth.create({ data: { eventId: otherEvent.id, orgId: (await createEnterprise(h.prisma)).id, status: 'approved' } })
    await h.prisma.interviewSlot.create({ data: { boothId: elsewhere.id, startsAt: new Date(start), endsAt: new Date(start + 60_000) } })
    const pending = await h.prisma.booth.create({ data: { eventId: event.id, orgId: (await createEnterprise(h.prisma)).id, status: 'applied' } })
    for (const boothId of [elsewhere.id, pending.id]) {
      expect((await expectProblem(await eventApi(s.token).slots.$get({ query: { boothId }, param }), 404, 'NOT_FOUND')).message).toBe('该展位不存在或未通过审核')
    }
  })

  // Decision 049: the hostile-client audit booked a slot of a cancelled fair (with its interview reminder), and
  // registered for a fair that had ended but had no registration window.
  it('refuses booking, adding sessions, opening slots and registering once the event is cancelled or over', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const start = Date.parse(event.startsAt)
    const param = { id: event.id }
    const rep = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma))).user)
    const booth = (await (await eventApi(rep).booths.$post({ query: {}, param })).json()) as { id: string }
    await eventApi(org.token).booths[':boothId'].approve.$post({ param: { ...param, boothId: booth.id }, json: { number: 'A-1', zone: '综合展区' } })
    const slot = SlotSchema.parse(await (await eventApi(rep).booths.mine.slots.$post({ query: {},
      param, json: { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 15 * 60_000).toISOString() },
    })).json())
    const session = (await (await eventApi(org.token).sessions.$post({
      param, json: { title: '企业宣讲', kind: 'talk', startsAt: new Date(start).toISOString(), endsAt: new Date(start + 30 * 60_000).toISOString() },
    })).json()) as { id: string }
    const s = await student(h)
    expect((await register(h, event.id, s.token)).status).toBe(201)
    expect((await eventApi(org.token).cancel.$post({ param })).status).toBe(200)

    const over = async (res: Response) => expect((await expectProblem(res, 409, 'INVALID_TRANSITION')).message).toContain('活动已结束或已取消')
    await over(await eventApi(s.token).schedule.$post({ param, json: { interviewSlotId: slot.id } }))
    await over(await eventApi(s.token).schedule.$post({ param, json: { sessionId: session.id } }))
    await over(await eventApi(rep).booths.mine.slots.$post({ query: {},
      param, json: { startsAt: new Date(start + 20 * 60_000).toISOString(), endsAt: new Date(start + 35 * 60_000).toISOString() },
    }))
    expect(await h.prisma.interviewSlot.count({ where: { bookedByUserId: s.user.id } })).toBe(0)
    expect(await h.prisma.reminder.count({ where: { subject: `slot:${slot.id}` } })).toBe(0)

    // Ended yesterday, stored status still published, no registration window: the date decides.
    const ended = await postEvent(h, org.token)
    await h.prisma.event.update({
      where: { id: ended.id },
      data: { startsAt: new Date(Date.now() - 2 * 86_400_000), endsAt: new Date(Date.now() - 86_400_000), studentRegOpens: null, studentRegCloses: null },
    })
    await over(await register(h, ended.id, (await student(h)).token))
    expect(await h.prisma.eventRegistration.count({ where: { eventId: ended.id } })).toBe(0)
  })

  it('refuses a slot that has already begun', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const param = { id: event.id }
    const rep = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma))).user)
    const booth = (await (await eventApi(rep).booths.$post({ query: {}, param })).json()) as { id: string }
    await eventApi(org.token).booths[':boothId'].approve.$post({ param: { ...param, boothId: booth.id }, json: { number: 'B-2', zone: '综合展区' } })
    const start = Date.parse(event.startsAt)
    const past = SlotSchema.parse(await (await eventApi(rep).booths.mine.slots.$post({ query: {},
      param, json: { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 15 * 60_000).toISOString() },
    })).json())
    const s = await student(h)
    expect((await register(h, event.id, s.token)).status).toBe(201)
    const refused = await expectProblem(await eventApi(s.token).schedule.$post({ param, json: { interviewSlotId: past.id } }), 409, 'INVALID_TRANSITION')
    expect(refused.message).toContain('该面试时段已开始或已过')
  })
})
