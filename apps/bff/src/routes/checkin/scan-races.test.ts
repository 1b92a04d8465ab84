import { createAdmin, createEnterprise, createMember } from '@zhilian/db/factories'
import { CheckinResultSchema } from '@zhilian/shared/contracts/checkin'
import { testClient } from 'hono/testing'
import { describe, expect, it } from 'vitest'
import { bearer, expectProblem, type TestApp } from '../../testing/harness'
import { raceInstances } from '../../testing/race-instances'
import { liveNow, organiser, postEvent, register, student } from '../../testing/event-fixtures'
import { issueCheckinCode } from './checkin-code'

/**
 * The one-statement scans (decision 031) under concurrency: two app instances on one database, as two BFF
 * processes would be — on PostgreSQL each with its own pool, so the statements truly overlap.
 */
const race = raceInstances()

const apps = () => [race.h.app, race.other] as const
/** The typed client of either instance, sending this bearer token. */
const clientOf = (app: TestApp, token: string) => testClient(app, undefined, undefined, { headers: bearer(token) })
const scan = (app: TestApp, eventId: string, code: string, token: string) =>
  clientOf(app, token).api.events[':id'].checkins.$post({ param: { id: eventId }, json: { code } })
const visitBooth = (app: TestApp, eventId: string, code: string, token: string) =>
  clientOf(app, token).api.events[':id'].booths.mine.visits.$post({ query: {}, param: { id: eventId }, json: { code } })
/** An approved booth at the event for the enterprise behind `token`. */
async function approvedBooth(eventId: string, token: string, organiserToken: string, number: string) {
  const { id } = (await (await race.h.clientAs(token).api.events[':id'].booths.$post({ query: {}, param: { id: eventId } })).json()) as { id: string }
  await race.h.clientAs(organiserToken).api.events[':id'].booths[':boothId'].approve.$post({ param: { id: eventId, boothId: id }, json: { number, zone: '综合展区' } })
  return id
}

async function liveEventWithStudent() {
  const org = await organiser(race.h)
  const event = await postEvent(race.h, org.token, liveNow())
  const s = await student(race.h)
  expect((await register(race.h, event.id, s.token)).status).toBe(201)
  return { org, event, s }
}

describe('scans racing on two instances', () => {
  it('checks a student in once when twenty fresh codes of theirs are scanned at once on two instances', async () => {
    const { org, event, s } = await liveEventWithStudent()
    const codes = Array.from({ length: 20 }, () => issueCheckinCode(race.h.keys.checkin, event.id, s.user.id).code)
    const results = await Promise.all(codes.map((code, i) => scan(apps()[i % 2]!, event.id, code, org.token)))
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200))
    const bodies = await Promise.all(results.map(async (r) => CheckinResultSchema.parse(await r.json())))
    expect(bodies.filter((b) => b.firstTime)).toHaveLength(1)
    expect(bodies.filter((b) => !b.firstTime).every((b) => b.message === '已签到')).toBe(true)
    expect(new Set(bodies.map((b) => b.checkedInAt)).size).toBe(1)
    const row = await race.h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: s.user.id } } })
    expect(row.checkedInAt?.toISOString()).toBe(bodies[0]!.checkedInAt)
  })

  it('gives one code to one scanner when the desk and a booth scan it at the same moment', async () => {
    const { org, event, s } = await liveEventWithStudent()
    const ent = await createEnterprise(race.h.prisma)
    const rep = await race.h.tokenFor((await createMember(race.h.prisma, ent)).user)
    const id = await approvedBooth(event.id, rep, org.token, 'E-1')
    const code = issueCheckinCode(race.h.keys.checkin, event.id, s.user.id).code
    const [desk, booth] = await Promise.all([
      scan(race.h.app, event.id, code, org.token),
      visitBooth(race.other, event.id, code, rep),
    ])
    expect([desk.status, booth.status].sort()).toEqual([200, 409])
    const checkedIn = (await race.h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: s.user.id } } })).checkedInAt
    const visits = await race.h.prisma.boothVisit.count({ where: { boothId: id, userId: s.user.id } })
    // Whoever won wrote; the loser wrote nothing.
    expect([checkedIn !== null, visits]).toEqual(desk.status === 200 ? [true, 0] : [false, 1])
  })
})

describe('the session the scan statement re-checks', () => {
  it('refuses a revoked session at once on the other instance, and an organiser whose membership was withdrawn', async () => {
    const { org, event, s } = await liveEventWithStudent()
    const code = () => issueCheckinCode(race.h.keys.checkin, event.id, s.user.id).code
    expect((await scan(race.other, event.id, code(), org.token)).status).toBe(200)
    // Signing out on one instance bumps the token version in the database; the other sees it on the next request.
    expect((await race.h.clientAs(org.token).api.auth.logout.$post()).status).toBeLessThan(300)
    await expectProblem(await scan(race.other, event.id, code(), org.token), 401, 'SESSION_EXPIRED')
    await expectProblem(await clientOf(race.other, org.token).api.profile.$get(), 401, 'SESSION_EXPIRED')

    const fresh = await race.h.tokenFor(await race.h.prisma.user.findUniqueOrThrow({ where: { id: org.user.id } }))
    expect((await scan(race.other, event.id, code(), fresh)).status).toBe(200)
    // A colleague at the organising college (not the event's creator) scans while a verified member, not after.
    const colleague = (await createMember(race.h.prisma, org.college)).user
    const colleagueToken = await race.h.tokenFor(colleague)
    expect((await scan(race.other, event.id, code(), colleagueToken)).status).toBe(200)
    await race.h.prisma.membership.updateMany({ where: { userId: colleague.id }, data: { status: 'rejected' } })
    await expectProblem(await scan(race.other, event.id, code(), colleagueToken), 404, 'NOT_FOUND')
    await race.h.prisma.user.update({ where: { id: org.user.id }, data: { deletedAt: new Date() } })
    await expectProblem(await scan(race.h.app, event.id, code(), fresh), 401, 'UNAUTHENTICATED')
  })

  it('admits administrators within their scope only (decision 021), as organisedEvent does', async () => {
    const { event, s } = await liveEventWithStudent()
    const code = () => issueCheckinCode(race.h.keys.checkin, event.id, s.user.id).code
    const as = async (overrides: Parameters<typeof createAdmin>[1]) => scan(race.other, event.id, code(), await race.h.tokenFor(await createAdmin(race.h.prisma, overrides)))
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
    const ent = await createEnterprise(race.h.prisma)
    const owner = await race.h.tokenFor((await createMember(race.h.prisma, ent, { isOwner: true })).user)
    const id = await approvedBooth(event.id, owner, org.token, 'F-1')
    const as = async (orgRole: 'hr' | 'list_filler' | 'viewer') => race.h.tokenFor((await createMember(race.h.prisma, ent, { orgRole })).user)
    const visit = (app: TestApp, code: string, token: string) => visitBooth(app, event.id, code, token)
    const code = issueCheckinCode(race.h.keys.checkin, event.id, s.user.id).code
    for (const [role, label] of [['list_filler', '清单填报员'], ['viewer', '只读成员']] as const) {
      const refused = await expectProblem(await visit(race.other, code, await as(role)), 403, 'FORBIDDEN')
      expect(refused.message).toContain(label)
    }
    // The refused scans claimed nothing: the code is still free, and no visit was recorded.
    expect(await race.h.prisma.checkinCodeUse.count({ where: { eventId: event.id } })).toBe(0)
    expect(await race.h.prisma.boothVisit.count({ where: { boothId: id } })).toBe(0)
    expect((await visit(race.h.app, code, await as('hr'))).status).toBe(200)
    expect(await race.h.prisma.boothVisit.count({ where: { boothId: id, userId: s.user.id } })).toBe(1)
  })
})
