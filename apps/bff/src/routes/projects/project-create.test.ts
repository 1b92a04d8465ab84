import { addMembership, createCollege, createCourse, createEnterprise, createEvent, createMember, createStudent } from '@zhilian/db/factories'
import { type LINKED_SOURCES, PartnerPageSchema, ProjectDetailSchema, ProjectLinksSchema } from '@zhilian/shared/contracts/projects'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { categoryOf } from '../../lib/rate-limit/policies'
import { demandList } from '../../testing/analytics-fixtures'
import { bearer, createHarness, expectProblem, type Harness, type TestClient } from '../../testing/harness'

/**
 * Starting a project from the phone (decision 036): the partner lookup, what each source may grow from, and the
 * four sources other than 揭榜挂帅 — each from its own party, each refused to another tenant.
 */
let h: Harness
const t: Record<string, string> = {}
const ids: Record<string, string> = {}
const MARK = '鲁链伙伴'
const CONTACT = { contactName: '赵私密', contactPhone: '13912345678', contactEmail: 'secret-contact@example.cn' }
const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const ent = await createEnterprise(db, { name: `${MARK}精工机床有限公司`, ...CONTACT })
  const rivalEnt = await createEnterprise(db)
  const course = await createCourse(db, { title: '数控加工技术提升班' })
  const list = await db.trainingCourse.findUniqueOrThrow({ where: { id: course.id }, select: { list: { select: { id: true, collegeId: true } } } })
  const col = await db.organization.update({ where: { id: list.list.collegeId }, data: { name: `${MARK}职业学院`, ...CONTACT } })
  const rivalCol = await createCollege(db)
  // Three more partners under the mark: two colleges (one in 济南) and a research institute; one unverified.
  const partners = [
    await createCollege(db, { name: `${MARK}技师学院`, cityCode: '370100', ...CONTACT }),
    await createCollege(db, { name: `${MARK}工程职业学院`, ...CONTACT }),
    await db.organization.update({ where: { id: (await createEnterprise(db, { ...CONTACT })).id }, data: { kind: 'research_institute', name: `${MARK}智能制造研究院` } }),
  ]
  await createCollege(db, { name: `${MARK}待审学院`, verification: 'pending' })
  const fair = await createEvent(db, { organizerOrgId: rivalCol.id, title: '淄博校企签约会', startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() - 80_000_000), status: 'finished' })
  await db.booth.create({ data: { eventId: fair.id, orgId: ent.id, status: 'approved' } })
  const elsewhere = await createEvent(db, { title: '未参加的招聘会', status: 'finished' })
  const equipment = await db.equipment.create({ data: { listId: list.list.id, name: '五轴加工中心', quantity: 1, coreFunction: '精密加工', open: true } })
  const unbooked = await db.equipment.create({ data: { listId: list.list.id, name: '三坐标测量机', quantity: 1, coreFunction: '精密测量', open: true } })
  await db.equipmentBooking.create({ data: { equipmentId: equipment.id, enterpriseOrgId: ent.id, start: new Date(Date.now() - 5 * 86_400_000), end: new Date(Date.now() - 5 * 86_400_000 + 7_200_000), status: 'completed' } })
  const major = await db.major.findFirstOrThrow({ where: { status: 'active' }, select: { code: true, name: true } })
  Object.assign(ids, {
    ent: ent.id, col: col.id, rivalEnt: rivalEnt.id, rivalCol: rivalCol.id, course: course.id, fair: fair.id, elsewhere: elsewhere.id,
    equipment: equipment.id, unbooked: unbooked.id, major: major.code, majorName: major.name, institute: partners[2]!.id,
    ...Object.fromEntries(partners.map((p, i) => [`p${i}`, p.id])),
  })
  const users = {
    ent: (await createMember(db, ent)).user,
    col: (await createMember(db, col)).user,
    rivalEnt: (await createMember(db, rivalEnt)).user,
    rivalCol: (await createMember(db, rivalCol)).user,
    entPending: (await createMember(db, ent, { status: 'pending' })).user,
    entViewer: (await createMember(db, ent, { orgRole: 'viewer' })).user,
    student: await createStudent(db),
  }
  for (const [k, u] of Object.entries(users)) t[k] = await h.tokenFor(u)
})
afterAll(() => h.close())

type CreateBody = Parameters<TestClient['api']['projects']['$post']>[0]['json']
type PartnerQuery = Parameters<TestClient['api']['projects']['partners']['$get']>[0]['query']
const projects = (token?: string) => (token ? h.clientAs(token) : h.client).api.projects
const post = (json: CreateBody, token: string) => projects(token).$post({ json })
const partnersOf = async (query: PartnerQuery, token: string) => {
  const res = await projects(token).partners.$get({ query })
  expect(res.status, await res.clone().text()).toBe(200)
  return PartnerPageSchema.parse(await res.json())
}
const created = async (res: Awaited<ReturnType<typeof post>>) => {
  expect(res.status, await res.clone().text()).toBe(201)
  return ProjectDetailSchema.parse(await res.json())
}
const base = { title: '校企合作项目', goals: '双方共同推进人才培养与技术服务', milestones: [{ title: '签订实施方案', dueDate: day(20) }] }

describe('the partner lookup', () => {
  it('pages verified organisations by name, never the caller\'s own, with name, kind and city only', async () => {
    const first = await partnersOf({ q: MARK, limit: 2 }, t.ent!)
    expect(first.items).toHaveLength(2)
    expect(first.nextCursor).not.toBeNull()
    const second = await partnersOf({ q: MARK, limit: 2, cursor: first.nextCursor! }, t.ent!)
    const all = [...first.items, ...second.items]
    // The college, the three partners; not the caller's own enterprise, not the unverified college.
    expect(all.map((o) => o.id).sort()).toEqual([ids.col, ids.p0, ids.p1, ids.p2].sort())
    expect(second.nextCursor).toBeNull()
    expect(all.find((o) => o.id === ids.p0)).toEqual({ id: ids.p0, name: `${MARK}技师学院`, kind: 'college', cityName: '济南市' })
    const text = JSON.stringify(all)
    for (const secret of Object.values(CONTACT)) expect(text).not.toContain(secret)
    expect(text).not.toContain('待审学院')
  })

  it('filters by kind, and the college side finds the enterprise', async () => {
    const institutes = await partnersOf({ q: MARK, kind: 'research_institute' }, t.col!)
    expect(institutes.items.map((o) => o.id)).toEqual([ids.institute])
    const enterprises = await partnersOf({ q: MARK, kind: 'enterprise' }, t.col!)
    expect(enterprises.items.map((o) => o.name)).toEqual([`${MARK}精工机床有限公司`])
  })

  it('answers 401 anonymously, 403 to a student, a pending member and a 只读成员, and 400 to a forged cursor or kind', async () => {
    await expectProblem(await projects().partners.$get({ query: {} }), 401, 'UNAUTHENTICATED')
    await expectProblem(await projects(t.student!).partners.$get({ query: {} }), 403, 'FORBIDDEN')
    await expectProblem(await projects(t.entPending!).partners.$get({ query: {} }), 403, 'NOT_VERIFIED')
    await expectProblem(await projects(t.entViewer!).partners.$get({ query: {} }), 403, 'FORBIDDEN')
    await expectProblem(await projects(t.ent!).partners.$get({ query: { cursor: 'notacursor' } }), 400, 'BAD_REQUEST')
    // A kind outside the enum cannot be typed, so it stays a raw request.
    await expectProblem(await h.app.request('/api/projects/partners?kind=bank', { headers: bearer(t.ent!) }), 400, 'VALIDATION_FAILED')
    // Counted with the other search endpoints (decision 013); the harness runs without limits.
    expect(categoryOf('GET', '/api/projects/partners')).toBe('search')
  })

  it('reads %, _ and \\ in the name as the characters themselves, never as LIKE wildcards (hostile-client audit, decision 042)', async () => {
    // Before: `%` or `_` listed every verified organisation in the province, whatever their names.
    for (const q of ['%', '_', '%%', `${MARK}%`, `${MARK}_`, '\\']) {
      expect((await partnersOf({ q }, t.ent!)).items, q).toEqual([])
    }
    expect((await partnersOf({ q: `${MARK}技师` }, t.ent!)).items.map((o) => o.id)).toEqual([ids.p0])
  })
})

describe('what a project may grow from', () => {
  const linksOf = async (source: (typeof LINKED_SOURCES)[number], token: string) => {
    const res = await projects(token).links.$get({ query: { source } })
    expect(res.status, await res.clone().text()).toBe(200)
    return ProjectLinksSchema.parse(await res.json()).items.map((i) => i.id)
  }

  it('offers the events the caller exhibited at or organised, the equipment it owns or booked, its own courses', async () => {
    expect(await linksOf('event_signing', t.ent!)).toEqual([ids.fair])
    expect(await linksOf('event_signing', t.rivalCol!)).toContain(ids.fair)
    expect(await linksOf('event_signing', t.col!)).not.toContain(ids.fair)
    expect(await linksOf('equipment_booking', t.ent!)).toEqual([ids.equipment])
    expect((await linksOf('equipment_booking', t.col!)).sort()).toEqual([ids.equipment, ids.unbooked].sort())
    expect(await linksOf('equipment_booking', t.rivalEnt!)).toEqual([])
    expect(await linksOf('training', t.col!)).toEqual([ids.course])
    expect(await linksOf('training', t.rivalCol!)).toEqual([])
    // A source outside the linked ones cannot be typed, so it stays a raw request.
    await expectProblem(await h.app.request('/api/projects/links?source=challenge', { headers: bearer(t.ent!) }), 400, 'VALIDATION_FAILED')
    await expectProblem(await projects().links.$get({ query: { source: 'training' } }), 401, 'UNAUTHENTICATED')
  })
})

describe('creating a project from each source', () => {
  it('签约: the college records a signing at the fair its partner exhibited at; not at a fair neither attended', async () => {
    const p = await created(await post({ ...base, source: 'event_signing', eventId: ids.fair, partnerOrgId: ids.ent }, t.col!))
    expect(p).toMatchObject({ source: 'event_signing', event: { id: ids.fair }, viewerRole: 'party' })
    expect(p.parties.map((x) => x.id).sort()).toEqual([ids.ent, ids.col].sort())
    const refused = await expectProblem(await post({ ...base, source: 'event_signing', eventId: ids.elsewhere, partnerOrgId: ids.ent }, t.col!), 400, 'VALIDATION_FAILED')
    expect(refused.issues?.map((i) => i.path)).toEqual(['eventId'])
    await expectProblem(await post({ ...base, source: 'event_signing', eventId: 'nosuchevent', partnerOrgId: ids.ent }, t.col!), 404, 'NOT_FOUND')
  })

  it('签约 and 企业培训 join one unit of each side: two enterprises or two colleges are refused at the partner (decision 107)', async () => {
    // Before: any verified partner was taken, so an enterprise signed with an enterprise at a fair it exhibited at,
    // and the fair's organising college with another college, and each counted a 校企 project in 成效.
    for (const [partnerOrgId, token, message] of [
      [ids.rivalEnt, t.ent, '活动签约项目由院校、科研院所与企业、行业组织、服务机构双方建立，合作单位应为院校、科研院所'],
      [ids.col, t.rivalCol, '活动签约项目由院校、科研院所与企业、行业组织、服务机构双方建立，合作单位应为企业、行业组织、服务机构'],
    ] as const) {
      const refused = await expectProblem(await post({ ...base, source: 'event_signing', eventId: ids.fair, partnerOrgId }, token!), 400, 'VALIDATION_FAILED')
      expect(refused.issues).toEqual([{ path: 'partnerOrgId', message }])
    }
    const training = await expectProblem(await post({ ...base, source: 'training', courseId: ids.course, partnerOrgId: ids.p0 }, t.col!), 400, 'VALIDATION_FAILED')
    expect(training.issues).toEqual([{ path: 'partnerOrgId', message: '企业培训项目由院校与企业等单位双方建立，合作单位应为企业等单位' }])
    expect(await h.prisma.project.count({ where: { parties: { some: { orgId: { in: [ids.rivalEnt!, ids.p0!] } } } } })).toBe(0)
    // A research institute signs with the enterprise that exhibited at the fair.
    const institute = await h.tokenFor((await createMember(h.prisma, { id: ids.institute!, kind: 'research_institute' })).user)
    const signed = await created(await post({ ...base, source: 'event_signing', eventId: ids.fair, partnerOrgId: ids.ent }, institute))
    expect(signed.parties.map((x) => x.id).sort()).toEqual([ids.ent, ids.institute].sort())
  })

  it('设备共享: the owning college names the booking enterprise, the enterprise names only the equipment; others get 404', async () => {
    const byCollege = await created(await post({ ...base, source: 'equipment_booking', equipmentId: ids.equipment, partnerOrgId: ids.ent }, t.col!))
    const byEnterprise = await created(await post({ ...base, source: 'equipment_booking', equipmentId: ids.equipment }, t.ent!))
    for (const p of [byCollege, byEnterprise]) expect(p.parties.map((x) => x.id).sort()).toEqual([ids.ent, ids.col].sort())
    // An enterprise that never booked it, and another college, learn nothing about the equipment.
    await expectProblem(await post({ ...base, source: 'equipment_booking', equipmentId: ids.equipment }, t.rivalEnt!), 404, 'NOT_FOUND')
    await expectProblem(await post({ ...base, source: 'equipment_booking', equipmentId: ids.equipment, partnerOrgId: ids.ent }, t.rivalCol!), 404, 'NOT_FOUND')
    await expectProblem(await post({ ...base, source: 'equipment_booking', equipmentId: ids.unbooked }, t.ent!), 404, 'NOT_FOUND')
    const wrongPartner = await expectProblem(await post({ ...base, source: 'equipment_booking', equipmentId: ids.equipment, partnerOrgId: ids.rivalCol }, t.ent!), 400, 'VALIDATION_FAILED')
    expect(wrongPartner.issues?.map((i) => i.path)).toEqual(['partnerOrgId'])
    const noBooking = await expectProblem(await post({ ...base, source: 'equipment_booking', equipmentId: ids.equipment, partnerOrgId: ids.rivalEnt }, t.col!), 400, 'VALIDATION_FAILED')
    expect(noBooking.issues?.map((i) => i.path)).toEqual(['partnerOrgId'])
  })

  it('企业培训: the course\'s college names the enterprise; another college or the enterprise itself gets 404', async () => {
    const p = await created(await post({ ...base, source: 'training', courseId: ids.course, partnerOrgId: ids.ent }, t.col!))
    expect(p.parties.map((x) => x.id).sort()).toEqual([ids.ent, ids.col].sort())
    await expectProblem(await post({ ...base, source: 'training', courseId: ids.course, partnerOrgId: ids.ent }, t.rivalCol!), 404, 'NOT_FOUND')
    await expectProblem(await post({ ...base, source: 'training', courseId: ids.course, partnerOrgId: ids.col }, t.ent!), 404, 'NOT_FOUND')
    const noPartner = await expectProblem(await post({ ...base, source: 'training', courseId: ids.course }, t.col!), 400, 'VALIDATION_FAILED')
    expect(noPartner.issues?.map((i) => i.path)).toEqual(['partnerOrgId'])
  })

  it('订单班: either side names the partner and a current catalogue major, shown on the project', async () => {
    const p = await created(await post({ ...base, source: 'order_class', majorCode: ids.major, partnerOrgId: ids.col }, t.ent!))
    expect(p).toMatchObject({ source: 'order_class', major: { code: ids.major, name: ids.majorName }, event: null, challenge: null })
    expect(p.parties.map((x) => x.id).sort()).toEqual([ids.ent, ids.col].sort())
    for (const [body, path] of [
      [{ ...base, source: 'order_class', partnerOrgId: ids.col }, 'majorCode'],
      [{ ...base, source: 'order_class', majorCode: '999999', partnerOrgId: ids.col }, 'majorCode'],
      [{ ...base, source: 'order_class', majorCode: ids.major, partnerOrgId: ids.ent }, 'partnerOrgId'],
    ] as const) {
      const refused = await expectProblem(await post(body, t.ent!), 400, 'VALIDATION_FAILED')
      expect(refused.issues?.map((i) => i.path)).toEqual([path])
    }
    // Decision 100: one college and one 单位. Before, an enterprise and another enterprise (or two colleges) were
    // given an 订单班 each side then counted as a completed project.
    for (const [partnerOrgId, token, message] of [
      [ids.rivalEnt, t.ent, '订单班项目由院校与企业等单位双方建立，合作单位应为院校'],
      [ids.rivalCol, t.col, '订单班项目由院校与企业等单位双方建立，合作单位应为企业等单位'],
    ] as const) {
      const refused = await expectProblem(await post({ ...base, source: 'order_class', majorCode: ids.major, partnerOrgId }, token!), 400, 'VALIDATION_FAILED')
      expect(refused.issues).toEqual([{ path: 'partnerOrgId', message }])
    }
    expect(await h.prisma.project.count({ where: { source: 'order_class', parties: { some: { orgId: { in: [ids.rivalEnt!, ids.rivalCol!] } } } } })).toBe(0)
    // A project the caller is no party of stays invisible to it.
    await expectProblem(await projects(t.rivalCol!)[':id'].$get({ param: { id: p.id } }), 404, 'NOT_FOUND')
  })
})

describe('a member of several units (decision 094)', () => {
  it('is asked at the 建立单位 field which unit starts the project, and is not asked when only one may', async () => {
    const db = h.prisma
    const other = await createEnterprise(db, { name: '多单位成员另一家有限公司' })
    const { user } = await createMember(db, { id: ids.col!, kind: 'college' })
    // A 只读成员 elsewhere: only the college may cooperate, so the college is the party without a pick.
    const viewerAt = await addMembership(db, user.id, other, { orgRole: 'viewer' })
    const token = await h.tokenFor(user)
    const orderClass = { ...base, source: 'order_class' as const, majorCode: ids.major, partnerOrgId: ids.rivalEnt }
    const p = await created(await post(orderClass, token))
    expect(p.parties.map((x) => x.id).sort()).toEqual([ids.col, ids.rivalEnt].sort())

    // Manager of both: the form must name one, and the problem sits at that field.
    await db.membership.update({ where: { id: viewerAt.id }, data: { orgRole: 'manager' } })
    const asked = await expectProblem(await post(orderClass, token), 400, 'VALIDATION_FAILED')
    expect(asked.issues).toEqual([{ path: 'orgId', message: '您属于多家单位，请选择以哪家单位建立项目' }])
    // Named, the enterprise is the party; an 订单班 of an enterprise is with a college (decision 100).
    const named = await created(await post({ ...orderClass, orgId: other.id, partnerOrgId: ids.rivalCol }, token))
    expect(named.parties.map((x) => x.id).sort()).toEqual([other.id, ids.rivalCol].sort())
    // Naming a unit the caller does not belong to reads as a missing one.
    await expectProblem(await post({ ...orderClass, orgId: ids.rivalCol }, token), 404, 'NOT_FOUND')
  })

  it('starts a taken challenge\'s project from its card without a pick: the challenge names which unit is the party', async () => {
    const db = h.prisma
    const ent = await createEnterprise(db, { name: '揭榜多单位精工有限公司' })
    const col = await createCollege(db, { name: '揭榜多单位职业学院' })
    const list = await demandList(db, ent.id)
    const challenge = await db.techChallenge.create({ data: { listId: list.id, title: '导轨磨损检测', problem: '导轨磨损难以在线发现', target: '在线检出0.01毫米磨损', chainId: 'SD-C02' } })
    await db.challengeTaker.create({ data: { challengeId: challenge.id, collegeOrgId: col.id, proposal: '振动信号建模', status: 'accepted' } })
    await db.techChallenge.update({ where: { id: challenge.id }, data: { status: 'taken' } })
    // A manager of the challenge's enterprise and of an unrelated one.
    const { user } = await createMember(db, ent)
    await addMembership(db, user.id, await createEnterprise(db))
    const p = await created(await post({ ...base, source: 'challenge', challengeId: challenge.id }, await h.tokenFor(user)))
    expect(p.parties.map((x) => x.id).sort()).toEqual([ent.id, col.id].sort())
  })
})
