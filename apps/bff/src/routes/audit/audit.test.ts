import { createAdmin, createCollege, createJob, createMember } from '@zhilian/db/factories'
import { AuditPageSchema } from '@zhilian/shared/contracts/audit'
import { auditSentence } from '@zhilian/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

describe('GET /audit', () => {
  it('shows members their own organisation\'s changes, administrators any, and 404 for someone else\'s', async () => {
    const mine = await createCollege(h.prisma)
    const other = await createCollege(h.prisma)
    const { user } = await createMember(h.prisma, mine)
    const token = await h.tokenFor(user)
    const otherToken = await h.tokenFor((await createMember(h.prisma, other)).user)
    for (let i = 0; i < 3; i++) {
      expect((await h.clientAs(token).api.organizations[':id'].$patch({ param: { id: mine.id }, json: { contactName: `联系人${i}` } })).status).toBe(200)
    }
    await h.clientAs(otherToken).api.organizations[':id'].$patch({ param: { id: other.id }, json: { contactName: '他校联系人' } })

    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await h.clientAs(token).api.audit.$get({ query: { orgId: mine.id, limit: 2, ...(cursor ? { cursor } : {}) } })
      const page = AuditPageSchema.parse(await res.json())
      expect(page.items.every((e) => e.orgId === mine.id)).toBe(true)
      seen.push(...page.items.map((e) => e.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(3)

    await expectProblem(await h.clientAs(token).api.audit.$get({ query: { orgId: other.id } }), 404, 'NOT_FOUND')
    const admin = await h.tokenFor(await createAdmin(h.prisma))
    const all = AuditPageSchema.parse(await (await h.clientAs(admin).api.audit.$get({ query: { orgId: other.id } })).json())
    expect(all.items).toHaveLength(1)
    expect(all.items[0]).toMatchObject({ action: 'organization.update', entity: 'Organization', actorName: expect.any(String), entityName: other.name, orgName: other.name })
    // What the audit page shows: a sentence with the organisation's name and the field's, no ids or JSON.
    const sentence = auditSentence(all.items[0]!)
    expect(sentence).toBe(`修改单位“${other.name}”的资料：联系人：${all.items[0]!.diff && (all.items[0]!.diff as { contactName: { from: string } }).contactName.from} → 他校联系人`)
    expect(sentence).not.toContain(other.id)
  })

  it('keeps applicant entries from members whose role may not handle applicants (decision 092)', async () => {
    const { org, user: owner } = await recruiter(h.prisma)
    const job = await createJob(h.prisma, { orgId: org.id, title: '装配钳工' })
    expect((await h.clientAs(await h.tokenFor(owner)).api.organizations[':id'].$patch({ param: { id: org.id }, json: { contactName: '人事部' } })).status).toBe(200)
    const student = await applicant(h.prisma)
    const applied = await h.clientAs(await h.tokenFor(student)).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id) })
    expect(applied.status).toBe(201)
    const { id } = (await applied.json()) as { id: string }
    const hr = await h.tokenFor((await createMember(h.prisma, org, { orgRole: 'hr' })).user)
    const moved = await h.clientAs(hr).api.enterprise.applications[':id'].transition.$post({ param: { id }, json: { to: 'rejected', reason: '技能不符' } })
    expect(moved.status).toBe(200)
    const trail = async (token: string, entity?: string) =>
      AuditPageSchema.parse(await (await h.clientAs(token).api.audit.$get({ query: { orgId: org.id, limit: 100, ...(entity ? { entity } : {}) } })).json()).items

    for (const token of [await h.tokenFor(owner), hr]) {
      const seen = await trail(token)
      expect(seen.filter((e) => e.entity === 'Application').map((e) => e.action).sort()).toEqual(['application.rejected', 'application.submitted'])
      expect(seen.find((e) => e.action === 'application.submitted')!.actorName).toBe(student.displayName)
    }
    // 清单填报员 and 只读成员 are refused the applicant list; the trail must not name the applicants instead.
    for (const orgRole of ['list_filler', 'viewer'] as const) {
      const token = await h.tokenFor((await createMember(h.prisma, org, { orgRole })).user)
      await expectProblem(await h.clientAs(token).api.enterprise.jobs[':id'].applicants.$get({ param: { id: job.id } }), 403, 'FORBIDDEN')
      const seen = await trail(token)
      expect(seen.map((e) => e.action)).toEqual(['organization.update'])
      expect(seen.some((e) => e.entity === 'Application')).toBe(false)
      expect(JSON.stringify(seen)).not.toContain(student.displayName)
      expect(JSON.stringify(seen)).not.toContain('技能不符')
      expect(await trail(token, 'Application')).toEqual([])
    }
  })
})
