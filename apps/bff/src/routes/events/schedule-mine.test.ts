import { createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { MyScheduleSchema } from '@zhilian/shared/contracts/events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'
import { organiser, postEvent, register, student } from '../../testing/event-fixtures'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const minutes = (base: string, m: number) => new Date(Date.parse(base) + m * 60_000).toISOString()

const eventApi = (token: string) => h.clientAs(token).api.events[':id']

/** The body of a call that has to succeed; `step` names it in the error otherwise. */
async function ok<T>(step: string, pending: Promise<{ status: number; text(): Promise<string>; json(): Promise<unknown> }>): Promise<T> {
  const res = await pending
  if (res.status >= 300) throw new Error(`${step}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** A session of `event` from minute `from` to `to` after its start. */
const session = (org: string, event: { id: string; startsAt: string }, title: string, from: number, to: number) =>
  ok<{ id: string }>('session', eventApi(org).sessions.$post({ param: { id: event.id }, json: { title, kind: 'talk', room: '报告厅', startsAt: minutes(event.startsAt, from), endsAt: minutes(event.startsAt, to) } }))

const plan = (event: string, token: string, item: { sessionId: string } | { interviewSlotId: string }) =>
  ok('schedule', eventApi(token).schedule.$post({ param: { id: event }, json: item }))

const mySchedule = async (token: string) => MyScheduleSchema.parse(await (await h.clientAs(token).api.events.schedule.mine.$get()).json())

describe('GET /api/events/schedule/mine', () => {
  it('gathers my sessions and booked slots across events, soonest first, flagging overlaps even between events', async () => {
    const org = await organiser(h)
    const fair = await postEvent(h, org.token, { title: '高端装备双选会' })
    const roadshow = await postEvent(h, org.token, { title: '成果路演', kind: 'roadshow' })
    const talk = await session(org.token, fair, '链主企业宣讲', 60, 120)
    const next = await session(org.token, fair, '紧接着的签约仪式', 120, 150)
    const ent = await createEnterprise(h.prisma, { name: '潍柴动力' })
    const rep = await h.tokenFor((await createMember(h.prisma, ent)).user)
    const booth = await ok<{ id: string }>('booth', eventApi(rep).booths.$post({ query: {}, param: { id: roadshow.id } }))
    await ok('approve', eventApi(org.token).booths[':boothId'].approve.$post({ param: { id: roadshow.id, boothId: booth.id }, json: { number: 'A-1', zone: '装备区' } }))
    const slot = await ok<{ id: string }>('slot', eventApi(rep).booths.mine.slots.$post({ query: {}, param: { id: roadshow.id }, json: { startsAt: minutes(roadshow.startsAt, 90), endsAt: minutes(roadshow.startsAt, 110) } }))

    const me = await student(h)
    await plan(fair.id, me.token, { sessionId: talk.id })
    await plan(fair.id, me.token, { sessionId: next.id })
    expect((await register(h, roadshow.id, me.token)).status).toBe(201)
    await plan(roadshow.id, me.token, { interviewSlotId: slot.id })

    const { items } = await mySchedule(me.token)
    expect(items.map((i) => [i.title, i.event?.title, i.place, i.overlaps.map((o) => o.title)])).toEqual([
      ['链主企业宣讲', '高端装备双选会', '报告厅', ['面试：潍柴动力']],
      ['面试：潍柴动力', '成果路演', '装备区 A-1', ['链主企业宣讲']],
      // Starts as the talk ends: half-open spans, no clash.
      ['紧接着的签约仪式', '高端装备双选会', '报告厅', []],
    ])
    expect(items[1]).toMatchObject({ interviewSlotId: slot.id, sessionId: null, event: { id: roadshow.id }, startsAt: minutes(roadshow.startsAt, 90) })
  })

  it("never shows another student's items, nor items of cancelled events or already over", async () => {
    const org = await organiser(h)
    const fair = await postEvent(h, org.token)
    const talk = await session(org.token, fair, '链主企业宣讲', 60, 120)
    const clinic = await session(org.token, fair, '简历诊断工作坊', 90, 150)
    const past = await postEvent(h, org.token, { title: '上周的对接会' })
    const pastTalk = await session(org.token, past, '已结束的宣讲', 0, 60)
    const doomed = await postEvent(h, org.token, { title: '将取消的路演' })
    const doomedTalk = await session(org.token, doomed, '取消活动里的宣讲', 60, 120)

    const [alice, bob] = [await student(h), await student(h)]
    await plan(fair.id, alice.token, { sessionId: talk.id })
    await plan(fair.id, alice.token, { sessionId: clinic.id })
    await plan(past.id, alice.token, { sessionId: pastTalk.id })
    // Planned while it lay ahead (an event that is over takes no more plans, decision 049); then the week went by.
    const weekAgo = (m: number) => new Date(Date.now() + (m - 3 * 24 * 60) * 60_000)
    await h.prisma.event.update({ where: { id: past.id }, data: { startsAt: weekAgo(0), endsAt: weekAgo(240) } })
    await h.prisma.scheduleItem.updateMany({ where: { eventId: past.id }, data: { startsAt: weekAgo(0), endsAt: weekAgo(60) } })
    await plan(doomed.id, alice.token, { sessionId: doomedTalk.id })
    await ok('cancel', eventApi(org.token).cancel.$post({ param: { id: doomed.id } }))
    // Bob plans the talk alone: Alice's clinic must neither appear for him nor flag his talk.
    await plan(fair.id, bob.token, { sessionId: talk.id })

    const forAlice = await mySchedule(alice.token)
    expect(forAlice.items.map((i) => [i.title, i.overlaps.map((o) => o.title)])).toEqual([['链主企业宣讲', ['简历诊断工作坊']], ['简历诊断工作坊', ['链主企业宣讲']]])
    const forBob = await mySchedule(bob.token)
    expect(forBob.items.map((i) => [i.title, i.overlaps])).toEqual([['链主企业宣讲', []]])
    expect(forAlice.items.map((i) => i.id)).not.toContain(forBob.items[0]!.id)
  })

  it('holds the interview an enterprise invited me to outside any event, until the application is withdrawn', async () => {
    const { org, user } = await recruiter(h.prisma, { name: '淄博恒瑞精密机械有限公司' })
    const hr = await h.tokenFor(user)
    const job = await createJob(h.prisma, { orgId: org.id, title: '数控车工' })
    const me = await h.tokenFor(await applicant(h.prisma))
    const applied = await ok<{ id: string }>('apply', h.clientAs(me).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id) }))
    const at = new Date(Date.now() + 2 * 86_400_000).toISOString()
    await ok('invite', h.clientAs(hr).api.enterprise.applications[':id'].interview.$post({ param: { id: applied.id }, json: { at, place: '公司二楼会议室' } }))

    const { items } = await mySchedule(me)
    expect(items.map((i) => [i.title, i.startsAt, i.place, i.event, i.interviewId !== null])).toEqual([['面试：数控车工', at, '公司二楼会议室', null, true]])

    await ok('withdraw', h.clientAs(me).api.applications[':id'].withdraw.$post({ param: { id: applied.id } }))
    expect((await mySchedule(me)).items).toEqual([])
  })

  it('answers students only', async () => {
    await expectProblem(await h.client.api.events.schedule.mine.$get(), 401, 'UNAUTHENTICATED')
    const org = await organiser(h)
    await expectProblem(await h.clientAs(org.token).api.events.schedule.mine.$get(), 403, 'FORBIDDEN')
  })
})
