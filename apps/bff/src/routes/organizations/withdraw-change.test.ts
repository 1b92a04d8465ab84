import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import { OrgSchema, type OrgPatchBody } from '@zhilian/shared/contracts/organizations'
import { ReviewPageSchema } from '@zhilian/shared/contracts/review'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { decideAsRead, stampAsRead } from '../../testing/review-as-read'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
  await createCollege(h.prisma) // loads the reference tables (cities, chains)
})
afterAll(() => h.close())

const orgs = (token: string) => h.clientAs(token).api.organizations[':id']
const patchOrg = (token: string, id: string, json: OrgPatchBody) => orgs(token).$patch({ param: { id }, json })
const withdraw = (token: string, id: string) => orgs(token)['pending-change'].$delete({ param: { id } })
const inQueue = async (admin: string, id: string) =>
  ReviewPageSchema.parse(await (await h.clientAs(admin).api.review.queue.$get({ query: { kind: 'organization', limit: 100 } })).json()).items.some((i) => i.id === id)

// Decision 101: a change of name, code or city waiting for review could not be taken back; the unit waited for a reviewer.
describe('DELETE /organizations/{id}/pending-change', () => {
  it('takes a held change back: the unit keeps its values, the reviewer’s queue drops it, a decision on it is stale, and it is audited', async () => {
    const org = await createEnterprise(h.prisma, { name: '淄博撤回变更机械有限公司' })
    const owner = await h.tokenFor((await createMember(h.prisma, org, { isOwner: true, user: { displayName: '张总' } })).user)
    expect((await patchOrg(owner, org.id, { name: '淄博撤回变更机械集团有限公司' })).status).toBe(200)
    const admin = await h.tokenFor(await createAdmin(h.prisma))
    const seen = await stampAsRead(h, admin, 'organization', org.id)

    const res = await withdraw(owner, org.id)
    expect(res.status).toBe(200)
    expect(OrgSchema.parse(await res.json())).toMatchObject({ name: '淄博撤回变更机械有限公司', verification: 'verified', pendingChange: null })
    expect(await h.prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { name: true, pendingChange: true, changeRequestedAt: true } }))
      .toEqual({ name: '淄博撤回变更机械有限公司', pendingChange: null, changeRequestedAt: null })
    expect(await inQueue(admin, org.id)).toBe(false)
    const late = await h.clientAs(admin).api.review[':kind'][':id'].decision.$post({ param: { kind: 'organization', id: org.id }, json: { decision: 'approve', submittedAt: seen } })
    expect((await expectProblem(late, 409, 'INVALID_TRANSITION')).message).toContain('已撤回')
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).name).toBe('淄博撤回变更机械有限公司')

    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { entityId: org.id, action: 'organization.change_withdrawn' } })
    expect(auditSentence({ action: log.action, entity: log.entity, entityId: log.entityId, entityName: org.name, diff: log.diff }))
      .toBe('撤回单位“淄博撤回变更机械有限公司”待审核的名称变更')
    // Nothing left to withdraw: a second tap is told so.
    await expectProblem(await withdraw(owner, org.id), 409, 'INVALID_TRANSITION')
  })

  it('is the unit’s own: roles that may not edit 单位资料 get 403 naming the role, another unit 404, and the change stays', async () => {
    const org = await createEnterprise(h.prisma)
    const owner = await h.tokenFor((await createMember(h.prisma, org, { isOwner: true })).user)
    expect((await patchOrg(owner, org.id, { cityCode: '370100' })).status).toBe(200)
    const hr = await h.tokenFor((await createMember(h.prisma, org, { orgRole: 'hr' })).user)
    expect((await expectProblem(await withdraw(hr, org.id), 403, 'FORBIDDEN')).message).toContain('招聘专员')
    const other = await createEnterprise(h.prisma)
    const stranger = await h.tokenFor((await createMember(h.prisma, other, { isOwner: true })).user)
    await expectProblem(await withdraw(stranger, org.id), 404, 'NOT_FOUND')
    await expectProblem(await withdraw(await h.tokenFor(await createAdmin(h.prisma)), org.id), 403, 'FORBIDDEN')
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).pendingChange).toEqual({ cityCode: '370100' })

    // A manager may, as it may ask for the change; once decided, there is nothing to withdraw.
    const manager = await h.tokenFor((await createMember(h.prisma, org, { orgRole: 'manager' })).user)
    expect((await withdraw(manager, org.id)).status).toBe(200)
    expect((await patchOrg(owner, org.id, { cityCode: '370100' })).status).toBe(200)
    expect((await decideAsRead(h, await h.tokenFor(await createAdmin(h.prisma)), 'organization', org.id, { decision: 'approve' })).status).toBe(200)
    await expectProblem(await withdraw(owner, org.id), 409, 'INVALID_TRANSITION')
  })
})
