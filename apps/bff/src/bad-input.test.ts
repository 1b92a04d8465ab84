/**
 * The five causes of 500s the platform probe found (issue 10), each answered 4xx at validation now: NUL and lone
 * surrogates (input-guard.test.ts), year-0000 and impossible dates, cursors whose sort key is no date, empty
 * reference ids, and a bad WeChat code (routes/auth/auth.test.ts).
 */
import { createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from './testing/harness'
import { organiser, postEvent, student } from './testing/event-fixtures'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('dates a client sends', () => {
  it('refuses year 0000, impossible days and years outside 1900–2100 at validation', async () => {
    const org = await organiser(h)
    for (const startsAt of ['0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '9999-12-31T23:59:59Z', '1899-12-31T23:59:59Z']) {
      const res = await h.app.request('/api/events', jsonInit('POST', {
        kind: 'job_fair', format: 'onsite', title: '日期有误的双选会', cityCode: '370300', startsAt, endsAt: '2027-01-01T00:00:00Z',
      }, bearer(org.token)))
      const problem = await expectProblem(res, 400, 'VALIDATION_FAILED')
      expect(problem.issues?.map((i) => i.path)).toContain('startsAt')
    }
    const s = await student(h)
    await expectProblem(await h.app.request('/api/trainings?startsAfter=0000-01-01T00:00:00Z', { headers: bearer(s.token) }), 400, 'VALIDATION_FAILED')
  })
})

describe('page cursors', () => {
  it('refuses a cursor whose decoded sort key is not a date or an id, on every keyset list', async () => {
    const s = await student(h)
    const org = await organiser(h)
    const lists: [string, string, unknown[]][] = [
      ['/api/jobs', s.token, [{ t: 0, p: 'garbage', id: 'x' }, { t: 1, p: '0000-01-01T00:00:00Z', id: 'x' }, { t: 0, p: '2026-01-01T00:00:00Z', id: '' }]],
      ['/api/events', s.token, [{ s: 'garbage', id: 'x' }, { s: '0000-01-01T00:00:00Z', id: 'x' }, { s: '2026-01-01T00:00:00Z', id: 'a b' }]],
      ['/api/events/organised', org.token, [{ s: 'tomorrow', id: 'x' }, { s: '2026-13-01T00:00:00Z', id: 'x' }]],
      ['/api/inbox', s.token, [{ t: 'yesterday', id: 'x' }, { t: '2026-01-01T00:00:00Z', id: '' }]],
      ['/api/trainings', s.token, [{ id: '' }, { id: 'a b' }, { id: 42 }]],
    ]
    for (const [path, token, bad] of lists) {
      for (const value of bad) {
        const problem = await expectProblem(await h.app.request(`${path}?cursor=${cursor(value)}`, { headers: bearer(token) }), 400, 'BAD_REQUEST')
        expect(problem.message).toContain('分页参数无效')
      }
    }
  })
})

describe('reference ids', () => {
  it('refuses an empty id where a record is named, instead of writing a dangling reference', async () => {
    const s = await student(h)
    const profile = {
      realName: '李华', collegeId: '', majorCode: '', grade: 3, graduationYear: 2027, education: 'associate', skills: ['PLC编程'],
      certificates: [], expectedCities: ['370300'], expectedChains: [], intro: null, phone: '13800000000',
    }
    const problem = await expectProblem(await h.app.request('/api/profile', jsonInit('PUT', profile, bearer(s.token))), 400, 'VALIDATION_FAILED')
    expect(problem.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['collegeId', 'majorCode']))

    const org = await createEnterprise(h.prisma)
    const job = await createJob(h.prisma, { orgId: org.id })
    const consent = { recipientOrgId: '', purpose: '应聘该岗位', fields: ['realName'] }
    const refused = await expectProblem(await h.app.request(`/api/jobs/${job.id}/applications`, jsonInit('POST', { consent }, bearer(s.token))), 400, 'VALIDATION_FAILED')
    expect(refused.issues?.map((i) => i.path)).toContain('consent.recipientOrgId')

    const { user } = await createMember(h.prisma, org)
    const member = await h.tokenFor(user)
    await expectProblem(await h.app.request(`/api/events/${(await postEvent(h, (await organiser(h)).token)).id}/booths/mine/jobs`, jsonInit('PUT', { jobIds: [''] }, bearer(member))), 400, 'VALIDATION_FAILED')
  })
})

describe('one problem per field', () => {
  it('reports an empty required id or phone once, as empty, not also as badly formed (decision 107)', async () => {
    // zod ran the format check after the emptiness check had failed: 「不能为空」 and 「编号格式不正确」 at one field.
    const org = await createEnterprise(h.prisma)
    const token = await h.tokenFor((await createMember(h.prisma, org, { isOwner: true })).user)
    const query = await expectProblem(await h.app.request('/api/events/some-event/booths?orgId=', { method: 'POST', headers: bearer(token) }), 400, 'VALIDATION_FAILED')
    expect(query.issues).toEqual([{ path: 'orgId', message: '不能为空' }])
    const body = await expectProblem(await h.app.request(`/api/organizations/${org.id}`, jsonInit('PATCH', { contactPhone: '' }, bearer(token))), 400, 'VALIDATION_FAILED')
    expect(body.issues).toEqual([{ path: 'contactPhone', message: '必填' }])
  })
})
