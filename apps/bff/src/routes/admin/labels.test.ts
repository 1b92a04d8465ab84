import { createAdmin, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import { AdminOrgSchema } from '@zhilian/shared/contracts/admin'
import { JobDetailSchema, JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'

/**
 * Decision 096: an administrator who decides for an enterprise marks a 企业称号 it claims as verified, or takes the
 * mark back; students then see it on job cards. Out of scope answers 404, a grouping's administrator 403.
 */
let h: Harness
let province: string
let seq = 0
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  province = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

const ZIBO = '370300'
const put = (token: string, id: string, labelId: string, json: { verified: boolean }) =>
  h.clientAs(token).api.admin.organizations[':id'].labels[':labelId'].$put({ param: { id, labelId }, json })
const admin = async (overrides: Parameters<typeof createAdmin>[1] = {}) => h.tokenFor(await createAdmin(h.prisma, overrides))

/** An enterprise in 淄博 claiming 链主企业 (not yet verified), with an open job and its owner. */
async function unit() {
  const org = await createEnterprise(h.prisma, { cityCode: ZIBO, labels: { create: [{ labelId: 'chain_leader', verified: false }] } })
  const { user } = await createMember(h.prisma, org, { isOwner: true })
  const job = await createJob(h.prisma, { orgId: org.id, title: `数控车工${++seq}` })
  return { org, job, owner: await h.tokenFor(user) }
}
const cardLabels = async (orgName: string, jobId: string) => {
  const page = JobListPageSchema.parse(await (await h.app.request(`/api/jobs?q=${encodeURIComponent(orgName)}&limit=50`)).json())
  return page.items.find((j) => j.id === jobId)?.org.labels.map((l) => l.name)
}

describe('PUT /api/admin/organizations/:id/labels/:labelId (decision 096)', () => {
  it('verifies a claimed title, shown on the admin page, the job card and the job page, audited; and takes it back', async () => {
    const u = await unit()
    const before = AdminOrgSchema.parse(await (await h.clientAs(province).api.admin.organizations[':id'].$get({ param: { id: u.org.id } })).json())
    expect(before.labels).toEqual([{ id: 'chain_leader', name: '链主企业', verified: false }])
    expect(before.may.verifyLabels).toBe(true)
    expect(await cardLabels(u.org.name, u.job.id)).toEqual([])

    const res = await put(province, u.org.id, 'chain_leader', { verified: true })
    expect(res.status).toBe(200)
    expect(AdminOrgSchema.parse(await res.json()).labels).toEqual([{ id: 'chain_leader', name: '链主企业', verified: true }])
    expect(await cardLabels(u.org.name, u.job.id)).toEqual(['链主企业'])
    const detail = JobDetailSchema.parse(await (await h.app.request(`/api/jobs/${u.job.id}`)).json())
    expect(detail.org.labels).toEqual([{ id: 'chain_leader', name: '链主企业', verified: true }])
    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { orgId: u.org.id, action: 'organization.label_verify' } })
    expect(auditSentence({ action: log.action, entity: log.entity, entityId: log.entityId, entityName: u.org.name, diff: log.diff }))
      .toBe(`核验单位“${u.org.name}”的企业称号“链主企业”`)

    expect((await put(province, u.org.id, 'chain_leader', { verified: false })).status).toBe(200)
    expect(await cardLabels(u.org.name, u.job.id)).toEqual([])
    expect(await h.prisma.auditLog.count({ where: { orgId: u.org.id, action: 'organization.label_unverify' } })).toBe(1)
  })

  it('answers 404 outside the scope and for a title the unit does not claim, 403 to a grouping\'s administrator and to the unit itself', async () => {
    const u = await unit()
    await expectProblem(await put(await admin({ adminDepartment: 'edu' }), u.org.id, 'chain_leader', { verified: true }), 404, 'NOT_FOUND')
    await expectProblem(await put(await admin({ adminDepartment: 'industry', adminCityCode: '370100' }), u.org.id, 'chain_leader', { verified: true }), 404, 'NOT_FOUND')
    await expectProblem(await put(province, u.org.id, 'innovative_sme', { verified: true }), 404, 'NOT_FOUND')
    await expectProblem(await put(province, 'no-such-unit', 'chain_leader', { verified: true }), 404, 'NOT_FOUND')
    const park = await h.prisma.grouping.create({ data: { kind: 'city_consortium', name: `淄博称号联合体${++seq}`, cityCode: ZIBO, members: { create: { orgId: u.org.id } } } })
    await expectProblem(await put(await admin({ adminDepartment: 'grouping', adminGroupingId: park.id }), u.org.id, 'chain_leader', { verified: true }), 403, 'FORBIDDEN')
    await expectProblem(await put(u.owner, u.org.id, 'chain_leader', { verified: true }), 403, 'FORBIDDEN')
    await expectProblem(await h.app.request(`/api/admin/organizations/${u.org.id}/labels/chain_leader`, jsonInit('PUT', {}, bearer(province))), 400, 'VALIDATION_FAILED')
    expect(await h.prisma.orgLabel.findUniqueOrThrow({ where: { orgId_labelId: { orgId: u.org.id, labelId: 'chain_leader' } } })).toMatchObject({ verified: false })

    // The city's own industry bureau decides for it.
    expect((await put(await admin({ adminDepartment: 'industry', adminCityCode: ZIBO }), u.org.id, 'chain_leader', { verified: true })).status).toBe(200)
  })
})
