import { Prisma } from '@zhilian/db'
import { createAdmin, createCollege, createEnterprise, createEvent, createMember, createStudent, createUser } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSessionUser, principalOf, sessionUserQuery } from '../lib/auth/principal'
import { createHarness, type Harness } from '../testing/harness'
import { organisedBy, organises, organisesSql } from './event-access'

/**
 * The organiser rule has three renderings (event-access.ts): `organises` for loaded events, `organisesSql` inside
 * the desk scan's statement and `organisedBy`, the Prisma filter of 我组织的活动 and the projects an organiser follows.
 * Every kind of caller against every kind of event, all three ways: any difference fails.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('the organiser rule', () => {
  it('gives the same answer in TypeScript, in SQL and as a Prisma filter for every kind of caller and event', async () => {
    const p = h.prisma
    const college = await createCollege(p)
    const otherCollege = await createCollege(p)
    const grouping = await p.grouping.create({ data: { kind: 'park', name: `园区${Date.now()}`, cityCode: '370300' } })
    const otherGrouping = await p.grouping.create({ data: { kind: 'park', name: `园区${Date.now()}b`, cityCode: '370100' } })
    const creator = (await createMember(p, college, { orgRole: 'viewer' })).user
    const member = (orgRole?: 'manager' | 'hr' | 'list_filler' | 'viewer', extra: { isOwner?: boolean; status?: 'pending' } = {}) =>
      createMember(p, college, { ...(orgRole ? { orgRole } : {}), ...extra }).then((m) => m.user)
    const callers = {
      provinceAdmin: await createAdmin(p),
      cityAdminHere: await createAdmin(p, { adminDepartment: 'edu', adminCityCode: '370300' }),
      cityAdminElsewhere: await createAdmin(p, { adminDepartment: 'industry', adminCityCode: '370100' }),
      provinceEduAdmin: await createAdmin(p, { adminDepartment: 'edu' }),
      cityIndustryHere: await createAdmin(p, { adminDepartment: 'industry', adminCityCode: '370300' }),
      provinceIndustryAdmin: await createAdmin(p, { adminDepartment: 'industry' }),
      groupingAdmin: await createAdmin(p, { adminDepartment: 'grouping', adminGroupingId: grouping.id }),
      otherGroupingAdmin: await createAdmin(p, { adminDepartment: 'grouping', adminGroupingId: otherGrouping.id }),
      provinceAllAdmin: await createAdmin(p, { adminDepartment: 'all' }),
      creator,
      owner: await member(undefined, { isOwner: true }),
      manager: await member('manager'),
      hr: await member('hr'),
      listFiller: await member('list_filler'),
      viewer: await member('viewer'),
      pendingManager: await member('manager', { status: 'pending' }),
      otherCollegeManager: (await createMember(p, otherCollege, { orgRole: 'manager' })).user,
      student: await createStudent(p),
      collegeUser: await createUser(p, { role: 'college' }),
    }
    const events = {
      collegeFair: await createEvent(p, { organizerOrgId: college.id, createdByUserId: creator.id }),
      groupingFair: await createEvent(p, { organizerGroupingId: grouping.id, cityCode: '370100' }),
      elsewhere: await createEvent(p, { cityCode: '370100' }),
      // An administrator's own event (no unit) outside its present scope: its creator still runs it.
      adminsOwn: await createEvent(p, { cityCode: '370100', createdByUserId: callers.cityAdminHere.id }),
      // An industry organisation's matchmaking event in the same city as the college's fair: the other side's.
      associationFair: await createEvent(p, { organizerOrgId: (await createEnterprise(p, { kind: 'industry_org' })).id, cityCode: '370300' }),
    }

    const ts: Record<string, boolean> = {}
    const sql: Record<string, boolean> = {}
    const filter: Record<string, boolean> = {}
    for (const [who, user] of Object.entries(callers)) {
      const principal = principalOf((await loadSessionUser(h.db.hotSql, user.id)).user, { sub: user.id, role: user.role, tv: user.tokenVersion, iat: 0, exp: 0 }, [])
      for (const [what, created] of Object.entries(events)) {
        const event = await p.event.findUniqueOrThrow({ where: { id: created.id }, include: { organizer: { select: { kind: true } } } })
        ts[`${who} → ${what}`] = organises(principal, event)
        const [row] = await h.db.hotSql(Prisma.sql`WITH s AS (${sessionUserQuery(user.id)}), e AS (SELECT * FROM "Event" WHERE "id" = ${event.id})
          SELECT coalesce(${organisesSql}, false) AS "organises" FROM s, e`)
        sql[`${who} → ${what}`] = (row as { organises: boolean }).organises
        filter[`${who} → ${what}`] = (await p.event.count({ where: { AND: [{ id: event.id }, organisedBy(principal)] } })) === 1
      }
    }
    expect(sql).toEqual(ts)
    expect(filter).toEqual(ts)
    // The matrix must exercise both answers of every clause, or agreement would prove little.
    expect(ts).toMatchObject({
      'provinceAdmin → elsewhere': true, 'cityAdminHere → collegeFair': true, 'cityAdminHere → elsewhere': false,
      'groupingAdmin → groupingFair': true, 'otherGroupingAdmin → groupingFair': false, 'provinceAllAdmin → groupingFair': true,
      // The creator is a 只读成员: a unit's event is run by the members whose role runs events (decision 092).
      'creator → collegeFair': false, 'cityAdminHere → adminsOwn': true, 'cityAdminElsewhere → adminsOwn': true, 'provinceEduAdmin → adminsOwn': true,
      'groupingAdmin → adminsOwn': false,
      // A unit's event is its side's (decision 092): the industry side does not run a college's fair, nor education an association's.
      'cityIndustryHere → collegeFair': false, 'cityIndustryHere → associationFair': true, 'cityAdminHere → associationFair': false,
      'provinceEduAdmin → associationFair': false, 'provinceIndustryAdmin → associationFair': true, 'provinceIndustryAdmin → collegeFair': false,
      'provinceAdmin → associationFair': true, 'manager → collegeFair': true, 'owner → collegeFair': true, 'hr → collegeFair': false,
      'viewer → collegeFair': false, 'pendingManager → collegeFair': false, 'otherCollegeManager → collegeFair': false,
      'student → collegeFair': false, 'collegeUser → elsewhere': false,
    })
  })
})
