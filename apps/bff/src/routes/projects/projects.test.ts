import { createAdmin, createCollege, createEnterprise, createEvent, createMember } from '@zhilian/db/factories'
import { ProjectDetailSchema, ProjectPageSchema, type AddMilestoneBody, type PostProjectUpdateBody } from '@zhilian/shared/contracts/projects'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList } from '../../testing/analytics-fixtures'
import { bearer, createHarness, expectProblem, jsonInit, type Harness, type TestClient } from '../../testing/harness'

/**
 * 项目台账 (decision 034): a 签约 at a fair becomes a project, both parties post from the phone, the fair's organiser
 * follows it read-only, administrators see it within their scope, and nobody else learns it exists.
 */
let h: Harness
const t: Record<string, string> = {}
const ids: Record<string, string> = {}
const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const ent = await createEnterprise(db, { name: '淄博精工机床有限公司' })
  const col = await createCollege(db, { name: '淄博职业学院（测试）' })
  const organiser = await createCollege(db)
  const rival = await createEnterprise(db)
  const fair = await createEvent(db, { organizerOrgId: organiser.id, kind: 'signing', title: '淄博高端装备校企签约会', startsAt: new Date(Date.now() - 2 * 86_400_000), endsAt: new Date(Date.now() - 2 * 86_400_000 + 3_600_000), status: 'finished' })
  await db.booth.create({ data: { eventId: fair.id, orgId: ent.id, status: 'approved' } })
  const list = await demandList(db, ent.id)
  const challenge = await db.techChallenge.create({ data: { listId: list.id, title: '主轴热变形补偿', problem: '主轴温升导致精度漂移', target: '精度漂移低于5微米', chainId: 'SD-C02' } })
  const taker = await db.challengeTaker.create({ data: { challengeId: challenge.id, collegeOrgId: col.id, proposal: '热误差建模与补偿' } })
  Object.assign(ids, { ent: ent.id, col: col.id, fair: fair.id, challenge: challenge.id, taker: taker.id, rival: rival.id })
  const users = {
    ent: (await createMember(db, ent)).user,
    col: (await createMember(db, col)).user,
    organiser: (await createMember(db, organiser)).user,
    rival: (await createMember(db, rival)).user,
    entPending: (await createMember(db, ent, { status: 'pending' })).user,
    entViewer: (await createMember(db, ent, { orgRole: 'viewer' })).user,
    admin: await createAdmin(db),
    ziboIndustry: await createAdmin(db, { adminDepartment: 'industry', adminCityCode: '370300' }),
    jinanEdu: await createAdmin(db, { adminDepartment: 'edu', adminCityCode: '370100' }),
  }
  for (const [k, u] of Object.entries(users)) t[k] = await h.tokenFor(u)
})
afterAll(() => h.close())

type CreateBody = Parameters<TestClient['api']['projects']['$post']>[0]['json']
const projects = (token: string) => h.clientAs(token).api.projects
const create = (json: CreateBody, token: string) => projects(token).$post({ json })
const project = (id: string, token: string) => projects(token)[':id'].$get({ param: { id } })
const postUpdate = (id: string, json: PostProjectUpdateBody, token: string) => projects(token)[':id'].updates.$post({ param: { id }, json })
const addMilestone = (id: string, json: AddMilestoneBody, token: string) => projects(token)[':id'].milestones.$post({ param: { id }, json })

function signingBody() {
  return {
    source: 'event_signing' as const, eventId: ids.fair, partnerOrgId: ids.col, title: '数控技术订单班合作',
    goals: '三年联合培养60名数控技术技能人才', milestones: [{ title: '完成首批学生遴选', dueDate: day(10) }, { title: '企业导师进校授课', dueDate: day(40) }],
  }
}

async function signAtFair() {
  const res = await create(signingBody(), t.ent!)
  expect(res.status, await res.clone().text()).toBe(201)
  return ProjectDetailSchema.parse(await res.json())
}

describe('项目台账', () => {
  it('turns a 签约 at a fair into a project both parties follow, and schedules milestone reminders for both', async () => {
    const p = await signAtFair()
    expect(p).toMatchObject({ source: 'event_signing', status: 'signed', chainName: null, viewerRole: 'party', canPost: true, event: { id: ids.fair } })
    expect(p.parties.map((x) => x.id).sort()).toEqual([ids.ent, ids.col].sort())
    expect(p.milestones.map((m) => m.title)).toEqual(['完成首批学生遴选', '企业导师进校授课'])
    // Two milestones × two leads × the parties' three verified members (the pending member gets none).
    expect(await h.prisma.reminder.count({ where: { templateKey: 'milestone_due', subject: { in: p.milestones.map((m) => `milestone:${m.id}`) } } })).toBe(12)
    const mine = ProjectPageSchema.parse(await (await projects(t.col!).$get({ query: {} })).json())
    expect(mine.items.map((i) => i.id)).toContain(p.id)
  })

  it('lets a party post an update that completes a milestone; the other party, the organiser and the bureau read it', async () => {
    const p = await signAtFair()
    const first = p.milestones[0]!
    const res = await postUpdate(p.id, { body: '首批30名学生已完成遴选', milestoneId: first.id }, t.ent!)
    expect(res.status).toBe(201)
    const after = ProjectDetailSchema.parse(await res.json())
    expect(after.status).toBe('in_progress')
    expect(after.milestones[0]!.doneAt).not.toBeNull()
    expect(after.updates[0]).toMatchObject({ body: '首批30名学生已完成遴选', milestoneTitle: '完成首批学生遴选', statusTo: 'in_progress' })
    expect(await h.prisma.reminder.count({ where: { subject: `milestone:${first.id}`, status: 'pending' } })).toBe(0)

    const seenByCollege = ProjectDetailSchema.parse(await (await project(p.id, t.col!)).json())
    expect(seenByCollege.updates).toHaveLength(1)
    const organiser = ProjectDetailSchema.parse(await (await project(p.id, t.organiser!)).json())
    expect(organiser).toMatchObject({ viewerRole: 'organiser', canPost: false })
    expect((ProjectPageSchema.parse(await (await projects(t.organiser!).$get({ query: {} })).json())).items.map((i) => i.id)).toContain(p.id)
    await expectProblem(await postUpdate(p.id, { body: '主办方想代为更新' }, t.organiser!), 403, 'FORBIDDEN')
    const bureau = ProjectDetailSchema.parse(await (await project(p.id, t.ziboIndustry!)).json())
    expect(bureau).toMatchObject({ viewerRole: 'admin', canPost: false })
    expect((await project(p.id, t.admin!)).status).toBe(200)
  })

  it('lets a party\'s 只读成员 read the project but not post to it or start one (decision 028)', async () => {
    const p = await signAtFair()
    expect(ProjectDetailSchema.parse(await (await project(p.id, t.entViewer!)).json())).toMatchObject({ id: p.id, viewerRole: 'party', canPost: false })
    const refused = await expectProblem(await postUpdate(p.id, { body: '只读成员想更新' }, t.entViewer!), 403, 'FORBIDDEN')
    expect(refused.message).toContain('只读成员')
    await expectProblem(await create(signingBody(), t.entViewer!), 403, 'FORBIDDEN')
  })

  it('refuses everyone outside the project with 404 on every project operation, naming nothing', async () => {
    const p = await signAtFair()
    for (const who of ['rival', 'entPending', 'jinanEdu'] as const) {
      // An administrator may not write at all (403 by role); everyone else is told the project does not exist.
      const writes = who === 'jinanEdu' ? 403 : 404
      for (const [res, want] of [
        [await project(p.id, t[who]!), 404],
        [await postUpdate(p.id, { body: '越权更新' }, t[who]!), writes],
        [await addMilestone(p.id, { title: '越权里程碑', dueDate: day(5) }, t[who]!), writes],
      ] as const) {
        const text = await res.text()
        expect(res.status, `${who}: ${text}`).toBe(want)
        expect(text).not.toContain('数控技术订单班')
        expect(text).not.toContain('淄博精工机床')
      }
      const list = ProjectPageSchema.parse(await (await projects(t[who]!).$get({ query: {} })).json())
      expect(list.items.map((i) => i.id)).not.toContain(p.id)
    }
    await expectProblem(await project(p.id, t.rival!), 404, 'NOT_FOUND')
  })

  it('completes a project only when every milestone is done, and then takes no more updates', async () => {
    const p = await signAtFair()
    await expectProblem(await postUpdate(p.id, { body: '提前结项', statusTo: 'completed' }, t.col!), 409, 'INVALID_TRANSITION')
    for (const m of p.milestones) expect((await postUpdate(p.id, { body: `${m.title}完成`, milestoneId: m.id }, t.col!)).status).toBe(201)
    await expectProblem(await postUpdate(p.id, { body: '重复勾选', milestoneId: p.milestones[0]!.id }, t.ent!), 409, 'INVALID_TRANSITION')
    await postUpdate(p.id, { body: '项目验收完成', statusTo: 'completed' }, t.ent!)
    const done = ProjectDetailSchema.parse(await (await postUpdate(p.id, { body: '确认结项', statusTo: 'completed' }, t.col!)).json())
    expect(done).toMatchObject({ status: 'completed', canPost: false, completionRequest: null })
    expect(done.completedAt).not.toBeNull()
    await expectProblem(await postUpdate(p.id, { body: '结项后再更新' }, t.ent!), 409, 'INVALID_TRANSITION')
    await expectProblem(await addMilestone(p.id, { title: '结项后的里程碑', dueDate: day(3) }, t.ent!), 409, 'INVALID_TRANSITION')
    const completed = ProjectPageSchema.parse(await (await projects(t.ent!).$get({ query: { status: 'completed' } })).json())
    expect(completed.items.map((i) => i.id)).toEqual([p.id])
  })

  it('completes a project of two parties only when both agree: one asks, the other confirms (decision 107)', async () => {
    const p = await signAtFair()
    for (const m of p.milestones) expect((await postUpdate(p.id, { body: `${m.title}完成`, milestoneId: m.id }, t.col!)).status).toBe(201)
    // Before: this one request completed the project, and both parties counted it in 成效.
    const asked = ProjectDetailSchema.parse(await (await postUpdate(p.id, { body: '各项里程碑均已完成，申请结项', statusTo: 'completed' }, t.ent!)).json())
    expect(asked).toMatchObject({ status: 'in_progress', completedAt: null, canPost: true, completionRequest: { orgId: ids.ent, orgName: '淄博精工机床有限公司' } })
    const again = await expectProblem(await postUpdate(p.id, { body: '再次申请结项', statusTo: 'completed' }, t.ent!), 409, 'INVALID_TRANSITION')
    expect(again.message).toBe('本单位已申请结项，请等待合作方确认；如需撤回，请将项目状态改为推进中')
    // A unit outside the project cannot confirm it, nor learn of it; the fair's organiser and the governing
    // administrator read the request, and cannot confirm either.
    await expectProblem(await postUpdate(p.id, { body: '代为确认结项', statusTo: 'completed' }, t.rival!), 404, 'NOT_FOUND')
    await expectProblem(await postUpdate(p.id, { body: '代为确认结项', statusTo: 'completed' }, t.organiser!), 403, 'FORBIDDEN')
    for (const reader of [t.organiser!, t.ziboIndustry!]) {
      expect(ProjectDetailSchema.parse(await (await project(p.id, reader)).json()).completionRequest).toMatchObject({ orgId: ids.ent })
    }
    // The ledger's card carries the request too, each reader's own `mine` (decision 107's follow-up).
    const cardFor = async (token: string) => ProjectPageSchema.parse(await (await projects(token).$get({ query: {} })).json()).items.find((i) => i.id === p.id)
    expect((await cardFor(t.ent!))?.completionRequest).toMatchObject({ orgId: ids.ent, mine: true })
    expect((await cardFor(t.col!))?.completionRequest).toMatchObject({ orgId: ids.ent, orgName: '淄博精工机床有限公司', mine: false })
    expect(await h.prisma.inboxMessage.count({ where: { title: '合作方申请结项', link: { contains: p.id }, user: { memberships: { some: { orgId: ids.col } } } } })).toBe(1)
    // Withdrawn (推进中), it is gone; asked again, a new milestone ends it too; then the partner's 结项 is a request.
    expect(ProjectDetailSchema.parse(await (await postUpdate(p.id, { body: '撤回结项申请', statusTo: 'in_progress' }, t.ent!)).json()).completionRequest).toBeNull()
    await postUpdate(p.id, { body: '再次申请结项', statusTo: 'completed' }, t.ent!)
    expect(ProjectDetailSchema.parse(await (await addMilestone(p.id, { title: '补充验收报告', dueDate: day(3) }, t.col!)).json()).completionRequest).toBeNull()
    const last = ProjectDetailSchema.parse(await (await addMilestone(p.id, { title: '补充验收报告二', dueDate: day(4) }, t.col!)).json()).milestones
    for (const m of last.filter((x) => !x.doneAt)) await postUpdate(p.id, { body: `${m.title}完成`, milestoneId: m.id }, t.col!)
    expect(ProjectDetailSchema.parse(await (await postUpdate(p.id, { body: '申请结项', statusTo: 'completed' }, t.col!)).json())).toMatchObject({ status: 'in_progress', completionRequest: { orgId: ids.col } })
    const done = ProjectDetailSchema.parse(await (await postUpdate(p.id, { body: '确认结项', statusTo: 'completed' }, t.ent!)).json())
    expect(done).toMatchObject({ status: 'completed', completionRequest: null })
    expect(done.completedAt).not.toBeNull()
  })

  it('refuses a 签约 at a fair neither party attended, and a project from a challenge before a taker is accepted', async () => {
    const elsewhere = await createEvent(h.prisma, { status: 'finished' })
    await expectProblem(await create({ source: 'event_signing', eventId: elsewhere.id, partnerOrgId: ids.col, title: '未参展的签约', goals: '双方在未参加的活动上登记签约' }, t.ent!), 400, 'VALIDATION_FAILED')
    const fromChallenge = { source: 'challenge' as const, challengeId: ids.challenge, title: '主轴热变形补偿攻关', goals: '把主轴精度漂移控制在5微米以内' }
    await expectProblem(await create(fromChallenge, t.ent!), 404, 'NOT_FOUND')
    expect((await h.clientAs(t.ent!).api.challenges[':id'].takers[':takerId'].accept.$post({ param: { id: ids.challenge!, takerId: ids.taker! } })).status).toBe(200)
    await expectProblem(await create(fromChallenge, t.rival!), 404, 'NOT_FOUND')
    // The challenge's enterprise suspended since (decision 089): the college starts nothing with it until 恢复.
    const adminAct = (action: 'suspend' | 'restore', reason: string) =>
      h.app.request(`/api/admin/organizations/${ids.ent}/${action}`, jsonInit('POST', { reason }, bearer(t.admin!)))
    expect((await adminAct('suspend', '核查发现营业执照系冒用')).status).toBe(200)
    const refused = await expectProblem(await create(fromChallenge, t.col!), 409, 'UNIT_SUSPENDED')
    expect(refused.message).toContain('合作单位已被暂停')
    expect(await h.prisma.project.count({ where: { challengeId: ids.challenge } })).toBe(0)
    expect((await adminAct('restore', '复核后确认资质真实')).status).toBe(200)
    const p = ProjectDetailSchema.parse(await (await create(fromChallenge, t.col!)).json())
    expect(p).toMatchObject({ source: 'challenge', chainName: '高端装备', challenge: { id: ids.challenge } })
    expect(p.parties.map((x) => x.id).sort()).toEqual([ids.ent, ids.col].sort())
    await expectProblem(await create(fromChallenge, t.ent!), 409, 'DUPLICATE')
  })

  it('pages the ledger newest activity first with a cursor', async () => {
    const first = ProjectPageSchema.parse(await (await projects(t.ent!).$get({ query: { limit: 2 } })).json())
    expect(first.items).toHaveLength(2)
    expect(first.nextCursor).not.toBeNull()
    const second = ProjectPageSchema.parse(await (await projects(t.ent!).$get({ query: { limit: 2, cursor: first.nextCursor! } })).json())
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id)
    await expectProblem(await projects(t.ent!).$get({ query: { cursor: 'notacursor' } }), 400, 'BAD_REQUEST')
  })
})

// Decision 049: both parties closing a project at the same moment each read it as under way, and both moves were
// recorded and announced.
describe('项目台账 under concurrent writes', () => {
  it('lets one of two terminations sent at once through, and answers the other that the project is closed', async () => {
    const p = await signAtFair()
    const results = await Promise.all([
      postUpdate(p.id, { body: '企业方终止合作', statusTo: 'terminated' }, t.ent!),
      postUpdate(p.id, { body: '院校方终止合作', statusTo: 'terminated' }, t.col!),
    ])
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.sort()).toEqual([201, 409])
    await expectProblem(results.find((r) => r.status !== 201)!, 409, 'INVALID_TRANSITION')
    expect(await h.prisma.projectUpdate.count({ where: { projectId: p.id, statusTo: 'terminated' } })).toBe(1)
  })
})
