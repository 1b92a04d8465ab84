/**
 * Ids in query strings and JSON bodies (decision 078), enumerated from the app's own /api/openapi.json as the
 * authorisation matrix enumerates path ids: every query parameter and every body property, at any depth, named `id`,
 * `ids`, `…Id` or `…Ids`. Each must name the test that sends another tenant's id there (`file` and the exact title of
 * its `it`), or be reference data every user reads alike (`reference`, with why). A new one fails here until it has
 * a cross-tenant case; a field that is gone fails too, so the list stays the truth.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from './testing/harness'
import { readOperations, type JsonSchema } from './testing/openapi-ops'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
})
afterAll(() => h.close())

type Coverage = { file: string; title: string } | { reference: string }

const CHAINS = { reference: 'an industry chain: the province’s reference data (decision 020), the same for every user' }
const bodyIds = 'body-ids.test.ts'

/** "METHOD /path query name" or "METHOD /path body a.b[].c": where each id is sent across tenants. */
const COVERED: Record<string, Coverage> = {
  'GET /api/reference/majors query chainId': CHAINS,
  'GET /api/effectiveness/ranking query chainId': CHAINS,
  'GET /api/effectiveness/ranking.xlsx query chainId': CHAINS,
  'GET /api/equipment/open query chainId': CHAINS,
  'GET /api/challenges query chainId': CHAINS,
  'GET /api/analytics/fit query chainId': CHAINS,
  'GET /api/analytics/forecast query chainId': CHAINS,
  'GET /api/map query chainId': CHAINS,
  'GET /api/map/cities/{adcode} query chainId': CHAINS,
  'GET /api/jobs query chainId': CHAINS,
  'GET /api/trainings query chainId': CHAINS,
  'GET /api/events query chainId': CHAINS,
  'POST /api/events body chainIds': CHAINS,
  'PATCH /api/events/{id} body chainIds': CHAINS,
  'POST /api/projects body chainId': CHAINS,
  'POST /api/enterprise/jobs body chainId': CHAINS,
  'PATCH /api/enterprise/jobs/{id} body chainId': CHAINS,
  'GET /api/matching/explain query collegeId': {
    reference: 'a college’s approved list is the province’s published supply (decision 021); the job is the scoped object, and an out-of-scope job is 404 (matching.test.ts)',
  },
  'POST /api/admin/administrators body scope.groupingId': { file: 'routes/administrators/administrators.test.ts', title: 'lets 省教育厅 and 省工信厅 create only their own side’s city bureaus' },
  'POST /api/organizations/{id}/owner body memberId': { file: bodyIds, title: 'does not hand a unit’s ownership to a member of another unit' },
  'POST /api/reports body targetId': { file: bodyIds, title: 'does not take a report of what the reporter could not have seen, nor tell whether it exists (fixed: existence was enough)' },
  'GET /api/audit query orgId': { file: 'routes/audit/audit.test.ts', title: 'shows members their own organisation\'s changes, administrators any, and 404 for someone else\'s' },
  'GET /api/matching/explain query jobId': { file: 'routes/matching/matching.test.ts', title: 'answers a scoped administrator 404 for a job outside its scope, as the job\'s own matching page does (hostile-client audit, decision 042)' },
  'POST /api/challenges/{id}/takers body collegeId': { file: bodyIds, title: 'does not take a challenge in the name of another college' },
  'POST /api/jobs/{id}/applications body consent.recipientOrgId': { file: 'routes/applications/applications.test.ts', title: 'requires a consent, naming this job’s enterprise' },
  'GET /api/applications/mine query jobId': { file: bodyIds, title: 'does not show another student’s application through 我的投递’s jobId filter' },
  'POST /api/auth/signup body collegeId': { file: 'routes/auth/signup.test.ts', title: 'validates name, password strength, college and consent with Chinese messages beside each field' },
  'PUT /api/profile body collegeId': { file: 'routes/profile/profile.test.ts', title: 'refuses bad values and unknown references with Chinese field issues' },
  'POST /api/events body organizerOrgId': { file: bodyIds, title: 'does not make another college the organiser of a college member’s event' },
  'POST /api/events/{id}/schedule body sessionId': { file: bodyIds, title: 'does not put another event’s session or interview slot on a student’s schedule through an event they registered for' },
  'POST /api/events/{id}/schedule body interviewSlotId': { file: bodyIds, title: 'does not put another event’s session or interview slot on a student’s schedule through an event they registered for' },
  'PUT /api/events/{id}/booths/mine/jobs body jobIds': { file: 'routes/events/events.test.ts', title: 'runs booths: apply, approval by the organiser only, own open jobs only' },
  'POST /api/projects body eventId': { file: 'routes/projects/project-create.test.ts', title: '签约: the college records a signing at the fair its partner exhibited at; not at a fair neither attended' },
  'POST /api/projects body challengeId': { file: 'routes/projects/projects.test.ts', title: 'refuses a 签约 at a fair neither party attended, and a project from a challenge before a taker is accepted' },
  'POST /api/projects body equipmentId': { file: 'routes/projects/project-create.test.ts', title: '设备共享: the owning college names the booking enterprise, the enterprise names only the equipment; others get 404' },
  'POST /api/projects body courseId': { file: 'routes/projects/project-create.test.ts', title: '企业培训: the course\'s college names the enterprise; another college or the enterprise itself gets 404' },
  'POST /api/projects body partnerOrgId': { file: 'routes/projects/project-create.test.ts', title: '设备共享: the owning college names the booking enterprise, the enterprise names only the equipment; others get 404' },
  'POST /api/projects body orgId': { file: bodyIds, title: 'does not start a project in the name of a unit the caller is not a member of' },
  'POST /api/projects/{id}/updates body milestoneId': { file: bodyIds, title: 'does not tick off a milestone of another project through one’s own' },
  'POST /api/enterprise/jobs body orgId': { file: bodyIds, title: 'does not post a job for an enterprise the caller is not a member of' },
  // The unit a member of several acts for (decision 095): naming another enterprise answers 404 and makes nothing.
  'POST /api/events/{id}/booths query orgId': { file: 'routes/events/acting-unit.test.ts', title: 'asks which unit applies, lists and reads the named unit only, and refuses a unit the caller is not in' },
  'GET /api/events/{id}/booths/mine query orgId': { file: 'routes/events/acting-unit.test.ts', title: 'asks which unit applies, lists and reads the named unit only, and refuses a unit the caller is not in' },
  'GET /api/events/exhibiting query orgId': { file: 'routes/events/acting-unit.test.ts', title: 'asks which unit applies, lists and reads the named unit only, and refuses a unit the caller is not in' },
  'POST /api/events/{id}/booths/mine/visits query orgId': { file: 'routes/events/acting-unit.test.ts', title: 'scans for the unit whose approved booth is at the event, and asks when both units have one' },
  'PUT /api/events/{id}/booths/mine/jobs query orgId': { file: 'routes/events/acting-unit.test.ts', title: 'scans for the unit whose approved booth is at the event, and asks when both units have one' },
  'GET /api/events/{id}/slots query boothId': { file: 'routes/events/slots.test.ts', title: 'reads one approved booth\'s slots whole where the event\'s list stops at 500, and no booth of another event' },
  'POST /api/events/{id}/booths/mine/slots query orgId': { file: 'routes/events/acting-unit.test.ts', title: 'scans for the unit whose approved booth is at the event, and asks when both units have one' },
  'POST /api/equipment/{id}/bookings body orgId': { file: 'routes/equipment/booking-unit.test.ts', title: 'asks which unit books, books for the named one, lists both units\' bookings by name, refuses a unit not the caller\'s' },
  'POST /api/enterprise/applications/bulk-transition body ids': { file: 'routes/enterprise-applications/enterprise-applications.test.ts', title: 'answers 404 for another enterprise’s job and application on every id-taking route' },
}

const ID_NAME = /^(id|ids|\w+Id|\w+Ids)$/

/** Every property path under `schema` whose name is an id, arrays marked `[]`; unions and intersections walked too. */
function idPaths(schema: JsonSchema, prefix: string, out: Set<string>, depth = 0) {
  if (depth > 10) return
  for (const s of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) idPaths(s, prefix, out, depth + 1)
  if (schema.items) idPaths(schema.items, `${prefix}[]`, out, depth + 1)
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name
    if (ID_NAME.test(name)) out.add(path)
    idPaths(prop, path, out, depth + 1)
  }
}

describe('ids in query strings and JSON bodies (decision 078)', () => {
  it('has a cross-tenant case for every one the OpenAPI document lists', async () => {
    const found: string[] = []
    for (const op of await readOperations(h)) {
      for (const q of op.query) if (ID_NAME.test(q.name)) found.push(`${op.method} ${op.path} query ${q.name}`)
      if (op.body?.type === 'application/json') {
        const paths = new Set<string>()
        idPaths(op.body.schema, '', paths)
        for (const p of paths) found.push(`${op.method} ${op.path} body ${p}`)
      }
    }
    // The walk itself must find what it is for (a broken walk would find nothing and pass).
    expect(found).toContain('POST /api/jobs/{id}/applications body consent.recipientOrgId')
    expect(found.filter((k) => !COVERED[k]), 'name the test that sends another tenant’s id in these (file and title), or say why none is needed').toEqual([])
    expect(Object.keys(COVERED).filter((k) => !found.includes(k)), 'these are no longer in the document: drop them').toEqual([])
  })

  it('names tests that exist, by their exact titles', () => {
    const missing: string[] = []
    for (const [key, c] of Object.entries(COVERED)) {
      if ('reference' in c) continue
      const source = readFileSync(join(import.meta.dirname, c.file), 'utf8')
      const titles = [`it('${c.title.replaceAll("'", "\\'")}'`, `it("${c.title}"`, `it(\`${c.title}\``]
      if (!titles.some((t) => source.includes(t))) missing.push(`${key}: ${c.file} has no it(…) titled “${c.title}”`)
    }
    expect(missing).toEqual([])
  })
})
