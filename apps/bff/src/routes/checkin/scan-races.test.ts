import { createAdmin, createEnterprise, createMember } from '@zhilian/db/factories'
import { CheckinResultSchema } from '@zhilian/shared/contracts/checkin'
import { testClient } from 'hono/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, secondInstance, type Harness, type SecondInstance, type TestApp } from '../../testing/harness'
import { liveNow, organiser, postEvent, register, student } from '../../testing/event-fixtures'
import { issueCheckinCode } from './checkin-code'

/**
 * The one-statement scans (decision 031) under concurrency: two app instances on one database, as two BFF
 * processes would be — on PostgreSQL each with its own pool, so the statements truly overlap.
 */
let h: Harness
let second: SecondInstance
let other: TestApp
beforeAll(async () => {
  h = await createHarness()
  second = await secondInstance(h)
  other = second.app
})
afterAll(async () => {
  await second.close()
  await h.close()
})

const apps = () => [h.app, other] as const
/** The typed client of either instance, sending this bearer token. */
const clientOf = (app: TestApp, token: string) => testClient(app, undefined, undefined, { headers: bearer(token) })
const scan = (app: TestApp, eventId: string, code: string, token: string) =>
  clientOf(app, token).api.events[':id'].checkins.$post({ param: { id: eventId }, json: { code } })
const visitBooth = (app: TestApp, eventId: string, code: string, token: string) =>
  clientOf(app, token).api.events[':id'].booths.mine.visits.$post({ param: { id: eventId }, json: { code } })
/** An approved booth at the event for the enterprise behind `token`. */
async function approvedBooth(eventId: string, token: string, organiserToken: string, number: string) {
  const { id } = (await (await h.clientAs(token).api.events[':id'].booths.$post({ param: { id: eventId } })).json()) as { id: string }
  await h.clientAs(organiserToken).api.events[':id'].booths[':boothId'].approve.$post({ param: { id: eventId, boothId: id }, json: { number, zone: '综合展区' } })
  return id
}

async function liveEventWithStudent() {
  const org = await organiser(h)
  const event = await postEvent(h, org.token, liveNow())
  const s = await student(h)
  expect((await register(h, event.id, s.token)).status).toBe(201)
  return { org, event, s }
}

describe('scans racing on two instances', () => {
  it('checks a student in once when twenty fresh codes of theirs are scanned at once on two instances', async () => {
    const { org, event, s } = await liveEventWithStudent()
    const codes = Array.from({ length: 20 }, () => issueCheckinCode(h.keys.checkin, event.id, s.user.id).code)
    const results = await Promise.all(codes.map((code, i) => scan(apps()[i % 2]!, event.id, code, org.token)))
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200))
    const bodies = await Promise.all(results.map(async (r) => CheckinResultSchema.parse(await r.json())))
    expect(bodies.filter((b) => b.firstTime)).toHaveLength(1)
    expect(bodies.filter((b) => !b.firstTime).every((b) => b.message === '已签到')).toBe(true)
    expect(new Set(bodies.map((b) => b.checkedInAt)).size).toBe(1)
    const row = await h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: s.user.id } } })
    expect(row.checkedInAt?.toISOString()).toBe(bodies[0]!.checkedInAt)
  })

  it('gives one code to one scanner when the desk and a booth scan it at the same moment', async () => {
    const { org, event, s } = await liveEventWithStudent()
    const ent = await createEnterprise(h.prisma)
    const rep = await h.tokenFor((await createMember(h.prisma, ent)).user)
    const id = await approvedBooth(event.id, rep, org.token, 'E-1')
    const code = issueCheckinCode(h.keys.checkin, event.id, s.user.id).code
    const [desk, booth] = await Promise.all([
      scan(h.app, event.id, code, org.token),
      visitBooth(other, event.id, code, rep),
    ])
    expect([desk.status, booth.status].sort()).toEqual([200, 409])
    const checkedIn = (await h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: s.user.id } } })).checkedInAt
    const visits = await h.prisma.boothVisit.count({ where: { boothId: id, userId: s.user.id } })
    // Whoever won wrote; the loser wrote nothing.
    expect([checkedIn !== null, visits]).toEqual(desk.status === 200 ? [true, 0] : [false, 1])
  })
})

describe('the session the scan statement re-checks', () => {
  it('refuses a revoked session at once on the other instance, and an organiser whose membership was withdrawn', async () => {
    const { org, event, s } = await liveEventWithStudent()
    const code = () => issueCheckinCode(h.keys.checkin, event.id, s.user.id).code
    expect((await scan(other, event.id, code(), org.token)).status).toBe(200)
    // Signing out on one instance bumps the token version in the database; the other sees it on the next request.
    expect((await h.clientAs(org.token).api.auth.logout.$post()).status).toBeLessThan(300)
    await expectProblem(await scan(other, event.id, code(), org.token), 401, 'SESSION_EXPIRED')
    await expectProblem(await clientOf(other, org.token).api.profile.$get(), 401, 'SESSION_EXPIRED')

    const fresh = await h.tokenFor(await h.prisma.user.findUniqueOrThrow({ where: { id: org.user.id } }))
    expect((await scan(other, event.id, code(), fresh)).status).toBe(200)
    // A colleague at the organising college (not the event's creator) scans while a verified member, not after.
    const colleague = (await createMember(h.prisma, org.college)).user
    const colleagueToken = await h.tokenFor(colleague)
    expect((await scan(other, event.id, code(), colleagueToken)).status).toBe(200)
    await h.prisma.membership.updateMany({ where: { userId: colleague.id }, data: { status: 'rejected' } })
    await expectProblem(await scan(other, event.id, code(), colleagueToken), 404, 'NOT_FOUND')
    await h.prisma.user.update({ where: { id: org.user.id }, data: { deletedAt: new Date() } })
    await expectProblem(await scan(h.app, event.id, code(), fresh), 401, 'UNAUTHENTICATED')
  })

  it('admits administrators within their scope only (decision 021), as organisedEvent does', async () => {
    const { event, s } = await liveEventWithStudent()
    const code = () => issueCheckinCode(h.keys.checkin, event.id, s.user.id).code
    const as = async (overrides: Parameters<typeof createAdmin>[1]) => scan(other, event.id, code(), await h.tokenFor(await createAdmin(h.prisma, overrides)))
    // The event is in 淄博 (370300).
    expect((await as({})).status).toBe(200)
    expect((await as({ adminDepartment: 'edu', adminCityCode: '370300' })).status).toBe(200)
    expect((await as({ adminDepartment: 'edu' })).status).toBe(200)
    await expectProblem(await as({ adminDepartment: 'edu', adminCityCode: '370100' }), 404, 'NOT_FOUND')
  })
})

describe('who may scan at a booth (decision 028)', () => {
  it('refuses a list filler and a read-only member with 403 naming the role and writes nothing; an HR member scans the same code', async () => {
    const { org, event, s } = await liveEventWithStudent()
    const ent = await createEnterprise(h.prisma)
    const owner = await h.tokenFor((await createMember(h.prisma, ent, { isOwner: true })).user)
    const id = await approvedBooth(event.id, owner, org.token, 'F-1')
    const as = async (orgRole: 'hr' | 'list_filler' | 'viewer') => h.tokenFor((await createMember(h.prisma, ent, { orgRole })).user)
    const visit = (app: TestApp, code: string, token: string) => visitBooth(app, event.id, code, token)
    const code = issueCheckinCode(h.keys.checkin, event.id, s.user.id).code
    for (const [role, label] of [['list_filler', '清单填报员'], ['viewer', '只读成员']] as const) {
      const refused = await expectProblem(await visit(other, code, await as(role)), 403, 'FORBIDDEN')
      expect(refused.message).toContain(label)
    }
    // The refused scans claimed nothing: the code is still free, and no visit was recorded.
    expect(await h.prisma.checkinCodeUse.count({ where: { eventId: event.id } })).toBe(0)
    expect(await h.prisma.boothVisit.count({ where: { boothId: id } })).toBe(0)
    expect((await visit(h.app, code, await as('hr'))).status).toBe(200)
    expect(await h.prisma.boothVisit.count({ where: { boothId: id, userId: s.user.id } })).toBe(1)
  })
})
