import { createAdmin, createCollege, createEnterprise, createJob, createMember, createUser, makeUscc } from '@zhilian/db/factories'
import { ReviewPageSchema, type ReviewDecisionBody } from '@zhilian/shared/contracts/review'
import { MyOrgsSchema, OrgSchema, type OrgPatchBody } from '@zhilian/shared/contracts/organizations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { decideAsRead } from '../../testing/review-as-read'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
  await createCollege(h.prisma) // loads the reference tables (cities, chains)
})
afterAll(() => h.close())

const body = (uscc: string) => ({
  kind: 'enterprise' as const, name: '淄博新登记精工有限公司', uscc, cityCode: '370300', nature: 'private' as const, chains: ['SD-C02'], labels: [],
  contactName: '孙丽', contactPhone: '13905330001', contactTitle: '人事经理', contactEmail: 'hr@zbjg.example.cn',
})
const orgs = (token: string) => h.clientAs(token).api.organizations
const register = (token: string, uscc: string) => orgs(token).$post({ json: body(uscc) })
const patchOrg = (token: string, id: string, json: OrgPatchBody) => orgs(token)[':id'].$patch({ param: { id }, json })

describe('POST /organizations', () => {
  it('registers a pending enterprise with its owner membership pending, and lists it under /mine', async () => {
    const user = await createUser(h.prisma, { role: 'enterprise' })
    const token = await h.tokenFor(user)
    const uscc = makeUscc('enterprise', '370300')
    const res = await register(token, uscc.toLowerCase())
    expect(res.status).toBe(201)
    const org = OrgSchema.parse(await res.json())
    expect(org).toMatchObject({ uscc, verification: 'pending', membership: { status: 'pending', isOwner: true }, chains: ['SD-C02'] })
    const mine = MyOrgsSchema.parse(await (await orgs(token).mine.$get()).json())
    expect(mine.items.map((o) => o.id)).toEqual([org.id])
    expect(await h.prisma.auditLog.count({ where: { entity: 'Organization', entityId: org.id } })).toBe(1)
  })

  it('refuses a code with a wrong check character, and an enterprise code not starting with 91, in Chinese beside the field', async () => {
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'enterprise' }))
    const good = makeUscc('enterprise', '370300')
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    const bad = await expectProblem(await register(token, wrongCheck), 400, 'VALIDATION_FAILED')
    expect(bad.issues).toContainEqual(expect.objectContaining({ path: 'uscc', message: expect.stringContaining('校验位') }))
    const college = makeUscc('college', '370300')
    const notEnterprise = await expectProblem(await register(token, college), 400, 'VALIDATION_FAILED')
    expect(notEnterprise.issues).toContainEqual(expect.objectContaining({ path: 'uscc', message: expect.stringContaining('91') }))
    expect(await h.prisma.organization.count({ where: { uscc: { in: [wrongCheck, college] } } })).toBe(0)
  })

  it('answers a code already registered with 409 and a Chinese explanation', async () => {
    const existing = await createEnterprise(h.prisma)
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'enterprise' }))
    const problem = await expectProblem(await register(token, existing.uscc), 409, 'DUPLICATE')
    expect(problem.message).toContain('已注册')
  })

  it('keeps the kind to the account: a college account cannot register an enterprise', async () => {
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'college' }))
    await expectProblem(await register(token, makeUscc('enterprise', '370300')), 400, 'VALIDATION_FAILED')
  })
})

describe('PATCH /organizations/:id', () => {
  it('lets a member edit their own organisation and answers 404 for anyone else\'s', async () => {
    const mine = await createCollege(h.prisma, { verification: 'pending' })
    const other = await createCollege(h.prisma)
    const { user } = await createMember(h.prisma, mine, { status: 'pending' })
    const token = await h.tokenFor(user)
    const res = await patchOrg(token, mine.id, { contactName: '新联系人', chains: ['SD-C02', 'SD-C01'] })
    expect(res.status).toBe(200)
    expect(OrgSchema.parse(await res.json())).toMatchObject({ contactName: '新联系人', chains: expect.arrayContaining(['SD-C01', 'SD-C02']) })
    await expectProblem(await patchOrg(token, other.id, { contactName: '入侵者' }), 404, 'NOT_FOUND')
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: other.id } })).contactName).not.toBe('入侵者')
  })

  it('keeps the 企业称号 a patch does not name, a verified one too (decision 097)', async () => {
    // Zod applied the register schema's `labels` default inside `.partial()`: every patch without labels sent [].
    const org = await createEnterprise(h.prisma)
    const [verified, claimed] = await h.prisma.enterpriseLabel.findMany({ take: 2, orderBy: { id: 'asc' } })
    await h.prisma.orgLabel.createMany({ data: [{ orgId: org.id, labelId: verified!.id, verified: true }, { orgId: org.id, labelId: claimed!.id }] })
    const token = await h.tokenFor((await createMember(h.prisma, org, { isOwner: true })).user)
    const res = await patchOrg(token, org.id, { contactPhone: '13905330002' })
    expect(res.status).toBe(200)
    expect(OrgSchema.parse(await res.json()).labels.map((l) => l.id).sort()).toEqual([verified!.id, claimed!.id].sort())
    const labels = await h.prisma.orgLabel.findMany({ where: { orgId: org.id }, orderBy: { labelId: 'asc' } })
    expect(labels.map((l) => [l.labelId, l.verified])).toEqual([[verified!.id, true], [claimed!.id, false]].sort())
  })

  it('keeps 企业称号 to enterprises: another kind is refused beside the field and can drop an old claim (decision 107)', async () => {
    // Before: a research institute could claim a title at registration, and every patch of its labels answered 200
    // and changed nothing, so the title could never be changed or dropped.
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'enterprise' }))
    const institute = { ...body(makeUscc('enterprise', '370300')), kind: 'research_institute' as const, nature: undefined, labels: ['chain_leader'] }
    const refused = await expectProblem(await orgs(token).$post({ json: institute }), 400, 'VALIDATION_FAILED')
    expect(refused.issues).toEqual([{ path: 'labels', message: '科研院所无需选择企业称号' }])
    const org = await h.prisma.organization.update({ where: { id: (await createEnterprise(h.prisma, { labels: { create: [{ labelId: 'chain_leader' }] } })).id }, data: { kind: 'research_institute' } })
    const owner = await h.tokenFor((await createMember(h.prisma, org, { isOwner: true })).user)
    const claim = await expectProblem(await patchOrg(owner, org.id, { labels: ['chain_leader', 'innovative_sme'] }), 400, 'VALIDATION_FAILED')
    expect(claim.issues).toEqual([{ path: 'labels', message: '科研院所无需选择企业称号' }])
    expect(OrgSchema.parse(await (await patchOrg(owner, org.id, { labels: [] })).json()).labels).toEqual([])
    expect(await h.prisma.orgLabel.count({ where: { orgId: org.id } })).toBe(0)
  })

  it('lets only the owner and managers edit the details (decision 028): other roles get 403 naming the role, and nothing changes', async () => {
    const org = await createEnterprise(h.prisma)
    const patch = async (token: string, contactName: string) => patchOrg(token, org.id, { contactName })
    for (const [orgRole, label] of [['hr', '招聘专员'], ['list_filler', '清单填报员'], ['viewer', '只读成员']] as const) {
      const token = await h.tokenFor((await createMember(h.prisma, org, { orgRole })).user)
      const refused = await expectProblem(await patch(token, `改名者${orgRole}`), 403, 'FORBIDDEN')
      expect(refused.message).toContain(label)
      expect(refused.message).toContain('修改单位信息')
    }
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).contactName).toBe('王明')
    expect(await h.prisma.auditLog.count({ where: { entity: 'Organization', entityId: org.id } })).toBe(0)
    for (const member of [{ orgRole: 'manager' as const }, { isOwner: true }]) {
      const token = await h.tokenFor((await createMember(h.prisma, org, member)).user)
      expect((await patch(token, '李经理')).status).toBe(200)
    }
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).contactName).toBe('李经理')
  })

  it('holds a verified unit\'s new name, code and city for review: the old name stays public until an administrator approves', async () => {
    await createEnterprise(h.prisma, { name: '中国石油化工股份有限公司' })
    const org = await createEnterprise(h.prisma, { name: '淄博小微机械加工厂' })
    const { user } = await createMember(h.prisma, org, { isOwner: true })
    const token = await h.tokenFor(user)
    const job = await createJob(h.prisma, { orgId: org.id })
    const publicName = async () => JSON.stringify(await (await h.client.api.jobs[':id'].$get({ param: { id: job.id } })).json())
    const newCode = makeUscc('enterprise', '370100')
    const res = await patchOrg(token, org.id, { name: '中国石油化工股份有限公司', uscc: newCode, cityCode: '370100', intro: '石化龙头' })
    expect(res.status).toBe(200)
    const after = OrgSchema.parse(await res.json())
    expect(after).toMatchObject({ name: '淄博小微机械加工厂', uscc: org.uscc, cityCode: org.cityCode, verification: 'verified', intro: '石化龙头' })
    expect(after.pendingChange).toMatchObject({ name: '中国石油化工股份有限公司', uscc: newCode, cityCode: '370100' })
    expect(await publicName()).toContain('淄博小微机械加工厂')
    expect(await publicName()).not.toContain('中国石油化工')

    const admin = await h.tokenFor(await createAdmin(h.prisma))
    const queue = ReviewPageSchema.parse(await (await h.clientAs(admin).api.review.queue.$get({ query: { kind: 'organization', limit: 100 } })).json())
    const item = queue.items.find((i) => i.id === org.id)
    expect(item?.title).toBe('单位信息变更：淄博小微机械加工厂 → 中国石油化工股份有限公司')
    expect(item?.signals.map((x) => x.code)).toContain('duplicate_org')
    expect(item?.summary).toMatchObject({ change: { name: { from: '淄博小微机械加工厂', to: '中国石油化工股份有限公司' } } })

    const decide = (decision: ReviewDecisionBody['decision'], reason?: string) =>
      decideAsRead(h, admin, 'organization', org.id, { decision, reason })
    expect((await decide('approve')).status).toBe(200)
    const applied = await h.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })
    expect(applied).toMatchObject({ name: '中国石油化工股份有限公司', uscc: newCode, cityCode: '370100', verification: 'verified', changeRequestedAt: null })
    expect(await publicName()).toContain('中国石油化工股份有限公司')
    expect(await h.prisma.auditLog.findFirst({ where: { entityId: org.id, action: 'organization.change_applied' }, select: { diff: true } })).toMatchObject({ diff: { from: { name: '淄博小微机械加工厂' }, to: { name: '中国石油化工股份有限公司' } } })

    // A rejected change is dropped; the verified values stay.
    await patchOrg(token, org.id, { name: '中国石化' })
    expect((await decide('reject', '名称与营业执照不符')).status).toBe(200)
    expect(await h.prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { name: true, pendingChange: true } })).toEqual({ name: '中国石油化工股份有限公司', pendingChange: null })
    // A code another unit holds is refused at once.
    const taken = await createEnterprise(h.prisma)
    await expectProblem(await patchOrg(token, org.id, { uscc: taken.uscc }), 409, 'DUPLICATE')
  })
})
