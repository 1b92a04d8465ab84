import { createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { CheckinCodeSchema, CheckinResultSchema, VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deriveKeys } from '../../lib/secrets'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { consentFor } from '../applications/test-fixtures'
import { organiser, postEvent, register, student } from '../events/events.test-data'
import { CODE_TTL_MS, issueCheckinCode } from './checkin-code'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

async function registeredStudent(eventId: string) {
  const s = await student(h)
  expect((await register(h, eventId, s.token)).status).toBe(201)
  const res = await h.app.request(`/api/events/${eventId}/checkin-code`, { headers: bearer(s.token) })
  return { ...s, code: CheckinCodeSchema.parse(await res.json()).code }
}
const scan = (eventId: string, code: string, token: string) => h.app.request(`/api/events/${eventId}/checkins`, jsonInit('POST', { code }, bearer(token)))

describe('check-in', () => {
  it('records one check-in when the same code is scanned twice at once; the second answers 已签到 with the first time', async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
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
    const [event, other] = [await postEvent(h, org.token), await postEvent(h, org.token)]
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
    const event = await postEvent(h, org.token)
    const a = await registeredStudent(event.id)
    const b = await student(h)
    await register(h, event.id, b.token)
    expect(CheckinResultSchema.parse(await (await scan(event.id, a.code, org.token)).json()).student.id).toBe(a.user.id)
    expect((await h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: b.user.id } } })).checkedInAt).toBeNull()
    const stranger = await student(h)
    await expectProblem(await scan(event.id, issueCheckinCode(h.keys.checkin, event.id, stranger.user.id).code, org.token), 409, 'CONFLICT')
    await expectProblem(await h.app.request(`/api/events/${event.id}/checkin-code`, { headers: bearer(stranger.token) }), 404, 'NOT_FOUND')
  })

  it("records a booth visit and shows the résumé only to an enterprise the student consented to", async () => {
    const org = await organiser(h)
    const event = await postEvent(h, org.token)
    const booth = async () => {
      const ent = await createEnterprise(h.prisma)
      const { user } = await createMember(h.prisma, ent)
      const token = await h.tokenFor(user)
      const res = await h.app.request(`/api/events/${event.id}/booths`, { method: 'POST', headers: bearer(token) })
      const { id } = (await res.json()) as { id: string }
      await h.app.request(`/api/events/${event.id}/booths/${id}/approve`, jsonInit('POST', { number: 'B-1', zone: '新能源展区' }, bearer(org.token)))
      return { ent, token }
    }
    const [consented, other] = [await booth(), await booth()]
    const s = await registeredStudent(event.id)
    await h.prisma.studentProfile.update({ where: { userId: s.user.id }, data: { collegeId: org.college.id, phone: '13912345678', intro: '动手能力强' } })
    const job = await createJob(h.prisma, { orgId: consented.ent.id })
    const applied = await h.app.request(`/api/jobs/${job.id}/applications`, jsonInit('POST', consentFor(consented.ent.id, ['realName', 'skills']), bearer(s.token)))
    expect(applied.status).toBe(201)
    const visit = (token: string) => h.app.request(`/api/events/${event.id}/booths/mine/visits`, jsonInit('POST', { code: s.code }, bearer(token)))

    const seen = VisitResultSchema.parse(await (await visit(consented.token)).json())
    expect(seen.resume).toEqual({ realName: s.user.studentProfile!.realName, skills: s.user.studentProfile!.skills })
    expect(seen.phone).toBe('139****5678')
    const unseen = VisitResultSchema.parse(await (await visit(other.token)).json())
    expect(unseen).toMatchObject({ resume: null, phone: null, student: { id: s.user.id } })
    await visit(other.token)
    expect(await h.prisma.boothVisit.count({ where: { userId: s.user.id } })).toBe(2)
    // An enterprise without a booth here cannot scan.
    const outsider = await createMember(h.prisma, await createEnterprise(h.prisma))
    await expectProblem(await visit(await h.tokenFor(outsider.user)), 404, 'NOT_FOUND')
  })
})
