import { createCollege, createEnterprise, createMember, createUser, makeUscc } from '@zhilian/db/factories'
import { MyOrgsSchema, OrgSchema } from '@zhilian/shared/contracts/organizations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
  await createCollege(h.prisma) // loads the reference tables (cities, chains)
})
afterAll(() => h.close())

const body = (uscc: string, extra: Record<string, unknown> = {}) => ({
  kind: 'enterprise', name: '淄博新登记精工有限公司', uscc, cityCode: '370300', nature: 'private', chains: ['SD-C02'], labels: [],
  contactName: '孙丽', contactPhone: '13905330001', contactTitle: '人事经理', contactEmail: 'hr@zbjg.example.cn', ...extra,
})

describe('POST /organizations', () => {
  it('registers a pending enterprise with its owner membership pending, and lists it under /mine', async () => {
    const user = await createUser(h.prisma, { role: 'enterprise' })
    const token = await h.tokenFor(user)
    const uscc = makeUscc('enterprise', '370300')
    const res = await h.app.request('/api/organizations', jsonInit('POST', body(uscc.toLowerCase()), bearer(token)))
    expect(res.status).toBe(201)
    const org = OrgSchema.parse(await res.json())
    expect(org).toMatchObject({ uscc, verification: 'pending', membership: { status: 'pending', isOwner: true }, chains: ['SD-C02'] })
    const mine = MyOrgsSchema.parse(await (await h.app.request('/api/organizations/mine', { headers: bearer(token) })).json())
    expect(mine.items.map((o) => o.id)).toEqual([org.id])
    expect(await h.prisma.auditLog.count({ where: { entity: 'Organization', entityId: org.id } })).toBe(1)
  })

  it('refuses a code with a wrong check character, and an enterprise code not starting with 91, in Chinese beside the field', async () => {
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'enterprise' }))
    const good = makeUscc('enterprise', '370300')
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    const bad = await expectProblem(await h.app.request('/api/organizations', jsonInit('POST', body(wrongCheck), bearer(token))), 400, 'VALIDATION_FAILED')
    expect(bad.issues).toContainEqual(expect.objectContaining({ path: 'uscc', message: expect.stringContaining('校验位') }))
    const college = makeUscc('college', '370300')
    const notEnterprise = await expectProblem(await h.app.request('/api/organizations', jsonInit('POST', body(college), bearer(token))), 400, 'VALIDATION_FAILED')
    expect(notEnterprise.issues).toContainEqual(expect.objectContaining({ path: 'uscc', message: expect.stringContaining('91') }))
    expect(await h.prisma.organization.count({ where: { uscc: { in: [wrongCheck, college] } } })).toBe(0)
  })

  it('answers a code already registered with 409 and a Chinese explanation', async () => {
    const existing = await createEnterprise(h.prisma)
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'enterprise' }))
    const problem = await expectProblem(await h.app.request('/api/organizations', jsonInit('POST', body(existing.uscc), bearer(token))), 409, 'DUPLICATE')
    expect(problem.message).toContain('已注册')
  })

  it('keeps the kind to the account: a college account cannot register an enterprise', async () => {
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'college' }))
    await expectProblem(await h.app.request('/api/organizations', jsonInit('POST', body(makeUscc('enterprise', '370300')), bearer(token))), 400, 'VALIDATION_FAILED')
  })
})

describe('PATCH /organizations/:id', () => {
  it('lets a member edit their own organisation and answers 404 for anyone else\'s', async () => {
    const mine = await createCollege(h.prisma, { verification: 'pending' })
    const other = await createCollege(h.prisma)
    const { user } = await createMember(h.prisma, mine, { status: 'pending' })
    const token = await h.tokenFor(user)
    const res = await h.app.request(`/api/organizations/${mine.id}`, jsonInit('PATCH', { contactName: '新联系人', chains: ['SD-C02', 'SD-C01'] }, bearer(token)))
    expect(res.status).toBe(200)
    expect(OrgSchema.parse(await res.json())).toMatchObject({ contactName: '新联系人', chains: expect.arrayContaining(['SD-C01', 'SD-C02']) })
    await expectProblem(await h.app.request(`/api/organizations/${other.id}`, jsonInit('PATCH', { contactName: '入侵者' }, bearer(token))), 404, 'NOT_FOUND')
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: other.id } })).contactName).not.toBe('入侵者')
  })
})
