import { createEnterprise, createMember } from '@zhilian/db/factories'
import { CheckinCodeSchema } from '@zhilian/shared/contracts/checkin'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { categoryOf, COUNTED_IN_STATEMENT, LIMITS } from '../../lib/rate-limit/policies'
import { bearer, createHarness, expectProblem, type Harness, jsonInit } from '../../testing/harness'
import { liveNow, organiser, postEvent, register, student } from '../../testing/event-fixtures'
import { rateCounters } from '../../testing/rate-counters'

/**
 * Decision 082: the desk and booth scans count themselves, by address and by user, inside their one statement. Each
 * request must be counted exactly once per key — a scan, a refused token, an invalid body — and a scan over a limit
 * must write nothing (no check-in, no visit, no claim of the code).
 */
let h: Harness
let counters: ReturnType<typeof rateCounters>
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'on', TRUST_PROXY: 'true' })
  counters = rateCounters(h, LIMITS.scan.ip.windowSeconds)
})
afterAll(() => h.close())

const freshWindow = () => counters.freshWindow()
const count = (key: string) => counters.count(key)
/** Sets a key's count in this window, as if that many requests had come before. */
const preset = (key: string, value: number) => counters.preset(key, value)

const from = (ip: string) => ({ 'x-forwarded-for': `203.0.113.9, ${ip}` })
const post = (path: string, body: unknown, headers: Record<string, string>) => h.app.request(path, jsonInit('POST', body, headers))

async function registeredStudent(eventId: string) {
  const s = await student(h)
  expect((await register(h, eventId, s.token)).status).toBe(201)
  const res = await h.app.request(`/api/events/${eventId}/checkin-code`, { headers: bearer(s.token) })
  return { ...s, code: CheckinCodeSchema.parse(await res.json()).code }
}

describe('scans counted in their own statement', () => {
  it('counts a desk scan once by address and once by user, and a scan over the user’s limit checks no one in', async () => {
    await freshWindow()
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const [first, second] = [await registeredStudent(event.id), await registeredStudent(event.id)]
    const ip = '198.51.100.21'
    const [ipKey, userKey] = [`ip:scan:${ip}`, `user:scan:${org.user.id}`]

    expect((await post(`/api/events/${event.id}/checkins`, { code: first.code }, { ...bearer(org.token), ...from(ip) })).status).toBe(200)
    expect([await count(ipKey), await count(userKey)]).toEqual([1, 1])

    await preset(userKey, LIMITS.scan.user!.limit)
    const res = await post(`/api/events/${event.id}/checkins`, { code: second.code }, { ...bearer(org.token), ...from(ip) })
    const problem = await expectProblem(res, 429, 'RATE_LIMITED')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(problem.message).toBe(`扫码过于频繁，请 ${res.headers.get('retry-after')} 秒后再试`)
    const reg = await h.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: second.user.id } } })
    expect(reg.checkedInAt).toBeNull()
    // The refused scan did not claim the code: once the limit has passed, the same code checks the student in.
    expect(await h.prisma.checkinCodeUse.count({ where: { eventId: event.id } })).toBe(1)
    expect([await count(ipKey), await count(userKey)]).toEqual([2, LIMITS.scan.user!.limit + 1])
    await preset(userKey, 0)
    expect((await post(`/api/events/${event.id}/checkins`, { code: second.code }, { ...bearer(org.token), ...from(ip) })).status).toBe(200)
  })

  it('counts a refused token and an invalid body against the address, and answers 429 once the address is over its limit', async () => {
    await freshWindow()
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const ip = '198.51.100.22'
    const ipKey = `ip:scan:${ip}`
    await expectProblem(await post(`/api/events/${event.id}/checkins`, { code: 'x' }, { ...bearer('not-a-token'), ...from(ip) }), 401, 'UNAUTHENTICATED')
    await expectProblem(await post(`/api/events/${event.id}/checkins`, { code: 'x' }, from(ip)), 401, 'UNAUTHENTICATED')
    expect(await count(ipKey)).toBe(2)
    // A valid token with a body the schema refuses: the statement never ran, the request is counted all the same.
    await expectProblem(await post(`/api/events/${event.id}/checkins`, { nonsense: true }, { ...bearer(org.token), ...from(ip) }), 400, 'VALIDATION_FAILED')
    expect([await count(ipKey), await count(`user:scan:${org.user.id}`)]).toEqual([3, 1])

    await preset(ipKey, LIMITS.scan.ip.limit)
    await expectProblem(await post(`/api/events/${event.id}/checkins`, { code: 'x' }, { ...bearer('not-a-token'), ...from(ip) }), 429, 'RATE_LIMITED')
    await expectProblem(await post(`/api/events/${event.id}/checkins`, { code: 'x' }, { ...bearer(org.token), ...from(ip) }), 429, 'RATE_LIMITED')
    // Another address behind the same proxy is not limited.
    await expectProblem(await post(`/api/events/${event.id}/checkins`, { code: 'x' }, { ...bearer('not-a-token'), ...from('198.51.100.23') }), 401, 'UNAUTHENTICATED')
  })

  it('counts a booth scan once per key, and a booth scan over the limit records no visit', async () => {
    await freshWindow()
    const org = await organiser(h)
    const event = await postEvent(h, org.token, liveNow())
    const ent = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, ent)
    const token = await h.tokenFor(user)
    const applied = await h.app.request(`/api/events/${event.id}/booths`, jsonInit('POST', undefined, bearer(token)))
    const { id: boothId } = (await applied.json()) as { id: string }
    expect((await h.app.request(`/api/events/${event.id}/booths/${boothId}/approve`, jsonInit('POST', { number: 'B-1', zone: '新能源展区' }, bearer(org.token)))).status).toBe(200)
    const [first, second] = [await registeredStudent(event.id), await registeredStudent(event.id)]
    const ip = '198.51.100.24'
    const [ipKey, userKey] = [`ip:scan:${ip}`, `user:scan:${user.id}`]

    expect((await post(`/api/events/${event.id}/booths/mine/visits`, { code: first.code }, { ...bearer(token), ...from(ip) })).status).toBe(200)
    expect([await count(ipKey), await count(userKey)]).toEqual([1, 1])
    await preset(ipKey, LIMITS.scan.ip.limit)
    await expectProblem(await post(`/api/events/${event.id}/booths/mine/visits`, { code: second.code }, { ...bearer(token), ...from(ip) }), 429, 'RATE_LIMITED')
    expect(await h.prisma.boothVisit.count({ where: { boothId } })).toBe(1)
    expect(await count(userKey)).toBe(2)
  })

  it('counts in the statement exactly the routes whose statement counts (tokenAccess, countedPublicAccess), so none goes uncounted or is counted twice', async () => {
    const doc = (await (await h.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { 'x-counted-in-statement'?: boolean }>> }
    const flagged: string[] = []
    const matched: string[] = []
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const sample = path.replace(/\{[^}]+\}/g, 'x')
        if (op['x-counted-in-statement']) flagged.push(`${method} ${path}`)
        if (COUNTED_IN_STATEMENT.test(`${method.toUpperCase()} ${sample}`)) {
          matched.push(`${method} ${path}`)
          expect(categoryOf(method.toUpperCase(), sample)).toBe(method === 'post' ? 'scan' : 'search')
        }
      }
    }
    expect(flagged.sort()).toEqual(matched.sort())
    expect(matched.sort()).toEqual(['get /api/jobs', 'post /api/events/{id}/booths/mine/visits', 'post /api/events/{id}/checkins'])
  })
})
