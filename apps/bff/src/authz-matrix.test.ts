/**
 * The authorisation matrix (issue 10), generated from /api/openapi.json: every operation that takes an id in its
 * path, tried by the owner, another tenant of the same kind, a pending member of the owner's organisation, the
 * other roles, an administrator, two scoped administrators whose scope holds none of the tenants (济南's education
 * bureau and a consortium without members, decision 021) and anonymous. Expected: 401 anonymous, 403 for a role the route does not
 * admit, 404 for another tenant's id (a pending member may also get 403), never a 2xx for someone else's object,
 * never the owner's name in anyone else's answer (scoped administrators included), no 404 worded otherwise than the
 * 404 for an id that names nothing (decision 111), and no refusal for the owner. A new operation taking an id
 * fails here until OWNED below says whose object it names and how to make one.
 */
import { createAdmin, createCollege, createEnterprise, createEvent, createJob, createMember, createProject } from '@zhilian/db/factories'
import { ProblemSchema } from '@zhilian/shared'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCheckinCode } from './routes/checkin/checkin-code'
import { applicant, consentFor } from './testing/application-fixtures'
import { bearer, createHarness, type Harness } from './testing/harness'
import { buildUrl, readOperations, type Operation } from './testing/openapi-ops'

type ActorName = 'entA' | 'entB' | 'entPendingA' | 'colC' | 'colD' | 'colPendingC' | 'stuS' | 'stuT' | 'admin' | 'adminJinanEdu' | 'adminConsortium' | 'anonymous'
interface Actor { name: ActorName; role?: 'student' | 'enterprise' | 'college' | 'admin'; scoped?: boolean; token?: string; orgId?: string; marker?: string }
/**
 * Whose object an operation names: a tenant (the owner), anyone's public object ('open'), nothing tenant-owned
 * ('global'), or an administrator account only the platform administrator manages ('platform', decision 072).
 */
type Owner = 'entA' | 'colC' | 'stuS' | 'open' | 'global' | 'platform'
interface Made { params: Record<string, string>; body?: unknown }
interface Row { owner: Owner; make: () => Promise<Made> }

/** Everyone else first, then the owners (a delete must not leave the owner a 404), the administrator last. */
const ACTORS: ActorName[] = ['entB', 'entPendingA', 'colD', 'colPendingC', 'stuT', 'adminJinanEdu', 'adminConsortium', 'anonymous', 'entA', 'colC', 'stuS', 'admin']
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as object
const inDays = (d: number, h = 0) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString()

let h: Harness
const actors = {} as Record<ActorName, Actor>
let OWNED: Record<string, Row> = {}

async function tenant(kind: 'enterprise' | 'college', label: string) {
  const org = await (kind === 'enterprise' ? createEnterprise : createCollege)(h.prisma, { name: `${label}${Math.random().toString(36).slice(2, 8)}` })
  const { user } = await createMember(h.prisma, org, { isOwner: true })
  const pending = await createMember(h.prisma, org, { status: 'pending' })
  return { org, token: await h.tokenFor(user), pendingToken: await h.tokenFor(pending.user) }
}

beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  const [a, b, c, d] = [await tenant('enterprise', '甲企业'), await tenant('enterprise', '乙企业'), await tenant('college', '丙学院'), await tenant('college', '丁学院')]
  const [s, t] = [await applicant(h.prisma, { realName: '张三私密' }), await applicant(h.prisma, { realName: '李四' })]
  const admin = await createAdmin(h.prisma)
  // The tenants are in 淄博 (the factories' default city); neither scope below reaches them.
  const jinanEdu = await createAdmin(h.prisma, { adminDepartment: 'edu', adminCityCode: '370100' })
  const emptyConsortium = await h.prisma.grouping.create({ data: { kind: 'city_consortium', name: `济南测试联合体${Math.random().toString(36).slice(2, 8)}`, cityCode: '370100' } })
  const consortiumAdmin = await createAdmin(h.prisma, { adminDepartment: 'grouping', adminGroupingId: emptyConsortium.id })
  Object.assign(actors, {
    entA: { name: 'entA', role: 'enterprise', token: a.token, orgId: a.org.id, marker: a.org.name },
    entB: { name: 'entB', role: 'enterprise', token: b.token, orgId: b.org.id },
    entPendingA: { name: 'entPendingA', role: 'enterprise', token: a.pendingToken, orgId: a.org.id },
    colC: { name: 'colC', role: 'college', token: c.token, orgId: c.org.id, marker: c.org.name },
    colD: { name: 'colD', role: 'college', token: d.token, orgId: d.org.id },
    colPendingC: { name: 'colPendingC', role: 'college', token: c.pendingToken, orgId: c.org.id },
    stuS: { name: 'stuS', role: 'student', token: await h.tokenFor(s), marker: '张三私密' },
    stuT: { name: 'stuT', role: 'student', token: await h.tokenFor(t) },
    admin: { name: 'admin', role: 'admin', token: await h.tokenFor(admin) },
    adminJinanEdu: { name: 'adminJinanEdu', role: 'admin', scoped: true, token: await h.tokenFor(jinanEdu) },
    adminConsortium: { name: 'adminConsortium', role: 'admin', scoped: true, token: await h.tokenFor(consortiumAdmin) },
    anonymous: { name: 'anonymous' },
  } satisfies Record<ActorName, Actor>)
  const A = a.org.id
  const C = c.org.id
  const S = s.id

  // ───── how to make an object each id-taking operation names, and a body that passes validation ─────
  const industryBureau = async () => (await createAdmin(h.prisma, { adminDepartment: 'industry', adminCityCode: '370200', username: `matrix_bureau_${Math.random().toString(36).slice(2, 8)}` })).id
  const job = async () => (await createJob(h.prisma, { orgId: A })).id
  const application = async () => {
    const res = await h.app.request(`/api/jobs/${await job()}/applications`, { method: 'POST', body: JSON.stringify(consentFor(A)), headers: { 'content-type': 'application/json', ...bearer(actors.stuS.token!) } })
    return ((await res.json()) as { id: string }).id
  }
  // An interview of entA's applicant, five days ahead, with its agenda entry (decision 112).
  const interview = async () => {
    const applicationId = await application()
    const app = await h.prisma.application.update({ where: { id: applicationId }, data: { status: 'interview' }, select: { studentUserId: true } })
    const row = await h.prisma.interview.create({ data: { applicationId, at: new Date(inDays(5)), place: '公司一楼会议室' } })
    await h.prisma.scheduleItem.create({ data: { userId: app.studentUserId, title: '面试', startsAt: row.at, interviewId: row.id } })
    return row.id
  }
  const event = async () => (await createEvent(h.prisma, { organizerOrgId: C, startsAt: new Date(inDays(10)), endsAt: new Date(inDays(10, 8)), studentRegOpens: new Date(inDays(-1)), studentRegCloses: new Date(inDays(9)), enterpriseRegOpens: new Date(inDays(-1)), enterpriseRegCloses: new Date(inDays(9)) })).id
  const session = async (eventId: string) => (await h.prisma.eventSession.create({ data: { eventId, title: '链主企业宣讲', kind: 'talk', startsAt: new Date(inDays(10, 1)), endsAt: new Date(inDays(10, 2)), speakers: [] } })).id
  const booth = async (eventId: string, status: 'applied' | 'approved' = 'approved') => (await h.prisma.booth.create({ data: { eventId, orgId: A, status } })).id
  const registered = async () => {
    const id = await event()
    await h.prisma.eventRegistration.create({ data: { eventId: id, userId: S } })
    return id
  }
  // Check-in is open only around the event's time (decision 014): these rows use an event under way.
  const live = async () => {
    const { id } = await createEvent(h.prisma, { organizerOrgId: C, startsAt: new Date(inDays(0, -1)), endsAt: new Date(inDays(0, 5)) })
    await h.prisma.eventRegistration.create({ data: { eventId: id, userId: S } })
    return id
  }
  // Approved lists as submission leaves them: the draft and version 1 recorded from it (an administrator's export reads
  // the submitted version, decision 097).
  const submitted = async (listKind: 'supply' | 'demand', listId: string, data: object) => {
    const snapshot = json({ source: 'submit', data })
    await h.prisma.listVersion.upsert({ where: { listKind_listId_version: { listKind, listId, version: 1 } }, create: { listKind, listId, version: 1, byUserId: 'submitter', snapshot }, update: {} })
    return listId
  }
  const supplyList = async () => submitted('supply', (await h.prisma.supplyList.upsert({ where: { collegeId_year: { collegeId: C, year: 2026 } }, create: { collegeId: C, year: 2026, status: 'approved', version: 1, draft: json(sampleSupplyList()) }, update: { draft: json(sampleSupplyList()) } })).id, sampleSupplyList())
  const equipment = async () => (await h.prisma.equipment.create({ data: { listId: await supplyList(), name: '五轴加工中心', quantity: 1, coreFunction: '精密加工', open: true } })).id
  const course = async () => (await h.prisma.trainingCourse.create({ data: { listId: await supplyList(), title: '数控编程', content: '数控编程与操作', format: 'offline', yearlyCapacity: 30 } })).id
  const demandList = async () => submitted('demand', (await h.prisma.demandList.upsert({ where: { orgId: A }, create: { orgId: A, status: 'approved', version: 1, draft: json(sampleDemandList()) }, update: { draft: json(sampleDemandList()) } })).id, sampleDemandList())
  const challenge = async () => (await h.prisma.techChallenge.create({ data: { listId: await demandList(), title: '焊缝缺陷识别', problem: '人工目检漏检率高', target: '漏检率低于1%' } })).id
  const code = (eventId: string) => issueCheckinCode(h.keys.checkin, eventId, S).code
  // A project between entA and a college that is none of the principals, so colC and colD are outsiders to it.
  const partnerCollege = (await createCollege(h.prisma, { name: `戊学院${Math.random().toString(36).slice(2, 8)}` })).id
  const project = async () => (await createProject(h.prisma, [A, partnerCollege], { milestones: [{ title: '首批学员开班', dueAt: new Date(inDays(30)) }] })).id
  const takenChallenge = async () => {
    const id = await challenge()
    await h.prisma.challengeTaker.create({ data: { challengeId: id, collegeOrgId: C, proposal: '我校可承担此项攻关任务', status: 'accepted' } })
    await h.prisma.techChallenge.update({ where: { id }, data: { status: 'taken' } })
    return id
  }
  const slotTimes = { startsAt: inDays(10, 3), endsAt: inDays(10, 4) }

  // Members (decision 028): A's owner stays its owner before each row, whatever a hand-over row did.
  const ownerOfA = (await h.prisma.membership.findFirstOrThrow({ where: { orgId: A, isOwner: true }, select: { id: true } })).id
  const ownsA = async () => {
    await h.prisma.membership.updateMany({ where: { orgId: A, id: { not: ownerOfA } }, data: { isOwner: false } })
    await h.prisma.membership.update({ where: { id: ownerOfA }, data: { isOwner: true } })
  }
  const memberOfA = async () => {
    await ownsA()
    return (await createMember(h.prisma, a.org, { orgRole: 'viewer' })).membership.id
  }
  const invitationOfA = async () => {
    await ownsA()
    return (await h.prisma.orgInvitation.create({ data: { orgId: A, codeHash: Math.random().toString(36), codeHint: 'XY', role: 'hr', createdByUserId: 'owner', expiresAt: new Date(inDays(2)) } })).id
  }
  const ofA = async (body?: unknown) => {
    await ownsA()
    return { params: { id: A }, ...(body === undefined ? {} : { body }) }
  }

  OWNED = {
    'GET /api/organizations/{id}/members': { owner: 'entA', make: () => ofA() },
    'POST /api/organizations/{id}/invitations': { owner: 'entA', make: () => ofA({ role: 'viewer' }) },
    'DELETE /api/organizations/{id}/invitations/{invitationId}': { owner: 'entA', make: async () => ({ params: { id: A, invitationId: await invitationOfA() } }) },
    'PUT /api/organizations/{id}/members/{memberId}/role': { owner: 'entA', make: async () => ({ params: { id: A, memberId: await memberOfA() }, body: { role: 'hr' } }) },
    'DELETE /api/organizations/{id}/members/{memberId}': { owner: 'entA', make: async () => ({ params: { id: A, memberId: await memberOfA() } }) },
    'POST /api/organizations/{id}/members/{memberId}/sign-in-reset': { owner: 'entA', make: async () => ({ params: { id: A, memberId: await memberOfA() } }) },
    'POST /api/organizations/{id}/owner': { owner: 'entA', make: async () => ({ params: { id: A }, body: { memberId: await memberOfA() } }) },
    'GET /api/organizations/{id}/effectiveness': { owner: 'entA', make: () => ofA() },
    'POST /api/admin/memberships/{id}/verify': { owner: 'global', make: async () => ({ params: { id: (await createMember(h.prisma, await createEnterprise(h.prisma, { verification: 'pending' }), { status: 'pending' })).membership.id }, body: { decision: 'verified' } }) },
    'GET /api/admin/organizations/{id}': { owner: 'entA', make: async () => ({ params: { id: A } }) },
    // A title the unit claims (decision 096): an administrator outside the unit's scope finds neither.
    'PUT /api/admin/organizations/{id}/labels/{labelId}': { owner: 'entA', make: async () => {
      const org = await createEnterprise(h.prisma, { labels: { create: [{ labelId: 'chain_leader', verified: false }] } })
      return { params: { id: org.id, labelId: 'chain_leader' }, body: { verified: true } }
    } },
    'PUT /api/admin/organizations/{id}/trusted': { owner: 'entA', make: async () => ({ params: { id: A }, body: { trusted: false, reason: '矩阵测试' } }) },
    // A fresh unit in A's city (淄博), as A's: resetting A's own owner would end entA's session for the rest of the matrix.
    'POST /api/admin/organizations/{id}/owner/sign-in-reset': { owner: 'entA', make: async () => {
      const org = await createEnterprise(h.prisma)
      await createMember(h.prisma, org, { isOwner: true, user: { username: `matrix_owner_${Math.random().toString(36).slice(2, 8)}`, password: 'Owner2026go' } })
      return { params: { id: org.id } }
    } },
    // Fresh units in A's city (淄博), as A's: suspending A itself would take its jobs offline for the rest of the matrix.
    'POST /api/admin/organizations/{id}/suspend': { owner: 'entA', make: async () => ({ params: { id: (await createEnterprise(h.prisma)).id }, body: { reason: '矩阵测试' } }) },
    'POST /api/admin/organizations/{id}/restore': { owner: 'entA', make: async () => ({ params: { id: (await createEnterprise(h.prisma, { verification: 'suspended' })).id }, body: { reason: '矩阵测试' } }) },
    // Another department's city bureau: 济南's education bureau (a city bureau, the other side) and the consortium
    // manage no administrator, so it is as missing to them as another tenant's object (decision 072).
    'POST /api/admin/administrators/{id}/sign-in-reset': { owner: 'platform', make: async () => ({ params: { id: await industryBureau() } }) },
    'POST /api/admin/administrators/{id}/disable': { owner: 'platform', make: async () => ({ params: { id: await industryBureau() } }) },
    'POST /api/admin/administrators/{id}/enable': {
      owner: 'platform',
      make: async () => {
        const id = await industryBureau()
        await h.prisma.user.update({ where: { id }, data: { deletedAt: new Date(), disabledBy: '矩阵测试' } })
        return { params: { id } }
      },
    },
    'PATCH /api/admin/chains/{id}': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' }, body: { sortOrder: 2 } }) },
    // Chains and the report are the province's, not a tenant's: only the role decides (the body is checked after it).
    'GET /api/admin/chains/{id}': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' } }) },
    'POST /api/admin/chains/{id}/confirm': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' }, body: {} }) },
    'POST /api/admin/chains/{id}/retire': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' }, body: {} }) },
    'POST /api/admin/chains/{id}/restore': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' } }) },
    'PUT /api/admin/chains/{id}/profile': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' }, body: {} }) },
    'PUT /api/reports/{year}/basis': { owner: 'global', make: async () => ({ params: { year: '2026' }, body: {} }) },
    'PUT /api/admin/chains/{id}/majors': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' }, body: { majors: [{ majorCode: '460301', relevance: 'core' }] } }) },
    'PATCH /api/organizations/{id}': { owner: 'entA', make: async () => ({ params: { id: A }, body: { intro: '专注精密制造' } }) },
    // A change held for review before each try, so the owner's withdrawal has something to take back (decision 101).
    'DELETE /api/organizations/{id}/pending-change': { owner: 'entA', make: async () => {
      await h.prisma.organization.update({ where: { id: A }, data: { pendingChange: { cityCode: '370100' }, changeRequestedAt: new Date() } })
      return { params: { id: A } }
    } },
    'PUT /api/supply-lists/mine/sections/{section}': { owner: 'global', make: async () => ({ params: { section: 'basic' }, body: {} }) },
    'PUT /api/demand-lists/mine/sections/{section}': { owner: 'global', make: async () => ({ params: { section: 'basic' }, body: {} }) },
    'GET /api/imports/{id}': { owner: 'entA', make: async () => ({ params: { id: (await h.prisma.importJob.create({ data: { orgId: A, userId: S, listKind: 'demand', bytes: 1 } })).id } }) },
    'GET /api/exports/organizations/{id}/supply.xlsx': { owner: 'colC', make: async () => (await supplyList(), { params: { id: C } }) },
    'GET /api/exports/organizations/{id}/demand.xlsx': { owner: 'entA', make: async () => (await demandList(), { params: { id: A } }) },
    'GET /api/exports/chains/{chainId}/{kind}': { owner: 'global', make: async () => ({ params: { chainId: 'SD-C02', kind: 'demand.xlsx' } }) },
    'POST /api/equipment/{id}/bookings': { owner: 'open', make: async () => ({ params: { id: await equipment() }, body: { start: inDays(20), end: inDays(20, 4), purpose: '试制零件加工' } }) },
    'POST /api/equipment/bookings/{id}/decision': { owner: 'colC', make: async () => ({ params: { id: (await h.prisma.equipmentBooking.create({ data: { equipmentId: await equipment(), enterpriseOrgId: A, start: new Date(inDays(21)), end: new Date(inDays(21, 2)) } })).id }, body: { decision: 'approve' } }) },
    'POST /api/review/{kind}/{id}/decision': { owner: 'global', make: async () => { const j = await createJob(h.prisma, { orgId: A }); return { params: { kind: 'job', id: j.id }, body: { decision: 'approve', submittedAt: j.updatedAt.toISOString() } } } },
    'GET /api/matching/jobs/{id}/supply': { owner: 'entA', make: async () => ({ params: { id: await job() } }) },
    'GET /api/matching/demand-lists/{id}/supply': { owner: 'entA', make: async () => ({ params: { id: await demandList() } }) },
    'GET /api/matching/training-needs/{id}/courses': { owner: 'entA', make: async () => ({ params: { id: (await h.prisma.trainingNeed.create({ data: { listId: await demandList(), content: '数控编程', audience: '一线员工', perSession: 10, perYear: 20, periodText: '3天', format: 'offline' } })).id } }) },
    'GET /api/matching/challenges/{id}/colleges': { owner: 'entA', make: async () => ({ params: { id: await challenge() } }) },
    'GET /api/matching/equipment-requests/{id}/equipment': { owner: 'entA', make: async () => ({ params: { id: (await h.prisma.resourceRequest.create({ data: { listId: await demandList(), kind: 'equipment', description: '需要五轴加工中心' } })).id } }) },
    'GET /api/matching/colleges/{id}/demand': { owner: 'colC', make: async () => ({ params: { id: C } }) },
    'GET /api/challenges/{id}/takers': { owner: 'entA', make: async () => ({ params: { id: await challenge() } }) },
    'POST /api/challenges/{id}/takers': { owner: 'open', make: async () => ({ params: { id: await challenge() }, body: { proposal: '我校焊接实训中心可承担缺陷识别模型训练与验证' } }) },
    'POST /api/challenges/{id}/takers/{takerId}/accept': {
      owner: 'entA',
      make: async () => {
        const id = await challenge()
        const taker = await h.prisma.challengeTaker.create({ data: { challengeId: id, collegeOrgId: C, proposal: '我校可承担此项攻关任务' } })
        return { params: { id, takerId: taker.id } }
      },
    },
    'POST /api/challenges/{id}/validation': { owner: 'entA', make: async () => ({ params: { id: await takenChallenge() }, body: { inProduction: true, effect: '焊缝漏检率由3%降至0.6%' } }) },
    'GET /api/projects/{id}': { owner: 'entA', make: async () => ({ params: { id: await project() } }) },
    'POST /api/projects/{id}/milestones': { owner: 'entA', make: async () => ({ params: { id: await project() }, body: { title: '企业导师进校', dueDate: inDays(40).slice(0, 10) } }) },
    'POST /api/projects/{id}/updates': { owner: 'entA', make: async () => ({ params: { id: await project() }, body: { body: '首批学员遴选完成' } }) },
    'GET /api/analytics/chains/{id}': { owner: 'global', make: async () => ({ params: { id: 'SD-C02' } }) },
    'GET /api/map/cities/{adcode}': { owner: 'global', make: async () => ({ params: { adcode: '370300' } }) },
    'GET /api/reports/{year}': { owner: 'global', make: async () => ({ params: { year: '2026' } }) },
    'GET /api/jobs/{id}': { owner: 'open', make: async () => ({ params: { id: await job() } }) },
    'POST /api/jobs/{id}/applications': { owner: 'open', make: async () => ({ params: { id: await job() }, body: consentFor(A) }) },
    'POST /api/applications/{id}/withdraw': { owner: 'stuS', make: async () => ({ params: { id: await application() } }) },
    'POST /api/trainings/{id}/enrolments': { owner: 'open', make: async () => ({ params: { id: await course() } }) },
    'DELETE /api/trainings/enrolments/{id}': { owner: 'stuS', make: async () => ({ params: { id: (await h.prisma.trainingEnrolment.create({ data: { courseId: await course(), studentUserId: S } })).id } }) },
    'GET /api/events/{id}': { owner: 'open', make: async () => ({ params: { id: await event() } }) },
    'PATCH /api/events/{id}': { owner: 'colC', make: async () => ({ params: { id: await event() }, body: { title: '高端装备专场双选会（更新）' } }) },
    'POST /api/events/{id}/cancel': { owner: 'colC', make: async () => ({ params: { id: await event() } }) },
    'POST /api/events/{id}/sessions': { owner: 'colC', make: async () => ({ params: { id: await event() }, body: { title: '校企对接圆桌', kind: 'talk', startsAt: inDays(10, 2), endsAt: inDays(10, 3) } }) },
    'DELETE /api/events/{id}/sessions/{sessionId}': { owner: 'colC', make: async () => { const id = await event(); return { params: { id, sessionId: await session(id) } } } },
    'POST /api/events/{id}/registrations': { owner: 'open', make: async () => ({ params: { id: await event() } }) },
    'DELETE /api/events/{id}/registrations/mine': { owner: 'stuS', make: async () => ({ params: { id: await registered() } }) },
    'POST /api/events/{id}/schedule': { owner: 'open', make: async () => { const id = await event(); return { params: { id }, body: { sessionId: await session(id) } } } },
    'DELETE /api/events/{id}/schedule/{sessionId}': {
      owner: 'stuS',
      make: async () => {
        const id = await registered()
        const sessionId = await session(id)
        await h.prisma.scheduleItem.create({ data: { userId: S, eventId: id, sessionId, title: '链主企业宣讲', startsAt: new Date(inDays(10, 1)) } })
        return { params: { id, sessionId } }
      },
    },
    'POST /api/events/{id}/booths': { owner: 'open', make: async () => ({ params: { id: await event() } }) },
    'POST /api/events/{id}/booths/{boothId}/approve': { owner: 'colC', make: async () => { const id = await event(); return { params: { id, boothId: await booth(id, 'applied') }, body: { number: 'A01', zone: 'A区' } } } },
    'PUT /api/events/{id}/booths/mine/jobs': { owner: 'entA', make: async () => { const id = await event(); await booth(id); return { params: { id }, body: { jobIds: [await job()] } } } },
    'GET /api/events/{id}/booths/mine': { owner: 'open', make: async () => { const id = await event(); await booth(id); return { params: { id } } } },
    'GET /api/events/{id}/dashboard': { owner: 'colC', make: async () => ({ params: { id: await event() } }) },
    'GET /api/events/{id}/dashboard.xlsx': { owner: 'colC', make: async () => ({ params: { id: await event() } }) },
    'GET /api/events/{id}/day': { owner: 'open', make: async () => ({ params: { id: await registered() } }) },
    'POST /api/events/{id}/booths/mine/slots': { owner: 'entA', make: async () => { const id = await event(); await booth(id); return { params: { id }, body: slotTimes } } },
    'GET /api/events/{id}/slots': { owner: 'open', make: async () => ({ params: { id: await event() } }) },
    'DELETE /api/events/{id}/schedule/slots/{slotId}': {
      owner: 'stuS',
      make: async () => {
        const id = await registered()
        const slot = await h.prisma.interviewSlot.create({ data: { boothId: await booth(id), startsAt: new Date(slotTimes.startsAt), endsAt: new Date(slotTimes.endsAt), bookedByUserId: S } })
        await h.prisma.scheduleItem.create({ data: { userId: S, eventId: id, interviewSlotId: slot.id, title: '面试', startsAt: new Date(slotTimes.startsAt) } })
        return { params: { id, slotId: slot.id } }
      },
    },
    'GET /api/events/{id}/checkin-code': { owner: 'open', make: async () => ({ params: { id: await live() } }) },
    'POST /api/events/{id}/checkins': { owner: 'colC', make: async () => { const id = await live(); return { params: { id }, body: { code: code(id) } } } },
    'POST /api/events/{id}/booths/mine/visits': { owner: 'entA', make: async () => { const id = await live(); await booth(id); return { params: { id }, body: { code: code(id) } } } },
    'GET /api/events/{id}/venue-code': { owner: 'colC', make: async () => ({ params: { id: await live() } }) },
    'POST /api/events/{id}/checkins/venue': { owner: 'open', make: async () => ({ params: { id: await live() }, body: { code: '123456' } }) },
    'POST /api/inbox/{id}/read': { owner: 'stuS', make: async () => ({ params: { id: (await h.prisma.inboxMessage.create({ data: { userId: S, title: '报名成功', body: '张三私密，您已报名' } })).id } }) },
    'GET /api/enterprise/jobs/{id}': { owner: 'entA', make: async () => ({ params: { id: await job() } }) },
    'PATCH /api/enterprise/jobs/{id}': { owner: 'entA', make: async () => ({ params: { id: await job() }, body: { headcount: 4 } }) },
    'PUT /api/enterprise/jobs/{id}/closing-date': { owner: 'entA', make: async () => ({ params: { id: await job() }, body: { closesOn: inDays(30).slice(0, 10) } }) },
    'POST /api/enterprise/jobs/{id}/pause': { owner: 'entA', make: async () => ({ params: { id: await job() } }) },
    'POST /api/enterprise/jobs/{id}/resume': { owner: 'entA', make: async () => ({ params: { id: await job() } }) },
    'POST /api/enterprise/jobs/{id}/close': { owner: 'entA', make: async () => ({ params: { id: await job() } }) },
    'POST /api/enterprise/jobs/{id}/duplicate': { owner: 'entA', make: async () => ({ params: { id: await job() } }) },
    'GET /api/enterprise/jobs/{id}/applicants': { owner: 'entA', make: async () => ({ params: { id: await job() } }) },
    'GET /api/enterprise/applications/{id}': { owner: 'entA', make: async () => ({ params: { id: await application() } }) },
    'POST /api/enterprise/applications/{id}/viewed': { owner: 'entA', make: async () => ({ params: { id: await application() } }) },
    'POST /api/enterprise/applications/{id}/transition': { owner: 'entA', make: async () => ({ params: { id: await application() }, body: { to: 'viewed' } }) },
    'POST /api/enterprise/applications/{id}/interview': { owner: 'entA', make: async () => ({ params: { id: await application() }, body: { at: inDays(5), place: '公司一楼会议室' } }) },
    'POST /api/enterprise/interviews/{id}/reschedule': { owner: 'entA', make: async () => ({ params: { id: await interview() }, body: { at: inDays(6), place: '公司二楼会议室' } }) },
    'POST /api/enterprise/interviews/{id}/cancel': { owner: 'entA', make: async () => ({ params: { id: await interview() }, body: { reason: '岗位调整，暂停招聘' } }) },
  }
}, 240_000)
afterAll(() => h.close())

/** What an actor must get for an operation, or undefined where any answer below 500 is right. */
function expected(op: Operation, owner: Owner, actor: Actor): { allowed: number[] } | { refused: number[] } | { owner: true } | undefined {
  const open = op.roles.includes('public')
  if (actor.name === 'anonymous') return open ? undefined : { allowed: [401] }
  const admits = open || op.roles.includes('*') || op.roles.includes(actor.role!)
  if (!admits) return { allowed: [403] }
  if (owner === 'platform') return actor.scoped ? { allowed: [404] } : { refused: [401, 403, 404] }
  const pending = actor.name === 'entPendingA' || actor.name === 'colPendingC'
  // Province-only routes (chains, the report basis) refuse scoped administrators with 403; other answers are fine.
  if (owner === 'open' || owner === 'global') return pending || actor.scoped ? undefined : { refused: [401, 403] }
  if (actor.name === owner) return { owner: true }
  // Outside a scoped administrator's scope, a tenant's object is as missing as it is to another tenant.
  if (actor.scoped) return { allowed: [404] }
  if (actor.role === 'admin') return { refused: [401, 403] }
  return pending ? { allowed: [403, 404] } : { allowed: [404] }
}

const UNKNOWN_ID = 'cmissing0000000000000000001'
/**
 * Operations whose path id names a public object (an event anyone may read) while the 404 is about the caller's own
 * relation to it: the answer may say so, since the event's existence is no secret.
 */
const PUBLIC_PATH_OBJECT: Record<string, string> = {
  'POST /api/events/{id}/booths/mine/slots': '「本单位未在本场活动设展」: the caller\'s own booth at a published event',
  'GET /api/events/{id}/checkin-code': '「您尚未报名本场活动」: the caller\'s own registration for a published event',
}
const problemOf = (text: string) => {
  const p = JSON.parse(text) as { code?: string; message?: string; title?: string; issues?: unknown }
  return JSON.stringify({ code: p.code, title: p.title, message: p.message, issues: p.issues })
}

/**
 * 404-vs-403 enumeration by message (decision 111): an outsider's 404 for someone else's object must read exactly as
 * the 404 for an id that names nothing, or the words tell what the status hides. With several ids in the path
 * (an event and its slot), one of them at a time is replaced by an unknown id, and the outsider's answer must match
 * one of those answers.
 */
async function tellsItExists(op: Operation, made: Made, actor: Actor, text: string): Promise<{ requests: number; differs?: string }> {
  const ids = op.pathParams.filter((p) => /^(id|\w+Id)$/.test(p))
  if (ids.length === 0 || PUBLIC_PATH_OBJECT[`${op.method} ${op.path}`]) return { requests: 0 }
  const answers: string[] = []
  for (const param of ids) {
    const res = await h.app.request(buildUrl(op, { ...made.params, [param]: UNKNOWN_ID }), {
      method: op.method,
      headers: { ...(actor.token ? bearer(actor.token) : {}), ...(made.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(made.body !== undefined ? { body: JSON.stringify(made.body) } : {}),
    })
    if (res.status === 404) answers.push(problemOf(await res.text()))
    else answers.push(`${res.status}`)
  }
  const mine = problemOf(text)
  return { requests: ids.length, ...(answers.includes(mine) ? {} : { differs: `${mine} vs ${answers.join(' | ')}` }) }
}

describe('the authorisation matrix of every operation that takes an id', () => {
  it('refuses everyone but the owner (and administrators where admitted) with 401, 403 or 404, leaking nothing', async () => {
    const ops = (await readOperations(h)).filter((op) => op.pathParams.length > 0)
    const missing = ops.map((op) => `${op.method} ${op.path}`).filter((key) => !OWNED[key])
    expect(missing, 'add these operations to OWNED: whose object their id names, and how to make one').toEqual([])
    const statuses = new Map<number, number>()
    const failures: string[] = []
    let requests = 0
    for (const op of ops) {
      const row = OWNED[`${op.method} ${op.path}`]!
      const made = await row.make()
      const marker = row.owner === 'open' || row.owner === 'global' || row.owner === 'platform' ? undefined : actors[row.owner].marker
      for (const name of ACTORS) {
        const actor = actors[name]
        const res = await h.app.request(buildUrl(op, made.params), {
          method: op.method,
          headers: { ...(actor.token ? bearer(actor.token) : {}), ...(made.body !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(made.body !== undefined ? { body: JSON.stringify(made.body) } : {}),
        })
        requests++
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        const text = await res.text()
        const want = expected(op, row.owner, actor)
        const where = `${op.method} ${op.path} as ${name}: ${res.status} ${text.slice(0, 140)}`
        if (res.status >= 500) failures.push(where)
        else if (want && 'allowed' in want && !want.allowed.includes(res.status)) failures.push(`${where} (want ${want.allowed.join('/')})`)
        else if (want && 'refused' in want && want.refused.includes(res.status)) failures.push(`${where} (refused an admitted caller)`)
        else if (want && 'owner' in want && [401, 403, 404].includes(res.status)) failures.push(`${where} (refused the owner)`)
        if (res.status >= 400 && res.headers.get('content-type')?.includes('problem+json') && !ProblemSchema.safeParse(JSON.parse(text)).success) failures.push(`${where} (not a problem body)`)
        if (marker && name !== row.owner && name !== 'admin' && text.includes(marker)) failures.push(`${where} (leaks the owner's data)`)
        if (res.status === 404 && name !== row.owner) {
          const leak = await tellsItExists(op, made, actor, text)
          requests += leak.requests
          if (leak.differs) failures.push(`${where} (a missing id answers otherwise: ${leak.differs})`)
        }
      }
    }
    const tally = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
    console.log(`authorisation matrix: ${ops.length} id-taking operations × ${ACTORS.length} principals = ${ops.length * ACTORS.length} requests, and ${requests - ops.length * ACTORS.length} more with an unknown id; statuses ${tally}`)
    expect(requests).toBeGreaterThanOrEqual(ops.length * ACTORS.length)
    expect(failures).toEqual([])
  }, 600_000)
})
