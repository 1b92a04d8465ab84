import { createAdmin, createCollege, createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import {
  AdminChainSchema,
  MembershipReviewPageSchema,
  VerifyMembershipResultSchema,
} from '@zhilian/shared/contracts/admin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness, type TestClient } from '../../testing/harness'

let h: Harness
let adminToken: string
let adminId: string

beforeAll(async () => {
  h = await createHarness()
  const admin = await createAdmin(h.prisma)
  adminId = admin.id
  adminToken = await h.tokenFor(admin)
})
afterAll(() => h.close())

const ADMIN_CALLS = [
  (c: TestClient) => c.api.admin.memberships.$get({ query: {} }),
  (c: TestClient) => c.api.admin.memberships[':id'].verify.$post({ param: { id: 'some-id' }, json: { decision: 'verified' } }),
  (c: TestClient) => c.api.admin.chains[':id'].$patch({ param: { id: 'SD-C02' }, json: { name: '改名' } }),
  (c: TestClient) => c.api.admin.chains[':id'].majors.$put({ param: { id: 'SD-C02' }, json: { majors: [] } }),
]

const admin = () => h.clientAs(adminToken).api.admin
const verify = (id: string, json: { decision: 'verified' | 'rejected'; note?: string }) => admin().memberships[':id'].verify.$post({ param: { id }, json })

describe('admin access', () => {
  it('refuses every admin route without a token (401) and for students, enterprise and college staff (403)', async () => {
    const college = await createCollege(h.prisma)
    const enterprise = await createEnterprise(h.prisma)
    const tokens = [
      await h.tokenFor(await createStudent(h.prisma)),
      await h.tokenFor((await createMember(h.prisma, enterprise)).user),
      await h.tokenFor((await createMember(h.prisma, college)).user),
    ]
    for (const send of ADMIN_CALLS) {
      await expectProblem(await send(h.client), 401, 'UNAUTHENTICATED')
      for (const token of tokens) await expectProblem(await send(h.clientAs(token)), 403, 'FORBIDDEN')
    }
  })
})

describe('membership review', () => {
  it('pages through pending applications with a cursor', async () => {
    const org = await createEnterprise(h.prisma, { verification: 'pending' })
    const created = []
    for (let i = 0; i < 5; i++) created.push((await createMember(h.prisma, org, { status: 'pending' })).membership.id)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await admin().memberships.$get({ query: { limit: 2, ...(cursor ? { cursor } : {}) } })
      expect(res.status).toBe(200)
      const page = MembershipReviewPageSchema.parse(await res.json())
      expect(page.items.length).toBeLessThanOrEqual(2)
      expect(page.items.every((item) => item.status === 'pending')).toBe(true)
      seen.push(...page.items.map((item) => item.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(expect.arrayContaining(created))
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('verifies a membership and its pending organisation together, with an audit entry', async () => {
    const org = await createEnterprise(h.prisma, { verification: 'pending' })
    const { membership, user } = await createMember(h.prisma, org, { status: 'pending', isOwner: true })
    const res = await verify(membership.id, { decision: 'verified', note: '材料齐全' })
    expect(res.status).toBe(200)
    const result = VerifyMembershipResultSchema.parse(await res.json())
    expect(result).toEqual({ id: membership.id, status: 'verified', org: { id: org.id, verification: 'verified' } })
    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { entity: 'Membership', entityId: membership.id } })
    expect(log.actorUserId).toBe(adminId)
    expect(log.action).toBe('membership.verified')
    // The member's next request sees the verified organisation.
    const me = (await (await h.clientAs(await h.tokenFor(user)).api.me.$get()).json()) as { memberships: { status: string }[] }
    expect(me.memberships[0]?.status).toBe('verified')
  })

  it('rejects without touching an organisation that another member already got verified', async () => {
    const org = await createCollege(h.prisma)
    const { membership } = await createMember(h.prisma, org, { status: 'pending' })
    const res = await verify(membership.id, { decision: 'rejected' })
    expect(VerifyMembershipResultSchema.parse(await res.json())).toMatchObject({ status: 'rejected', org: { verification: 'verified' } })
  })

  it('refuses to decide twice, and answers 404 for an unknown id', async () => {
    const org = await createEnterprise(h.prisma)
    const { membership } = await createMember(h.prisma, org, { status: 'pending' })
    expect((await verify(membership.id, { decision: 'verified' })).status).toBe(200)
    await expectProblem(await verify(membership.id, { decision: 'rejected' }), 409, 'INVALID_TRANSITION')
    await expectProblem(await verify('nope', { decision: 'verified' }), 404, 'NOT_FOUND')
    const logs = await h.prisma.auditLog.count({ where: { entityId: membership.id } })
    expect(logs).toBe(1)
  })

  it('validates the decision', async () => {
    // A decision outside the enum cannot be typed, so this stays a raw request.
    const problem = await expectProblem(
      await h.app.request('/api/admin/memberships/x/verify', jsonInit('POST', { decision: 'maybe' }, bearer(adminToken))),
      400,
      'VALIDATION_FAILED',
    )
    expect(problem.issues?.[0]?.path).toBe('decision')
  })
})

describe('chains are data', () => {
  it('renames, reorders and deactivates a chain, logging the change', async () => {
    await createCollege(h.prisma) // loads reference data
    const res = await admin().chains[':id'].$patch({ param: { id: 'SD-C05' }, json: { name: '船舶与海洋工程装备', sortOrder: 99 } })
    expect(res.status).toBe(200)
    const chain = AdminChainSchema.parse(await res.json())
    expect(chain).toMatchObject({ id: 'SD-C05', name: '船舶与海洋工程装备', sortOrder: 99 })
    const log = await h.prisma.auditLog.findFirstOrThrow({ where: { entityId: 'SD-C05', action: 'chain.update' } })
    expect(log.diff).toMatchObject({ name: { to: '船舶与海洋工程装备' }, sortOrder: { to: 99 } })

    await admin().chains[':id'].$patch({ param: { id: 'SD-C05' }, json: { active: false } })
    const list = (await (await h.client.api.reference.chains.$get()).json()) as { items: { id: string }[] }
    expect(list.items.map((c) => c.id)).not.toContain('SD-C05')
  })

  it('refuses an empty patch and an unknown chain', async () => {
    await expectProblem(await admin().chains[':id'].$patch({ param: { id: 'SD-C01' }, json: {} }), 400, 'VALIDATION_FAILED')
    await expectProblem(await admin().chains[':id'].$patch({ param: { id: 'SD-X99' }, json: { name: '无' } }), 404, 'NOT_FOUND')
  })

  it('replaces the majors of a chain and rejects unknown major codes', async () => {
    await createCollege(h.prisma)
    const majors = await h.prisma.major.findMany({ take: 3, orderBy: { code: 'asc' }, select: { code: true } })
    const body = { majors: majors.map((m, i) => ({ majorCode: m.code, relevance: i === 0 ? ('core' as const) : ('supporting' as const) })) }
    const res = await admin().chains[':id'].majors.$put({ param: { id: 'SD-C03' }, json: body })
    expect(AdminChainSchema.parse(await res.json()).majorCount).toBe(3)
    const stored = await h.prisma.chainMajor.findMany({ where: { chainId: 'SD-C03' }, orderBy: { majorCode: 'asc' } })
    expect(stored.map((m) => m.majorCode)).toEqual(majors.map((m) => m.code))

    const bad = await admin().chains[':id'].majors.$put({ param: { id: 'SD-C03' }, json: { majors: [{ majorCode: '000000', relevance: 'core' }] } })
    const problem = await expectProblem(bad, 400, 'VALIDATION_FAILED')
    expect(problem.issues).toEqual([{ path: 'majors.0.majorCode', message: '专业代码 000000 不存在' }])
    expect(await h.prisma.chainMajor.count({ where: { chainId: 'SD-C03' } })).toBe(3)
  })
})
