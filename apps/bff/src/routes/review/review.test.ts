import { createAdmin, createCollege, createEnterprise, createJob, createMember, createStudent } from '@zhilian/db/factories'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { ReportCreatedSchema, ReviewDecisionResultSchema, ReviewPageSchema, type ReviewDecisionBody, type ReviewItem, type ReviewKind } from '@zhilian/shared/contracts/review'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { MyListSchema } from '@zhilian/shared/contracts/lists'
import { supplySections } from '../../testing/list-sections'

let h: Harness
let admin: string
beforeAll(async () => {
  h = await createHarness()
  admin = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

async function queue(kind: ReviewKind): Promise<ReviewItem[]> {
  const items: ReviewItem[] = []
  let cursor: string | null = null
  do {
    const res = await h.clientAs(admin).api.review.queue.$get({ query: { kind, limit: 3, cursor: cursor ?? undefined } })
    expect(res.status).toBe(200)
    const page = ReviewPageSchema.parse(await res.json())
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return items
}
const codes = (item: ReviewItem | undefined) => item?.signals.map((s) => s.code) ?? []
const decide = (kind: ReviewKind, id: string, json: ReviewDecisionBody, token = admin) =>
  h.clientAs(token).api.review[':kind'][':id'].decision.$post({ param: { kind, id }, json })

describe('review queue signals', () => {
  it('flags a shared contact phone and an invalid credit code on organisations', async () => {
    const phone = '13712345678'
    await createEnterprise(h.prisma, { contactPhone: phone })
    const suspect = await createEnterprise(h.prisma, { contactPhone: phone, verification: 'pending' })
    const broken = await createEnterprise(h.prisma, { verification: 'pending', uscc: '91370300MA000000X0' })
    const clean = await createEnterprise(h.prisma, { verification: 'pending', contactPhone: '13698765432' })
    const items = await queue('organization')
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    expect(codes(items.find((i) => i.id === suspect.id))).toContain('shared_phone')
    expect(items.find((i) => i.id === broken.id)).toMatchObject({ usccValid: false })
    expect(codes(items.find((i) => i.id === broken.id))).toContain('uscc_invalid')
    expect(codes(items.find((i) => i.id === clean.id))).toEqual([])
  })

  it('summarises each item with names a reviewer reads, never codes', async () => {
    const org = await createEnterprise(h.prisma, { verification: 'pending', cityCode: '370300' })
    const job = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', chainId: 'SD-C03', cityCode: '370300' })
    const chain = await h.prisma.industryChain.findUniqueOrThrow({ where: { id: 'SD-C03' } })
    expect((await queue('organization')).find((i) => i.id === org.id)?.summary).toMatchObject({ kind: '企业', city: '淄博市' })
    const summary = (await queue('job')).find((i) => i.id === job.id)?.summary
    expect(summary).toMatchObject({ city: '淄博市', chain: chain.name })
    expect(JSON.stringify(summary)).not.toMatch(/370300|SD-C03|enterprise/)
  })

  // Decision 061: a verified unit's change of city reached the reviewer as 城市代码：370300 → 370200.
  it('shows a requested change of city by the cities\' names', async () => {
    const org = await createEnterprise(h.prisma, { cityCode: '370300' })
    await h.prisma.organization.update({ where: { id: org.id }, data: { pendingChange: { name: '淄博新名称机械有限公司', cityCode: '370200' }, changeRequestedAt: new Date() } })
    const change = (await queue('organization')).find((i) => i.id === org.id)?.summary.change
    expect(change).toEqual({ name: { from: org.name, to: '淄博新名称机械有限公司' }, city: { from: '淄博市', to: '青岛市' } })
  })

  it('flags implausible salaries, salaries outside the chain\'s P5–P95, and 招转培 wording on jobs', async () => {
    const org = await createEnterprise(h.prisma, { contactPhone: '13611112222' })
    for (let i = 0; i < 25; i++) await createJob(h.prisma, { orgId: org.id, title: `普工${i}`, chainId: 'SD-C03', salaryMin: 5000 + i * 40, salaryMax: 6000 + i * 40 })
    const low = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', chainId: 'SD-C03', salaryMin: 800, salaryMax: 1200 })
    const high = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', chainId: 'SD-C03', salaryMin: 20_000, salaryMax: 22_000 })
    const fee = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', chainId: 'SD-C03', description: '入职前需先培训后上岗，培训费可办理贷款。' })
    const fine = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', chainId: 'SD-C03', salaryMin: 5200, salaryMax: 6200 })
    const items = await queue('job')
    const byId = (id: string) => items.find((i) => i.id === id)
    expect(byId(low.id)?.signals).toContainEqual(expect.objectContaining({ code: 'salary_out_of_range', severity: 'high' }))
    expect(byId(high.id)?.signals).toContainEqual(expect.objectContaining({ code: 'salary_out_of_range', severity: 'warn', message: expect.stringContaining('P95') }))
    expect(byId(fee.id)?.signals).toContainEqual(expect.objectContaining({ code: 'training_fee_wording', message: expect.stringContaining('培训费') }))
    expect(codes(byId(fine.id))).toEqual([])
  })

  it('warns about a demand list from the jobs of its submitted version, not from jobs posted beside it', async () => {
    const org = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, org)
    await createJob(h.prisma, { orgId: org.id, status: 'pending_review', title: '我的岗位里的普工', description: '先交培训费再上岗。' })
    const list = await h.prisma.demandList.create({ data: { orgId: org.id, status: 'submitted', submittedAt: new Date(), version: 2 } })
    const job = (title: string, description: string) => ({ title, description, salaryMin: 5000, salaryMax: 6000 })
    const versions = [
      { version: 1, jobs: [job('旧版本的岗位', '入职前需先培训后上岗，培训费可办理贷款。')] },
      { version: 2, jobs: [job('清单里的操作工', '入职前需先培训后上岗，培训费可办理贷款。'), job('清单里的质检员', '负责产品质量检验。')] },
    ]
    for (const v of versions) {
      await h.prisma.listVersion.create({ data: { listKind: 'demand', listId: list.id, version: v.version, byUserId: user.id, snapshot: { source: 'submit', data: { jobs: v.jobs } } } })
    }
    const item = (await queue('demand_list')).find((i) => i.id === list.id)
    expect(item?.summary).toMatchObject({ jobs: 2 })
    const wording = item?.signals.filter((s) => s.code === 'training_fee_wording').map((s) => s.message) ?? []
    expect(wording).toHaveLength(1)
    expect(wording[0]).toContain('清单里的操作工')
  })

  it('is for administrators only', async () => {
    const staff = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma))).user)
    await expectProblem(await h.clientAs(staff).api.review.queue.$get({ query: { kind: 'job' } }), 403, 'FORBIDDEN')
    await expectProblem(await decide('job', 'x', { decision: 'approve', submittedAt: new Date().toISOString() }, staff), 403, 'FORBIDDEN')
  })
})

describe('review decisions', () => {
  it('publishes an approved job in GET /jobs and tells the enterprise', async () => {
    const org = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, org)
    const job = await createJob(h.prisma, { orgId: org.id, status: 'pending_review', publishedAt: null, title: '待审核的焊接技术员' })
    const { submittedAt } = await queued('job', job.id)
    const res = await decide('job', job.id, { decision: 'approve', submittedAt })
    expect(ReviewDecisionResultSchema.parse(await res.json())).toEqual({ kind: 'job', id: job.id, status: 'open' })
    const listed = (await (await h.client.api.jobs.$get({ query: { limit: 50, q: '待审核的焊接技术员' } })).json()) as { items: { id: string }[] }
    expect(listed.items.map((j) => j.id)).toContain(job.id)
    expect(await h.prisma.inboxMessage.count({ where: { userId: user.id, title: { contains: '已通过审核' } } })).toBe(1)
    expect(await h.prisma.auditLog.count({ where: { entity: 'job', entityId: job.id, action: 'review.approve' } })).toBe(1)
    await expectProblem(await decide('job', job.id, { decision: 'reject', reason: '重复', submittedAt }), 409, 'INVALID_TRANSITION')
  })

  it('requires a reason to return something, and the submitter sees it on their list', async () => {
    const org = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, org)
    const list = await h.prisma.demandList.create({ data: { orgId: org.id, status: 'submitted', submittedAt: new Date(), version: 1 } })
    const { submittedAt } = await queued('demand_list', list.id)
    await expectProblem(await decide('demand_list', list.id, { decision: 'request_changes', submittedAt }), 400, 'VALIDATION_FAILED')
    expect((await queue('demand_list')).map((i) => i.id)).toContain(list.id)
    expect((await decide('demand_list', list.id, { decision: 'request_changes', reason: '岗位薪资请按月填写', submittedAt })).status).toBe(200)
    const mine = MyListSchema.parse(await (await h.clientAs(await h.tokenFor(user)).api['demand-lists'].mine.$get()).json())
    expect(mine.list).toMatchObject({ status: 'changes_requested', reviewNote: '岗位薪资请按月填写' })
    const inbox = await h.prisma.inboxMessage.findFirstOrThrow({ where: { userId: user.id } })
    expect(inbox.body).toContain('岗位薪资请按月填写')
  })

  it('verifies an organisation with its owner, who can then submit', async () => {
    const org = await createEnterprise(h.prisma, { verification: 'pending' })
    const { user, membership } = await createMember(h.prisma, org, { status: 'pending', isOwner: true })
    expect((await decide('organization', org.id, { decision: 'approve', submittedAt: (await queued('organization', org.id)).submittedAt })).status).toBe(200)
    expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe('verified')
    const mine = MyListSchema.parse(await (await h.clientAs(await h.tokenFor(user)).api['demand-lists'].mine.$get()).json())
    expect(mine.canSubmit).toBe(true)
  })

  it('takes a report from any signed-in user into the queue, and closes it', async () => {
    const student = await h.tokenFor(await createStudent(h.prisma))
    const job = await createJob(h.prisma)
    await expectProblem(await h.clientAs(student).api.reports.$post({ json: { targetKind: 'job', targetId: 'nope', reason: '虚假岗位' } }), 404, 'NOT_FOUND')
    const res = await h.clientAs(student).api.reports.$post({ json: { targetKind: 'job', targetId: job.id, reason: '面试要求先交押金' } })
    expect(res.status).toBe(201)
    const report = ReportCreatedSchema.parse(await res.json())
    const { submittedAt } = await queued('report', report.id)
    expect(ReviewDecisionResultSchema.parse(await (await decide('report', report.id, { decision: 'approve', reason: '已下架', submittedAt })).json()).status).toBe('upheld')
    expect((await queue('report')).map((i) => i.id)).not.toContain(report.id)
  })
})

// Decision 049: reviewers deciding one item at the same moment each read it as pending and each applied their
// decision, so a unit ended both verified (its owner admitted) and rejected.
describe('decisions racing on one item', () => {
  it('applies exactly one of four decisions sent at once, and answers the others that it was already handled', async () => {
    const second = await h.tokenFor(await createAdmin(h.prisma))
    const org = await createEnterprise(h.prisma, { verification: 'pending' })
    const { membership } = await createMember(h.prisma, org, { isOwner: true, status: 'pending' })
    const job = await createJob(h.prisma, { orgId: (await createEnterprise(h.prisma)).id, status: 'pending_review' })
    for (const [kind, id] of [['organization', org.id], ['job', job.id]] as const) {
      // (要求修改 leaves a unit open to a later decision by design, so the race is between final verdicts.)
      const { submittedAt } = await queued(kind, id)
      const sent: ReviewDecisionBody[] = [
        { decision: 'approve', submittedAt }, { decision: 'reject', reason: '材料不实', submittedAt }, { decision: 'approve', submittedAt }, { decision: 'reject', reason: '重复注册', submittedAt },
      ]
      const results = await Promise.all(sent.map((json, i) => decide(kind, id, json, i % 2 ? second : admin)))
      const statuses = results.map((r) => r.status)
      expect(statuses.filter((s) => s === 200), kind).toHaveLength(1)
      for (const r of results.filter((x) => x.status !== 200)) await expectProblem(r, 409, 'INVALID_TRANSITION')
      const winner = ReviewDecisionResultSchema.parse(await results[statuses.indexOf(200)]!.json())
      expect(await h.prisma.auditLog.count({ where: { entity: kind, entityId: id, action: { startsWith: 'review.' } } }), kind).toBe(1)
      if (kind === 'organization') {
        expect((await h.prisma.organization.findUniqueOrThrow({ where: { id } })).verification).toBe(winner.status)
        expect((await h.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe(winner.status === 'verified' ? 'verified' : 'pending')
      } else {
        expect((await h.prisma.job.findUniqueOrThrow({ where: { id } })).status).toBe(winner.status)
      }
    }
  })
})

async function queued(kind: ReviewKind, id: string): Promise<ReviewItem> {
  const item = (await queue(kind)).find((i) => i.id === id)
  if (!item) throw new Error(`${kind} ${id} not queued`)
  return item
}
const changedSince = /在您查看后已有改动，请刷新审核列表/

/**
 * Decision 085: a decision carries the `submittedAt` of the item the reviewer read. The submitter can change a queued
 * job, list or unit at any moment; without the stamp an approval published whatever was there when the button was
 * pressed — a job's 培训费 wording added after the reviewer read it went public with no signal ever shown.
 */
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

  it('decides an unchanged item with its stamp, and refuses a decision without one (400, decision 088)', async () => {
    const org = await createEnterprise(h.prisma)
    const kept = await createJob(h.prisma, { orgId: org.id, status: 'pending_review' })
    expect((await decide('job', kept.id, { decision: 'approve', submittedAt: (await queued('job', kept.id)).submittedAt })).status).toBe(200)
    // 085 let a client leave the stamp out and decided the item as it stood, read or not: now it is told to reload.
    const unread = await createJob(h.prisma, { orgId: org.id, status: 'pending_review' })
    for (const kind of ['job', 'organization', 'supply_list', 'demand_list', 'report'] as const) {
      const problem = await expectProblem(await h.app.request(`/api/review/${kind}/${unread.id}/decision`, jsonInit('POST', { decision: 'approve' }, bearer(admin))), 400, 'VALIDATION_FAILED')
      expect(problem.issues).toContainEqual(expect.objectContaining({ path: 'submittedAt', message: '缺少审核内容的提交时间，请刷新审核列表后再审核' }))
    }
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: unread.id } })).status).toBe('pending_review')
  })
})
