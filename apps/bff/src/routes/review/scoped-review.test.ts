/**
 * Scoped administration (issue 15, decision 021): a city bureau, a department and a consortium each see and review
 * only what they govern; anything outside answers 404 like another tenant's object.
 */
import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { ReviewPageSchema, type ReviewKind } from '@zhilian/shared/contracts/review'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { stampAsRead } from '../../testing/review-as-read'

const ZIBO = '370300'
const JINAN = '370100'
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as object

let h: Harness
const t = {} as Record<'province' | 'ziboEdu' | 'ziboIndustry' | 'industry' | 'consortium', string>
let ziboCollege: { id: string }
let jinanCollege: { id: string }
let memberEnterprise: { id: string }
let outsiderEnterprise: { id: string }

// A submitted list as submit leaves it: the draft, and version 1 recorded from it (approval writes that version).
const submitVersion = (listKind: 'supply' | 'demand', listId: string, data: unknown) =>
  h.prisma.listVersion.create({ data: { listKind, listId, version: 1, byUserId: 'submitter', snapshot: json({ source: 'submit', data }) } })
const submittedSupply = async (collegeId: string) => {
  const list = await h.prisma.supplyList.create({ data: { collegeId, year: 2026, status: 'submitted', submittedAt: new Date(), version: 1, draft: json(sampleSupplyList()) } })
  await submitVersion('supply', list.id, sampleSupplyList())
  return list.id
}
const submittedDemand = async (orgId: string) => {
  const list = await h.prisma.demandList.create({ data: { orgId, status: 'submitted', submittedAt: new Date(), version: 1, draft: json(sampleDemandList()) } })
  await submitVersion('demand', list.id, sampleDemandList())
  return list.id
}
const queueIds = async (token: string, kind: ReviewKind) => {
  const res = await h.clientAs(token).api.review.queue.$get({ query: { kind, limit: 100 } })
  return res.status === 200 ? ReviewPageSchema.parse(await res.json()).items.map((i) => i.id) : res.status
}
// The stamp as the province's queue shows it, so a scoped administrator outside the item's scope is answered 404 (not
// stopped by a missing stamp first).
const decide = async (token: string, kind: ReviewKind, id: string) =>
  h.clientAs(token).api.review[':kind'][':id'].decision.$post({ param: { kind, id }, json: { decision: 'approve', submittedAt: await stampAsRead(h, t.province, kind, id) } })

beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  ziboCollege = await createCollege(h.prisma, { cityCode: ZIBO, name: '淄博测试职业学院' })
  jinanCollege = await createCollege(h.prisma, { cityCode: JINAN, name: '济南测试职业学院' })
  memberEnterprise = await createEnterprise(h.prisma, { cityCode: ZIBO, name: '淄博联合体成员企业' })
  outsiderEnterprise = await createEnterprise(h.prisma, { cityCode: ZIBO, name: '淄博非成员企业' })
  const grouping = await h.prisma.grouping.create({
    data: { kind: 'city_consortium', name: '淄博测试市域产教联合体', cityCode: ZIBO, members: { create: [{ orgId: memberEnterprise.id }, { orgId: ziboCollege.id }] } },
  })
  const token = async (data: Parameters<typeof createAdmin>[1]) => h.tokenFor(await createAdmin(h.prisma, data))
  Object.assign(t, {
    province: await token({}),
    ziboEdu: await token({ adminDepartment: 'edu', adminCityCode: ZIBO }),
    ziboIndustry: await token({ adminDepartment: 'industry', adminCityCode: ZIBO }),
    industry: await token({ adminDepartment: 'industry' }),
    consortium: await token({ adminDepartment: 'grouping', adminGroupingId: grouping.id }),
  })
}, 120_000)
afterAll(() => h.close())

describe('a city education bureau (淄博市教育局)', () => {
  it('sees and approves only 淄博 colleges\' lists; 济南\'s answer 404', async () => {
    const zibo = await submittedSupply(ziboCollege.id)
    const jinan = await submittedSupply(jinanCollege.id)
    const seen = await queueIds(t.ziboEdu, 'supply_list')
    expect(seen).toContain(zibo)
    expect(seen).not.toContain(jinan)
    expect((await decide(t.ziboEdu, 'supply_list', jinan)).status).toBe(404)
    expect(await h.prisma.supplyList.findUniqueOrThrow({ where: { id: jinan } })).toMatchObject({ status: 'submitted' })
    expect((await decide(t.ziboEdu, 'supply_list', zibo)).status).toBe(200)
    expect(await h.prisma.supplyList.findUniqueOrThrow({ where: { id: zibo } })).toMatchObject({ status: 'approved' })
    // The province's super-admin still sees 济南's.
    expect(await queueIds(t.province, 'supply_list')).toContain(jinan)
  })

  it('sees only 淄博 colleges among organisations and memberships, not enterprises, and has no 附件2 or job queue', async () => {
    const ziboNew = await createCollege(h.prisma, { cityCode: ZIBO, verification: 'pending' })
    const jinanNew = await createCollege(h.prisma, { cityCode: JINAN, verification: 'pending' })
    const ziboFirm = await createEnterprise(h.prisma, { cityCode: ZIBO, verification: 'pending' })
    const orgs = await queueIds(t.ziboEdu, 'organization')
    expect(orgs).toContain(ziboNew.id)
    expect(orgs).not.toContain(jinanNew.id)
    expect(orgs).not.toContain(ziboFirm.id)
    expect(await queueIds(t.ziboEdu, 'demand_list')).toBe(404)
    expect(await queueIds(t.ziboEdu, 'job')).toBe(404)
    expect(await queueIds(t.ziboEdu, 'report')).toBe(404)

    const mine = await createMember(h.prisma, ziboNew, { status: 'pending' })
    const theirs = await createMember(h.prisma, jinanNew, { status: 'pending' })
    const res = await h.clientAs(t.ziboEdu).api.admin.memberships.$get({ query: { status: 'pending', limit: 100 } })
    const ids = ((await res.json()) as { items: { id: string }[] }).items.map((m) => m.id)
    expect(ids).toContain(mine.membership.id)
    expect(ids).not.toContain(theirs.membership.id)
    const verify = (id: string) => h.clientAs(t.ziboEdu).api.admin.memberships[':id'].verify.$post({ param: { id }, json: { decision: 'verified' } })
    expect((await verify(theirs.membership.id)).status).toBe(404)
    expect((await verify(mine.membership.id)).status).toBe(200)
  })

  it('exports only its own colleges\' 附件1', async () => {
    const res = await h.clientAs(t.ziboEdu).api.exports.organizations[':id']['supply.xlsx'].$get({ param: { id: jinanCollege.id } })
    expect(res.status).toBe(404)
  })
})

describe('the industry department', () => {
  it('cannot see or approve a college list (404), and reviews enterprises\' jobs and lists', async () => {
    const list = await submittedSupply((await createCollege(h.prisma, { cityCode: ZIBO })).id)
    expect((await decide(t.industry, 'supply_list', list)).status).toBe(404)
    expect(await queueIds(t.industry, 'supply_list')).toBe(404)
    expect(await h.prisma.supplyList.findUniqueOrThrow({ where: { id: list } })).toMatchObject({ status: 'submitted' })
    const job = await createJob(h.prisma, { orgId: outsiderEnterprise.id, status: 'pending_review' })
    expect(await queueIds(t.industry, 'job')).toContain(job.id)
    expect((await decide(t.industry, 'job', job.id)).status).toBe(200)
  })

  it('as 淄博\'s bureau, does not reach another city\'s enterprise', async () => {
    const jinanFirm = await createEnterprise(h.prisma, { cityCode: JINAN })
    const demand = await submittedDemand(jinanFirm.id)
    expect(await queueIds(t.ziboIndustry, 'demand_list')).not.toContain(demand)
    expect((await decide(t.ziboIndustry, 'demand_list', demand)).status).toBe(404)
    expect((await h.clientAs(t.ziboIndustry).api.exports.organizations[':id']['demand.xlsx'].$get({ param: { id: jinanFirm.id } })).status).toBe(404)
  })
})

describe('a consortium administrator', () => {
  it('sees its members only, and leaves the decision to the departments', async () => {
    const member = await submittedDemand(memberEnterprise.id)
    const outsider = await submittedDemand(outsiderEnterprise.id)
    const seen = await queueIds(t.consortium, 'demand_list')
    expect(seen).toContain(member)
    expect(seen).not.toContain(outsider)
    expect((await decide(t.consortium, 'demand_list', outsider)).status).toBe(404)
    expect((await decide(t.consortium, 'demand_list', member)).status).toBe(403)
    const audit = await h.clientAs(t.consortium).api.audit.$get({ query: { orgId: jinanCollege.id } })
    expect(audit.status).toBe(404)
  })
})

describe('fraud signals under a scope', () => {
  it('tell a city bureau that a phone or a name is shared, but name only the units it governs', async () => {
    const phone = '13755556666'
    await createEnterprise(h.prisma, { cityCode: JINAN, name: '济南同号企业', contactPhone: phone })
    await createEnterprise(h.prisma, { cityCode: ZIBO, name: '淄博同号企业', contactPhone: phone })
    const jinanSameName = await createEnterprise(h.prisma, { cityCode: JINAN, name: '淄博待审企业' })
    const suspect = await createEnterprise(h.prisma, { cityCode: ZIBO, name: '淄博待审企业', contactPhone: phone, verification: 'pending' })
    const signals = async (token: string) => {
      const res = await h.clientAs(token).api.review.queue.$get({ query: { kind: 'organization', limit: 100 } })
      expect(res.status).toBe(200)
      const found = ReviewPageSchema.parse(await res.json()).items.find((i) => i.id === suspect.id)
      expect(found).toBeDefined()
      return Object.fromEntries(found!.signals.map((s) => [s.code, s.message]))
    }
    const { uscc: jinanUscc } = await h.prisma.organization.findUniqueOrThrow({ where: { id: jinanSameName.id }, select: { uscc: true } })
    const city = await signals(t.ziboIndustry)
    expect(city.shared_phone).toContain('联系电话与2家其他单位相同：淄博同号企业；另有1家不在您的管辖范围内')
    expect(city.duplicate_org).toContain('其中1家不在您的管辖范围内')
    expect(JSON.stringify(city)).not.toContain('济南同号企业')
    expect(JSON.stringify(city)).not.toContain(jinanUscc)
    // The province reads every name and code.
    const province = await signals(t.province)
    expect(province.shared_phone).toContain('济南同号企业')
    expect(province.duplicate_org).toContain(jinanUscc)
    expect(JSON.stringify(province)).not.toContain('管辖范围')
  })
})
