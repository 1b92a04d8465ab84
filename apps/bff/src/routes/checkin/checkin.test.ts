import { createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { CheckinCodeSchema, CheckinResultSchema, VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deriveKeys } from '../../lib/secrets'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { consentFor } from '../../testing/application-fixtures'
import { liveNow, organiser, postEvent, register, student } from '../../testing/event-fixtures'
import { CODE_TTL_MS, issueCheckinCode } from './checkin-code'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const events = (token: string) => h.clientAs(token).api.events[':id']
const checkinCode = (eventId: string, token: string) => events(token)['checkin-code'].$get({ param: { id: eventId } })
const freshCode = async (eventId: string, token: string) => CheckinCodeSchema.parse(await (await checkinCode(eventId, token)).json()).code
async function registeredStudent(eventId: string) {
  const s = await student(h)
  expect((await register(h, eventId, s.token)).status).toBe(201)
  return { ...s, code: await freshCode(eventId, s.token) }
}
const scan = (eventId: string, code: string, token: string) => events(token).checkins.$post({ param: { id: eventId }, json: { code } })
const applyForBooth = (eventId: string, token: string) => events(token).booths.$post({ query: {}, param: { id: eventId } })
const approveBooth = (eventId: string, boothId: string, json: { number: string; zone: string }, token: string) =>
  events(token).booths[':boothId'].approve.$post({ param: { id: eventId, boothId }, json })
const visitBooth = (eventId: string, code: string, token: string) => events(token).booths.mine.visits.$post({ query: {}, param: { id: eventId }, json: { code } })

describe('check-in', () => {
  it('records one check-in when the same code is scanned twice at once; the second answers 已签到 with the first time', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const s = await registeredStudent(event.id)
    const results = await Promise.all([scan(event.id, s.code, org.token), scan(event.id, s.code, org.token)])
    expect(results.map((r) => r.status)).toEqual([200, 200])
    const bodies = await Promise.all(results.map(async (r) => CheckinResultSchema.parse(await r.json())))
    expect(bodies.map((b) => b.firstTime).sort()).toEqual([false, true])
    expect(bodies.find((b) => !b.firstTime)).toMatchObject({ message: '已签到', checkedInAt: bodies[0]!.checkedInAt })
    expect(new Set(bodies.map((b) => b.checkedInAt)).size).toBe(1)
    const row = await h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: s.user.id } } })
    expect(row.checkedInAt?.toISOString()).toBe(bodies[0]!.checkedInAt)
  })

  it('refuses a code for another event, a forged code and an expired code, with Chinese messages', async () => {
    const org = await organiser(h)
    const [event, other] = [await postEvent(h, org.token, liveNow()), await postEvent(h, org.token, liveNow())]
    const s = await registeredStudent(other.id)
    const wrongEvent = await expectProblem(await scan(event.id, s.code, org.token), 400, 'BAD_REQUEST')
    expect(wrongEvent.message).toContain('不属于本场活动')
    // Re-signing a payload naming someone else, without the key, is a forgery.
    const [body, mac] = s.code.split('.')
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>
    const forgedBody = Buffer.from(JSON.stringify({ ...payload, e: event.id })).toString('base64url')
    await expectProblem(await scan(event.id, `${forgedBody}.${mac}`, org.token), 400, 'BAD_REQUEST')
    const foreignKey = issueCheckinCode(deriveKeys('another-secret-of-at-least-32-characters!!').checkin, other.id, s.user.id).code
    await expectProblem(await scan(other.id, foreignKey, org.token), 400, 'BAD_REQUEST')
    const expired = issueCheckinCode(h.keys.checkin, other.id, s.user.id, Date.now() - CODE_TTL_MS - 1).code
    expect((await expectProblem(await scan(other.id, expired, org.token), 400, 'BAD_REQUEST')).message).toContain('已过期')
    expect(await h.prisma.eventRegistration.count({ where: { checkedInAt: { not: null }, userId: s.user.id } })).toBe(0)
  })

  it('checks in only the student the code names, and refuses a valid code of an unregistered student', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const a = await registeredStudent(event.id)
    const b = await student(h)
    await register(h, event.id, b.token)
    expect(CheckinResultSchema.parse(await (await scan(event.id, a.code, org.token)).json()).student.id).toBe(a.user.id)
    expect((await h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: b.user.id } } })).checkedInAt).toBeNull()
    const stranger = await student(h)
    await expectProblem(await scan(event.id, issueCheckinCode(h.keys.checkin, event.id, stranger.user.id).code, org.token), 409, 'CONFLICT')
    await expectProblem(await checkinCode(event.id, stranger.token), 404, 'NOT_FOUND')
  })

  it("records a booth visit and shows the résumé only to an enterprise the student consented to", async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const booth = async () => {
      const ent = await createEnterprise(h.prisma)
      const { user } = await createMember(h.prisma, ent)
      const token = await h.tokenFor(user)
      const res = await applyForBooth(event.id, token)
      const { id } = (await res.json()) as { id: string }
      await approveBooth(event.id, id, { number: 'B-1', zone: '新能源展区' }, org.token)
      return { ent, token }
    }
    const [consented, other] = [await booth(), await booth()]
    const s = await registeredStudent(event.id)
    await h.prisma.studentProfile.update({ where: { userId: s.user.id }, data: { collegeId: org.college.id, phone: '13912345678', intro: '动手能力强' } })
    const job = await createJob(h.prisma, { orgId: consented.ent.id })
    const applied = await h.clientAs(s.token).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(consented.ent.id, ['realName', 'skills']) })
    expect(applied.status).toBe(201)
    const visit = (token: string, code = s.code) => visitBooth(event.id, code, token)
    // An account name kept as the display name: consent to the name is not consent to the number (decision 060).
    await h.prisma.user.update({ where: { id: s.user.id }, data: { displayName: '13912345678' } })

    const seen = VisitResultSchema.parse(await (await visit(consented.token)).json())
    expect(seen.resume).toEqual({ realName: s.user.studentProfile!.realName, skills: s.user.studentProfile!.skills })
    expect(seen.phone).toBe('139****5678')
    expect(seen.student.displayName).toBe('139****5678')
    // The code belongs to the first booth that scanned it: the next booth needs a fresh one.
    expect((await expectProblem(await visit(other.token), 409, 'CONFLICT')).message).toContain('刷新签到码')
    const fresh = await freshCode(event.id, s.token)
    const unseen = VisitResultSchema.parse(await (await visit(other.token, fresh)).json())
    expect(unseen).toMatchObject({ resume: null, phone: null, student: { id: s.user.id } })
    expect((await visit(other.token, fresh)).status).toBe(200)
    expect(await h.prisma.boothVisit.count({ where: { userId: s.user.id } })).toBe(2)
    // An enterprise without a booth here cannot scan.
    const outsider = await createMember(h.prisma, await createEnterprise(h.prisma))
    await expectProblem(await visit(await h.tokenFor(outsider.user)), 404, 'NOT_FOUND')
  })

  it('tells the scanner of a suspended unit why it cannot scan at its booth, not that the unit awaits review (decision 098)', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const ent = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, ent)
    const token = await h.tokenFor(user)
    const { id } = (await (await applyForBooth(event.id, token)).json()) as { id: string }
    await approveBooth(event.id, id, { number: 'B-2', zone: '新能源展区' }, org.token)
    const s = await registeredStudent(event.id)
    await h.prisma.organization.update({ where: { id: ent.id }, data: { verification: 'suspended', suspendedBy: '省级管理员' } })
    const refused = await expectProblem(await visitBooth(event.id, s.code, token), 403, 'NOT_VERIFIED')
    expect(refused.message).toContain('本单位已被省级管理员暂停')
    expect(await h.prisma.boothVisit.count({ where: { userId: s.user.id } })).toBe(0)
  })

  it('issues and accepts codes only from 2 hours before the start to the end, and never for a cancelled event', async () => {
    const org = await organiser(h)
    const later = await postEvent(h, org.token)
    const s = await student(h)
    expect((await register(h, later.id, s.token)).status).toBe(201)
    const early = await expectProblem(await checkinCode(later.id, s.token), 409, 'INVALID_TRANSITION')
    expect(early.message).toContain('活动开始前2小时开放签到')
    await expectProblem(await scan(later.id, issueCheckinCode(h.keys.checkin, later.id, s.user.id).code, org.token), 409, 'INVALID_TRANSITION')
    await expectProblem(await events(org.token)['venue-code'].$get({ param: { id: later.id } }), 409, 'INVALID_TRANSITION')

    const live = await postEvent(h, org.token, liveNow())
    const t = await registeredStudent(live.id)
    expect((await events(org.token).cancel.$post({ param: { id: live.id } })).status).toBe(200)
    expect((await expectProblem(await checkinCode(live.id, t.token), 409, 'INVALID_TRANSITION')).message).toContain('已取消')
    expect((await expectProblem(await scan(live.id, t.code, org.token), 409, 'INVALID_TRANSITION')).message).toContain('已取消')
    expect(await h.prisma.eventRegistration.count({ where: { checkedInAt: { not: null }, userId: { in: [s.user.id, t.user.id] } } })).toBe(0)
  })

  it('binds a code to the first scanner: a code used at a booth is refused at the entrance desk', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const ent = await createEnterprise(h.prisma)
    const rep = await h.tokenFor((await createMember(h.prisma, ent)).user)
    const { id } = (await (await applyForBooth(event.id, rep)).json()) as { id: string }
    await approveBooth(event.id, id, { number: 'D-2', zone: '综合展区' }, org.token)
    const s = await registeredStudent(event.id)
    expect((await visitBooth(event.id, s.code, rep)).status).toBe(200)
    await expectProblem(await scan(event.id, s.code, org.token), 409, 'CONFLICT')
    expect(CheckinResultSchema.parse(await (await scan(event.id, await freshCode(event.id, s.token), org.token)).json()).firstTime).toBe(true)
  })
})

describe('what the desk sees of a student (decision 060)', () => {
  it('masks a phone-shaped display name, an account name the desk has no consent to read, and shows an ordinary name', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const nameSeenFor = async (displayName: string) => {
      const s = await registeredStudent(event.id)
      await h.prisma.user.update({ where: { id: s.user.id }, data: { displayName } })
      const res = await scan(event.id, s.code, org.token)
      expect(res.status).toBe(200)
      return CheckinResultSchema.parse(await res.json()).student.displayName
    }
    expect(await nameSeenFor('13953381234')).toBe('139****1234')
    expect(await nameSeenFor('+86 139 5338 4321')).toBe('139****4321')
    expect(await nameSeenFor('0533-51793802')).toBe('053****3802')
    expect(await nameSeenFor('李晓明')).toBe('李晓明')
    expect(await nameSeenFor('zhang_2026')).toBe('zhang_2026')
  })
})
