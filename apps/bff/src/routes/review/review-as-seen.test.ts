import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { ReviewPageSchema, type ReviewDecisionBody, type ReviewItem, type ReviewKind } from '@zhilian/shared/contracts/review'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { supplySections } from '../../testing/list-sections'

/**
 * Decision 085: a decision carries the `submittedAt` of the item the reviewer read. The submitter can change a queued
 * job, list or unit at any moment; without the stamp an approval published whatever was there when the button was
 * pressed — a job's 培训费 wording added after the reviewer read it went public with no signal ever shown.
 */
let h: Harness
let admin: string
beforeAll(async () => {
  h = await createHarness()
  admin = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

async function queued(kind: ReviewKind, id: string): Promise<ReviewItem> {
  let cursor: string | null = null
  do {
    const res = await h.clientAs(admin).api.review.queue.$get({ query: { kind, limit: 100, cursor: cursor ?? undefined } })
    const page = ReviewPageSchema.parse(await res.json())
    const item = page.items.find((i) => i.id === id)
    if (item) return item
    cursor = page.nextCursor
  } while (cursor)
  throw new Error(`${kind} ${id} not queued`)
}
const decide = (kind: ReviewKind, id: string, json: ReviewDecisionBody) =>
  h.clientAs(admin).api.review[':kind'][':id'].decision.$post({ param: { kind, id }, json })
const changedSince = /在您查看后已有改动，请刷新审核列表/

describe('a decision applies to the item the reviewer read (decision 085)', () => {
  it('refuses to approve a job whose wording changed after the queue was read, and approves it once read again', async () => {
    const org = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, org)
    const job = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', chainId: 'SD-C03', description: '负责数控机床的日常操作与保养。' })
    const seen = await queued('job', job.id)
    expect(seen.signals.map((s) => s.code)).not.toContain('training_fee_wording')

    const edited = await h.clientAs(await h.tokenFor(user)).api.enterprise.jobs[':id'].$patch({
      param: { id: job.id }, json: { description: '入职前需先培训后上岗，培训费可办理贷款。' },
    })
    expect(edited.status).toBe(200)
    expect((await expectProblem(await decide('job', job.id, { decision: 'approve', submittedAt: seen.submittedAt }), 409, 'CONFLICT')).message).toMatch(changedSince)
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe('pending_review')
    expect(await h.prisma.inboxMessage.count({ where: { userId: user.id } })).toBe(0)

    const again = await queued('job', job.id)
    expect(again.signals.map((s) => s.code)).toContain('training_fee_wording')
    expect((await decide('job', job.id, { decision: 'reject', reason: '招转培', submittedAt: again.submittedAt })).status).toBe(200)
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe('closed')
  })

  it('refuses to approve a list submitted again after the queue was read: the version the reviewer did not open stays unapproved', async () => {
    const college = await createCollege(h.prisma)
    const { user } = await createMember(h.prisma, college)
    const token = await h.tokenFor(user)
    const mine = () => h.clientAs(token).api['supply-lists'].mine
    const data = sampleSupplyList()
    data.college.uscc = college.uscc
    for (const [section, json] of supplySections(data)) expect((await mine().sections[':section'].$put({ param: { section }, json })).status).toBe(200)
    expect((await mine().submit.$post({ json: {} })).status).toBe(200)
    const list = await h.prisma.supplyList.findFirstOrThrow({ where: { collegeId: college.id }, select: { id: true } })
    const seen = await queued('supply_list', list.id)
    expect(seen.summary).toMatchObject({ version: 1 })

    const [, basic] = supplySections({ ...data, filledBy: '王老师' }).find(([s]) => s === 'basic')!
    expect((await mine().sections[':section'].$put({ param: { section: 'basic' }, json: basic })).status).toBe(200)
    expect((await mine().submit.$post({ json: {} })).status).toBe(200)

    expect((await expectProblem(await decide('supply_list', list.id, { decision: 'approve', submittedAt: seen.submittedAt }), 409, 'CONFLICT')).message).toMatch(changedSince)
    expect((await h.prisma.supplyList.findUniqueOrThrow({ where: { id: list.id }, select: { status: true } })).status).toBe('submitted')
    const again = await queued('supply_list', list.id)
    expect(again.summary).toMatchObject({ version: 2 })
    expect((await decide('supply_list', list.id, { decision: 'approve', submittedAt: again.submittedAt })).status).toBe(200)
  })

  it('refuses to verify a unit renamed after the queue was read, and to apply a change request rewritten meanwhile', async () => {
    const pending = await createEnterprise(h.prisma, { verification: 'pending', name: '济南宏远机械有限公司' })
    const { user } = await createMember(h.prisma, pending, { status: 'pending', isOwner: true })
    const seen = await queued('organization', pending.id)
    const renamed = await h.clientAs(await h.tokenFor(user)).api.organizations[':id'].$patch({ param: { id: pending.id }, json: { name: '山东省人力资源和社会保障厅' } })
    expect(renamed.status).toBe(200)
    expect((await expectProblem(await decide('organization', pending.id, { decision: 'approve', submittedAt: seen.submittedAt }), 409, 'CONFLICT')).message).toMatch(changedSince)
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: pending.id } })).verification).toBe('pending')

    const verified = await createEnterprise(h.prisma)
    const first = new Date(Date.now() - 60_000)
    await h.prisma.organization.update({ where: { id: verified.id }, data: { pendingChange: { name: '淄博新名称机械有限公司' }, changeRequestedAt: first } })
    const request = await queued('organization', verified.id)
    expect(request.submittedAt).toBe(first.toISOString())
    // The unit asks again with another name, as PATCH /api/organizations/{id} does: a new request, a new stamp.
    await h.prisma.organization.update({ where: { id: verified.id }, data: { pendingChange: { name: '山东重工集团有限公司' }, changeRequestedAt: new Date() } })
    expect((await expectProblem(await decide('organization', verified.id, { decision: 'approve', submittedAt: request.submittedAt }), 409, 'CONFLICT')).message).toMatch(changedSince)
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: verified.id } })).name).toBe(verified.name)
  })

  it('still decides an unchanged item with its stamp, and one sent without a stamp as it stands', async () => {
    const org = await createEnterprise(h.prisma)
    const kept = await createJob(h.prisma, { orgId: org.id, status: 'pending_review' })
    const plain = await createJob(h.prisma, { orgId: org.id, status: 'pending_review' })
    expect((await decide('job', kept.id, { decision: 'approve', submittedAt: (await queued('job', kept.id)).submittedAt })).status).toBe(200)
    expect((await decide('job', plain.id, { decision: 'approve' })).status).toBe(200)
  })
})
