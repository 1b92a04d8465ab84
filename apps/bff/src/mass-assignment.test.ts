/**
 * Mass assignment (decision 111), enumerated from the app's own /api/openapi.json as `query-body-ids.test.ts`
 * enumerates ids: a client may send any key in a POST, PUT or PATCH body, so what the server decides about an object
 * (who owns it, its review state, who approved it and when, a member's role, a unit's verification) must not be a
 * property of any body schema unless the route exists to change it and checks who may. Every body property named like
 * one of those is listed below with why it is there; a new one fails here until someone says why a client may send
 * it, a property that is gone fails too. And no body object may keep keys its schema does not name (zod's default
 * object drops them; `.passthrough()`/`.loose()` or a record would hand them to a handler that spreads the body into
 * a write).
 */
import { createCollege, createEnterprise, createMember, createUser, makeUscc } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, jsonInit, type Harness } from './testing/harness'
import { readOperations, type JsonSchema } from './testing/openapi-ops'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  await createCollege(h.prisma) // loads the reference tables (cities, chains)
})
afterAll(() => h.close())

/** Names of what the server owns: the owner, state, review, timestamps, roles and counters of an object. */
const SERVER_OWNED = /^(id|status|state|verification|verified\w*|approv\w*|review\w*|reject\w*|role|roles|isOwner|owner\w*|userId|orgId|organizationId|createdAt|updatedAt|deletedAt|suspended\w*|trusted\w*|credits?|score|points|count|\w+Count|\w+At|\w+By)$/

const TIMES = 'when the event, session or slot takes place: what the organiser or exhibitor schedules, checked against the event'
const ACTING = 'the unit a member of several acts for (decision 095): refused unless the caller is its member (query-body-ids.test.ts)'

/** "METHOD /path body a.b": why a client may send it. */
const ALLOWED: Record<string, string> = {
  'POST /api/admin/chains body status': 'the platform administrator creates a chain as a draft or confirmed (decision 072); province-only route',
  'PUT /api/admin/organizations/{id}/trusted body trusted': 'the route exists to set it; administrators only, audited (decision 014)',
  'PUT /api/admin/organizations/{id}/labels/{labelId} body verified': 'the route exists to verify a 企业称号; administrators only, audited',
  'POST /api/organizations/{id}/invitations body role': 'an owner invites as member or owner; owners only (members.test.ts)',
  'PUT /api/organizations/{id}/members/{memberId}/role body role': 'the route exists to change a role; owners only, never the last owner (members.test.ts)',
  'POST /api/review/{kind}/{id}/decision body submittedAt': 'not written: the stamp the reviewer saw, compared with the item’s (decision 085)',
  'POST /api/events body startsAt': TIMES,
  'POST /api/events body endsAt': TIMES,
  'PATCH /api/events/{id} body startsAt': TIMES,
  'PATCH /api/events/{id} body endsAt': TIMES,
  'POST /api/events/{id}/sessions body startsAt': TIMES,
  'POST /api/events/{id}/sessions body endsAt': TIMES,
  'POST /api/events/{id}/booths/mine/slots body startsAt': TIMES,
  'POST /api/events/{id}/booths/mine/slots body endsAt': TIMES,
  'POST /api/equipment/{id}/bookings body orgId': ACTING,
  'POST /api/projects body orgId': ACTING,
  'POST /api/enterprise/jobs body orgId': ACTING,
}

/** Bodies that are maps by design: keys are data, each value checked, and the handler picks what it knows. */
const OPEN: Record<string, string> = {
  'PUT /api/supply-lists/mine/sections/{section} body (body)': 'a list step as typed; saveSection keeps only the step’s own keys (list-workflow.ts)',
  'PUT /api/demand-lists/mine/sections/{section} body (body)': 'a list step as typed; saveSection keeps only the step’s own keys (list-workflow.ts)',
  'POST /api/subscriptions body results': 'WeChat’s answer, template id → accept/reject; only known templates earn a credit, capped (decision 014)',
}

/** Every property path of `schema` (arrays marked `[]`), and the paths of objects that keep unknown keys. */
function walk(schema: JsonSchema, prefix: string, names: Set<string>, open: Set<string>, depth = 0) {
  if (depth > 10) return
  for (const s of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(s, prefix, names, open, depth + 1)
  if (schema.items) walk(schema.items, `${prefix}[]`, names, open, depth + 1)
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) open.add(prefix || '(body)')
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name
    names.add(path)
    walk(prop, path, names, open, depth + 1)
  }
}

describe('mass assignment (decision 111)', () => {
  it('lets no body set what the server owns, except where the route exists for it', async () => {
    const found: string[] = []
    const open: string[] = []
    for (const op of await readOperations(h)) {
      if (op.body?.type !== 'application/json') continue
      const names = new Set<string>()
      const opens = new Set<string>()
      walk(op.body.schema, '', names, opens)
      for (const p of names) if (SERVER_OWNED.test(p.split('.').at(-1)!.replace('[]', ''))) found.push(`${op.method} ${op.path} body ${p}`)
      for (const p of opens) open.push(`${op.method} ${op.path} body ${p}`)
    }
    // The walk itself must find what it is for (a broken walk would find nothing and pass).
    expect(found).toContain('PUT /api/organizations/{id}/members/{memberId}/role body role')
    expect(found.filter((k) => !ALLOWED[k]), 'say why a client may send these, or take them out of the body').toEqual([])
    expect(Object.keys(ALLOWED).filter((k) => !found.includes(k)), 'these are no longer in the document: drop them').toEqual([])
    expect(open.filter((k) => !OPEN[k]), 'a body object keeps keys its schema does not name').toEqual([])
    expect(Object.keys(OPEN).filter((k) => !open.includes(k))).toEqual([])
  })
})

/** What a hostile client adds to every body: the server's own fields, with values that would help it. */
const GREEDY = {
  id: 'cgreedy000000000000000001', verification: 'verified', verifiedAt: '2026-01-01T00:00:00.000Z', trustedPoster: true,
  status: 'open', reviewStatus: 'approved', reviewedBy: 'cgreedy000000000000000002', approvedAt: '2026-01-01T00:00:00.000Z',
  suspendedAt: null, isOwner: true, role: 'admin', credits: 99, createdAt: '2000-01-01T00:00:00.000Z',
}

describe('extra fields sent to the writes that create and change a unit (decision 111)', () => {
  it('registers and patches a unit as pending and untrusted whatever else the body says', async () => {
    const token = await h.tokenFor(await createUser(h.prisma, { role: 'enterprise' }))
    const uscc = makeUscc('enterprise', '370300')
    const body = {
      kind: 'enterprise', name: '淄博贪心字段测试有限公司', uscc, cityCode: '370300', nature: 'private', chains: ['SD-C02'], labels: [],
      contactName: '孙丽', contactPhone: '13905330001', ...GREEDY,
    }
    const res = await h.app.request('/api/organizations', jsonInit('POST', body, bearer(token)))
    expect(res.status).toBe(201)
    const org = await h.prisma.organization.findUniqueOrThrow({ where: { uscc } })
    expect(org).toMatchObject({ verification: 'pending', trustedPoster: false, suspendedAt: null })
    expect(org.id).not.toBe(GREEDY.id)
    expect(org.createdAt.getFullYear()).toBeGreaterThan(2000)
    const membership = await h.prisma.membership.findFirstOrThrow({ where: { orgId: org.id } })
    expect(membership.status).toBe('pending')

    // A verified unit's member patching its contact with the same extras changes the contact only.
    const verified = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, verified, { isOwner: false })
    const patched = await h.app.request(`/api/organizations/${verified.id}`, jsonInit('PATCH', { contactTitle: '人事主管', ...GREEDY, verification: 'rejected', trustedPoster: true }, bearer(await h.tokenFor(user))))
    expect(patched.status).toBe(200)
    const after = await h.prisma.organization.findUniqueOrThrow({ where: { id: verified.id } })
    expect(after).toMatchObject({ contactTitle: '人事主管', verification: verified.verification, trustedPoster: verified.trustedPoster })
    expect(await h.prisma.membership.findFirstOrThrow({ where: { orgId: verified.id, userId: user.id } })).toMatchObject({ isOwner: false })
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe('enterprise')
  })
})
