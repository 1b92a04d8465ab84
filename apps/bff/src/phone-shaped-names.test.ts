import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, jsonInit, type Harness } from './testing/harness'

/**
 * Decision 064: names stored before decision 060 may be phone numbers (an account named by its phone, as decision 045
 * allows, with no 姓名). The names stay as stored; every list that shows a person's name to someone else masks a
 * phone-shaped one (`maskedIfPhone`, the check-in desk's function) where it answers.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const PHONE = '139 1234 5678'
const MASKED = '139****5678'
/** The number survives in the answer neither as stored nor without its spaces. */
const expectNoNumber = (body: unknown) => {
  const text = JSON.stringify(body)
  expect(text).not.toContain(PHONE)
  expect(text).not.toContain('13912345678')
  expect(text).not.toContain('139-1234-5678')
}

describe('phone-shaped names stored before decision 060 are masked wherever another person sees them', () => {
  it('in the member list, the owner’s sign-in reset and the audit log (actor, entity and the entry’s own words)', async () => {
    const org = await createEnterprise(h.prisma)
    const owner = await createMember(h.prisma, org, { isOwner: true, user: { displayName: '张总' } })
    const member = await createMember(h.prisma, org, { orgRole: 'hr', user: { displayName: PHONE, username: `phone_named_${Date.now()}`, password: 'Member2026go' } })
    // An entry written by the phone-named member before 060, its name in the diff as stored then.
    await h.prisma.auditLog.create({ data: { actorUserId: member.user.id, orgId: org.id, action: 'member.join', entity: 'Membership', entityId: member.membership.id, diff: { member: PHONE, role: 'hr', codeHint: 'K7' } } })
    const auth = { authorization: `Bearer ${await h.tokenFor(owner.user)}` }

    const members = await (await h.app.request(`/api/organizations/${org.id}/members`, { headers: auth })).json() as { members: { displayName: string }[] }
    expect(members.members.map((m) => m.displayName)).toEqual(['张总', MASKED])
    expectNoNumber(members)

    const reset = await h.app.request(`/api/organizations/${org.id}/members/${member.membership.id}/sign-in-reset`, jsonInit('POST', {}, auth))
    const shown = await reset.json() as { member: string }
    expect(shown.member).toBe(MASKED)

    const audit = await (await h.app.request(`/api/audit?orgId=${org.id}`, { headers: auth })).json() as { items: { action: string; actorName: string | null; entityName: string | null; diff: { member?: string } }[] }
    const join = audit.items.find((e) => e.action === 'member.join')!
    expect([join.actorName, join.entityName, join.diff.member]).toEqual([MASKED, MASKED, MASKED])
    expect(audit.items.find((e) => e.action === 'member.sign_in_reset')?.diff.member).toBe(MASKED)
    expectNoNumber(audit)
  })

  it('in the administrators’ membership queue', async () => {
    const org = await createEnterprise(h.prisma, { verification: 'pending' })
    await createMember(h.prisma, org, { isOwner: true, status: 'pending', user: { displayName: '+86 139-1234-5678' } })
    const res = await h.app.request('/api/admin/memberships?status=pending&limit=100', { headers: { authorization: `Bearer ${await h.tokenFor(await createAdmin(h.prisma))}` } })
    const page = await res.json() as { items: { org: { id: string }; user: { displayName: string } }[] }
    expect(page.items.find((i) => i.org.id === org.id)?.user.displayName).toBe(MASKED)
    expectNoNumber(page.items.filter((i) => i.org.id === org.id))
  })

  it('in a list’s version history', async () => {
    const college = await createCollege(h.prisma)
    const owner = await createMember(h.prisma, college, { isOwner: true, user: { displayName: '李老师' } })
    const filler = await createMember(h.prisma, college, { orgRole: 'list_filler', user: { displayName: PHONE } })
    const list = await h.prisma.supplyList.create({ data: { collegeId: college.id, year: 2026 } })
    await h.prisma.listVersion.create({ data: { listKind: 'supply', listId: list.id, version: 1, snapshot: { source: 'submit', data: {} }, byUserId: filler.user.id } })
    const res = await h.app.request('/api/supply-lists/mine/versions', { headers: { authorization: `Bearer ${await h.tokenFor(owner.user)}` } })
    const history = await res.json() as { items: { by: { displayName: string | null } }[] }
    expect(history.items.map((v) => v.by.displayName)).toEqual([MASKED])
    expectNoNumber(history)
  })
})
