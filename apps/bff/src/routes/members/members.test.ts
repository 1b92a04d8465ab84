import { createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { AcceptedInvitationSchema, CreatedInvitationSchema, MembersViewSchema, type CreateInvitationBody } from '@zhilian/shared/contracts/members'
import { MeSchema } from '@zhilian/shared/contracts/me'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { applicant, consentFor } from '../../testing/application-fixtures'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
})
afterAll(() => h.close())

const api = (token: string) => h.clientAs(token).api
const orgApi = (token: string) => api(token).organizations[':id']
const applicants = (token: string, id: string) => api(token).enterprise.jobs[':id'].applicants.$get({ param: { id } })
const application = (token: string, id: string) => api(token).enterprise.applications[':id'].$get({ param: { id } })
const members = (token: string, id: string) => orgApi(token).members.$get({ param: { id } })
const saveBasic = (token: string) => api(token)['demand-lists'].mine.sections[':section'].$put({ param: { section: 'basic' }, json: basic() })

/** A verified enterprise with its owner, and a colleague account (not yet a member) per name. */
async function company() {
  const org = await createEnterprise(h.prisma, { name: `淄博精工${Math.random().toString(36).slice(2, 7)}` })
  const { user: owner, membership } = await createMember(h.prisma, org, { isOwner: true, user: { displayName: '张总' } })
  return { org, owner, ownerToken: await h.tokenFor(owner), ownerMembershipId: membership.id }
}
async function colleague(displayName: string, role: 'enterprise' | 'college' = 'enterprise') {
  const user = await h.prisma.user.create({ data: { role, displayName } })
  return { user, token: await h.tokenFor(user) }
}
async function invite(orgId: string, token: string, role: CreateInvitationBody['role']) {
  const res = await orgApi(token).invitations.$post({ param: { id: orgId }, json: { role } })
  expect(res.status).toBe(201)
  return CreatedInvitationSchema.parse(await res.json())
}
const accept = (code: string, token: string) => api(token).invitations.accept.$post({ json: { code } })
async function joined(orgId: string, ownerToken: string, role: CreateInvitationBody['role'], name: string) {
  const c = await colleague(name)
  const { code } = await invite(orgId, ownerToken, role)
  const res = await accept(code, c.token)
  expect(res.status).toBe(200)
  return c
}
async function applicationTo(orgId: string) {
  const job = await createJob(h.prisma, { orgId, title: '数控车工' })
  const student = await applicant(h.prisma)
  const res = await api(await h.tokenFor(student)).jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(orgId) })
  expect(res.status).toBe(201)
  return { job, id: ((await res.json()) as { id: string }).id }
}
const basic = () => {
  const { filledBy, filledByPhone, filledAt, org, labelIds } = sampleDemandList()
  return { filledBy, filledByPhone, filledAt, org, labelIds }
}

describe('members and roles (decision 028)', () => {
  it('an invited HR member handles applicants but cannot edit the demand list', async () => {
    const { org, ownerToken } = await company()
    const { job, id } = await applicationTo(org.id)
    const hr = await joined(org.id, ownerToken, 'hr', '王招聘')
    expect((await applicants(hr.token, job.id)).status).toBe(200)
    expect((await application(hr.token, id)).status).toBe(200)
    expect((await api(hr.token).enterprise.applications[':id'].transition.$post({ param: { id }, json: { to: 'viewed' } })).status).toBe(200)
    const refused = await expectProblem(await saveBasic(hr.token), 403, 'FORBIDDEN')
    expect(refused.message).toContain('招聘专员')
    await expectProblem(await api(hr.token)['demand-lists'].mine.submit.$post({ json: {} }), 403, 'FORBIDDEN')
    // Reading the list is every member's.
    expect((await api(hr.token)['demand-lists'].mine.$get()).status).toBe(200)
    const me = MeSchema.parse(await (await api(hr.token).me.$get()).json())
    expect(me.memberships[0]).toMatchObject({ role: 'hr', status: 'verified' })
    expect(me.memberships[0]!.permissions).toContain('applicants')
    expect(me.memberships[0]!.permissions).not.toContain('lists')
  })

  it('a list filler fills the demand list but cannot see applicants', async () => {
    const { org, ownerToken } = await company()
    const { job, id } = await applicationTo(org.id)
    const filler = await joined(org.id, ownerToken, 'list_filler', '李填报')
    expect((await saveBasic(filler.token)).status).toBe(200)
    await expectProblem(await applicants(filler.token, job.id), 403, 'FORBIDDEN')
    await expectProblem(await application(filler.token, id), 403, 'FORBIDDEN')
    await expectProblem(await api(filler.token).enterprise.applications[':id'].viewed.$post({ param: { id } }), 403, 'FORBIDDEN')
    const bulk = await api(filler.token).enterprise.applications['bulk-transition'].$post({ json: { ids: [id], to: 'viewed' } })
    expect(await bulk.json()).toMatchObject({ succeeded: 0, results: [{ id, ok: false, code: 'FORBIDDEN' }] })
    await expectProblem(await api(filler.token).enterprise.jobs[':id'].$patch({ param: { id: job.id }, json: { headcount: 5 } }), 403, 'FORBIDDEN')
  })

  it('an invitation code is single-use', async () => {
    const { org, ownerToken } = await company()
    const { code } = await invite(org.id, ownerToken, 'viewer')
    const [a, b] = [await colleague('甲'), await colleague('乙')]
    const ok = AcceptedInvitationSchema.parse(await (await accept(code.toLowerCase().replace(/(....)/, '$1-'), a.token)).json())
    expect(ok).toMatchObject({ org: { id: org.id }, role: 'viewer' })
    await expectProblem(await accept(code, b.token), 409, 'INVALID_TRANSITION')
    await expectProblem(await accept(code, a.token), 409, 'INVALID_TRANSITION')
    expect(await h.prisma.membership.count({ where: { orgId: org.id } })).toBe(2)
  })

  it('an invitation code expires, and a revoked one no longer works', async () => {
    const { org, ownerToken } = await company()
    const expired = await invite(org.id, ownerToken, 'hr')
    await h.prisma.orgInvitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const c = await colleague('过期')
    await expectProblem(await accept(expired.code, c.token), 409, 'INVALID_TRANSITION')
    const revoked = await invite(org.id, ownerToken, 'hr')
    expect((await orgApi(ownerToken).invitations[':invitationId'].$delete({ param: { id: org.id, invitationId: revoked.id } })).status).toBe(200)
    await expectProblem(await accept(revoked.code, c.token), 404, 'NOT_FOUND')
    const view = MembersViewSchema.parse(await (await members(ownerToken, org.id)).json())
    expect(view.invitations.map((i) => i.state).sort()).toEqual(['expired', 'revoked'])
    expect(JSON.stringify(view)).not.toContain(expired.code)
  })

  // Decision 049: codes of two units accepted at the same moment both passed the one-unit check, and the account
  // became a member of two enterprises (each one's applicants and lists in reach).
  it('one account accepting codes of two units at once joins exactly one of them', async () => {
    const a = await company()
    const b = await company()
    const [ca, cb] = [await invite(a.org.id, a.ownerToken, 'viewer'), await invite(b.org.id, b.ownerToken, 'viewer')]
    const c = await colleague('丁')
    const results = await Promise.all([accept(ca.code, c.token), accept(cb.code, c.token)])
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.sort()).toEqual([200, 409])
    await expectProblem(results.find((r) => r.status !== 200)!, 409, 'CONFLICT')
    expect(await h.prisma.membership.count({ where: { userId: c.user.id } })).toBe(1)
  })

  it('a code cannot be used across organisations', async () => {
    const a = await company()
    const b = await company()
    const { code, id } = await invite(a.org.id, a.ownerToken, 'hr')
    // B's owner already acts for B: joining A needs another account.
    await expectProblem(await accept(code, b.ownerToken), 409, 'CONFLICT')
    // B's owner cannot see, revoke or use A's invitations through B or through A.
    await expectProblem(await orgApi(b.ownerToken).invitations[':invitationId'].$delete({ param: { id: b.org.id, invitationId: id } }), 404, 'NOT_FOUND')
    await expectProblem(await orgApi(b.ownerToken).invitations[':invitationId'].$delete({ param: { id: a.org.id, invitationId: id } }), 404, 'NOT_FOUND')
    await expectProblem(await members(b.ownerToken, a.org.id), 404, 'NOT_FOUND')
    // A college account cannot join an enterprise.
    const teacher = await colleague('赵老师', 'college')
    await expectProblem(await accept(code, teacher.token), 403, 'FORBIDDEN')
    // The code still joins exactly A.
    const c = await colleague('丙')
    expect(AcceptedInvitationSchema.parse(await (await accept(code, c.token)).json()).org.id).toBe(a.org.id)
    expect((await h.prisma.membership.findMany({ where: { userId: c.user.id } })).map((m) => m.orgId)).toEqual([a.org.id])
  })

  it('a removed member loses access with the next request', async () => {
    const { org, ownerToken } = await company()
    const { job } = await applicationTo(org.id)
    const hr = await joined(org.id, ownerToken, 'hr', '王招聘')
    expect((await applicants(hr.token, job.id)).status).toBe(200)
    const view = MembersViewSchema.parse(await (await members(ownerToken, org.id)).json())
    const member = view.members.find((m) => m.displayName === '王招聘')!
    expect((await orgApi(ownerToken).members[':memberId'].$delete({ param: { id: org.id, memberId: member.id } })).status).toBe(200)
    await expectProblem(await applicants(hr.token, job.id), 404, 'NOT_FOUND')
    await expectProblem(await members(hr.token, org.id), 404, 'NOT_FOUND')
  })

  // Decision 101: the owner of a suspended unit read 「单位不存在或您不是其成员」 on 成员管理.
  it('a suspended unit’s members read the list and why; the owner takes access away but grants none', async () => {
    const { org, ownerToken, ownerMembershipId } = await company()
    await joined(org.id, ownerToken, 'hr', '王招聘')
    const viewer = await joined(org.id, ownerToken, 'viewer', '李只读')
    const open = await invite(org.id, ownerToken, 'list_filler')
    await h.prisma.organization.update({
      where: { id: org.id },
      data: { verification: 'suspended', suspendedAt: new Date(), suspendedBy: '山东省工业和信息化厅', suspendedReason: '营业执照待核' },
    })
    const view = MembersViewSchema.parse(await (await members(ownerToken, org.id)).json())
    expect(view).toMatchObject({ myRole: 'owner', canManage: true, suspension: { by: '山东省工业和信息化厅', reason: '营业执照待核' } })
    expect(view.members.map((m) => m.displayName)).toEqual(['张总', '王招聘', '李只读'])
    expect(MembersViewSchema.parse(await (await members(viewer.token, org.id)).json())).toMatchObject({ canManage: false, suspension: { by: '山东省工业和信息化厅' } })

    const hrId = view.members.find((m) => m.displayName === '王招聘')!.id
    const refused = await orgApi(ownerToken).invitations.$post({ param: { id: org.id }, json: { role: 'viewer' } })
    expect(await expectProblem(refused, 409, 'UNIT_SUSPENDED')).toMatchObject({ message: expect.stringContaining('本单位已被山东省工业和信息化厅暂停') })
    await expectProblem(await orgApi(ownerToken).members[':memberId'].role.$put({ param: { id: org.id, memberId: hrId }, json: { role: 'manager' } }), 409, 'UNIT_SUSPENDED')
    await expectProblem(await orgApi(ownerToken).owner.$post({ param: { id: org.id }, json: { memberId: hrId } }), 409, 'UNIT_SUSPENDED')
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: ownerMembershipId } })).isOwner).toBe(true)
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: hrId } })).orgRole).toBe('hr')

    expect((await orgApi(ownerToken).invitations[':invitationId'].$delete({ param: { id: org.id, invitationId: open.id } })).status).toBe(200)
    const after = MembersViewSchema.parse(await (await orgApi(ownerToken).members[':memberId'].$delete({ param: { id: org.id, memberId: hrId } })).json())
    expect(after.members.map((m) => m.displayName)).toEqual(['张总', '李只读'])
    // Another unit's owner still reads nothing of it.
    const other = await company()
    await expectProblem(await members(other.ownerToken, org.id), 404, 'NOT_FOUND')
  })

  // Decision 049: three hand-overs sent at once each found the caller still owner, and the unit had three owners.
  it('hands ownership over once when the owner sends three hand-overs at once', async () => {
    const { org, ownerToken, ownerMembershipId } = await company()
    const heirs = [await joined(org.id, ownerToken, 'manager', '甲'), await joined(org.id, ownerToken, 'hr', '乙'), await joined(org.id, ownerToken, 'viewer', '丙')]
    const ids = await Promise.all(heirs.map(async (c) => (await h.prisma.membership.findFirstOrThrow({ where: { userId: c.user.id, orgId: org.id } })).id))
    const results = await Promise.all(ids.map((memberId) => orgApi(ownerToken).owner.$post({ param: { id: org.id }, json: { memberId } })))
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    for (const r of results.filter((x) => x.status !== 200)) expect([403, 409]).toContain(r.status)
    expect(await h.prisma.membership.count({ where: { orgId: org.id, isOwner: true } })).toBe(1)
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: ownerMembershipId } })).isOwner).toBe(false)
  })

  it('only the owner manages members; ownership is handed over; every step is audited in Chinese', async () => {
    const { org, ownerToken, ownerMembershipId } = await company()
    const hr = await joined(org.id, ownerToken, 'hr', '王招聘')
    await expectProblem(await orgApi(hr.token).invitations.$post({ param: { id: org.id }, json: { role: 'viewer' } }), 403, 'FORBIDDEN')
    const view = MembersViewSchema.parse(await (await members(hr.token, org.id)).json())
    expect(view).toMatchObject({ myRole: 'hr', canManage: false, invitations: [] })
    const hrId = view.members.find((m) => m.isMe)!.id
    await expectProblem(await orgApi(ownerToken).members[':memberId'].$delete({ param: { id: org.id, memberId: ownerMembershipId } }), 409, 'INVALID_TRANSITION')
    expect((await orgApi(ownerToken).members[':memberId'].role.$put({ param: { id: org.id, memberId: hrId }, json: { role: 'manager' } })).status).toBe(200)
    const after = MembersViewSchema.parse(await (await orgApi(ownerToken).owner.$post({ param: { id: org.id }, json: { memberId: hrId } })).json())
    expect(after.myRole).toBe('manager')
    expect(after.members.find((m) => m.id === hrId)!.role).toBe('owner')
    await expectProblem(await orgApi(ownerToken).invitations.$post({ param: { id: org.id }, json: { role: 'viewer' } }), 403, 'FORBIDDEN')
    expect((await orgApi(hr.token).invitations.$post({ param: { id: org.id }, json: { role: 'viewer' } })).status).toBe(201)

    const log = await h.prisma.auditLog.findMany({ where: { orgId: org.id }, orderBy: { at: 'asc' } })
    const sentences = log.map((e) => auditSentence({ action: e.action, entity: e.entity, entityId: e.entityId, orgName: org.name, diff: e.diff }))
    expect(sentences).toEqual([
      expect.stringMatching(/^为“.+”生成尾号 .. 的邀请码，受邀者将以“招聘专员”身份加入，72小时内有效$/),
      expect.stringMatching(/^“王招聘”凭尾号 .. 的邀请码加入“.+”，角色为“招聘专员”$/),
      `将“王招聘”在“${org.name}”的角色由“招聘专员”改为“业务管理员”`,
      `将“${org.name}”的负责人由“张总”移交给“王招聘”，原负责人改为“业务管理员”`,
      expect.stringMatching(/受邀者将以“只读成员”身份加入/),
    ])
  })
})

describe('a college organises its members the same way', () => {
  it('a college owner invites a list filler', async () => {
    const college = await createCollege(h.prisma)
    const { user } = await createMember(h.prisma, college, { isOwner: true })
    const { code } = await invite(college.id, await h.tokenFor(user), 'list_filler')
    const t = await colleague('钱老师', 'college')
    expect(AcceptedInvitationSchema.parse(await (await accept(code, t.token)).json()).role).toBe('list_filler')
  })
})
