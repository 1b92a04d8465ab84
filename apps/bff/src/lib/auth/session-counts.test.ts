import { createStudent } from '@zhilian/db/factories'
import { withStatementLog } from '@zhilian/db/statement-log'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIMITS } from '../rate-limit/policies'
import { appWith, bearer, createHarness, expectProblem, type Harness, type TestApp } from '../../testing/harness'
import { countedUnder as countedUnderOf, rateCounters, sendLogged } from '../../testing/rate-counters'

/**
 * Decision 104: a signed-in write or search counts its user inside the statement that reads its session, where it had
 * been a statement of its own. Each key is still counted exactly once, a request over the user's limit answers 429
 * before its handler runs, and a session the row no longer allows answers as before (401), not 429.
 */
let h: Harness
let logged: ReturnType<typeof withStatementLog>
let app: TestApp
let counters: ReturnType<typeof rateCounters>
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'on', TRUST_PROXY: 'true' })
  logged = withStatementLog(h.db)
  app = appWith(h, { db: { ...h.db, prisma: logged.prisma, hotSql: logged.hotSql } })
  counters = rateCounters(h, LIMITS.write.user!.windowSeconds)
})
afterAll(async () => {
  await logged.prisma.$disconnect()
  await h.close()
})

const from = (ip: string) => ({ 'x-forwarded-for': `203.0.113.9, ${ip}` })
const WRITE_LIMIT = LIMITS.write.user!.limit

const send = (path: string, init: RequestInit) => sendLogged(app, logged, path, init)

const putPersonalisation = (token: string, ip: string, enabled: boolean) =>
  send('/api/profile/personalisation', {
    method: 'PUT', headers: { ...bearer(token), ...from(ip), 'content-type': 'application/json' }, body: JSON.stringify({ enabled }),
  })

const countedUnder = (...parts: string[]) => countedUnderOf(h, ...parts)

const countsInSession = (q: string) => /"RateLimitCounter"/.test(q) && /"tokenVersion"/.test(q)
const countsAlone = (q: string) => /"RateLimitCounter"/.test(q) && !/"tokenVersion"/.test(q)

async function student() {
  const user = await createStudent(h.prisma)
  return { user, token: await h.tokenFor(user) }
}

describe('a signed-in request counted in its session statement', () => {
  it('counts a write once by address and once by user, the user in the session’s statement', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.61'
    const s = await student()
    const r = await putPersonalisation(s.token, ip, false)
    expect(r.res.status).toBe(200)
    expect(r.statements.filter(countsInSession)).toHaveLength(1)
    // The address is still counted before any route runs (ipRateLimit); the user's count has no statement of its own.
    expect(r.statements.filter(countsAlone)).toHaveLength(1)
    expect(await countedUnder(ip, s.user.id)).toEqual({ [`ip:write:${ip}`]: 1, [`user:write:${s.user.id}`]: 1 })
  })

  it('counts a signed-in search (one that does not count itself in its own statement) the same way, under the search’s keys', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.62'
    const s = await student()
    const r = await send('/api/recommendations/courses', { headers: { ...bearer(s.token), ...from(ip) } })
    expect(r.res.status).toBe(200)
    expect(r.statements.filter(countsInSession)).toHaveLength(1)
    expect(await countedUnder(ip, s.user.id)).toEqual({ [`ip:search:${ip}`]: 1, [`user:search:${s.user.id}`]: 1 })
  })

  it('answers 429 over the user’s limit before the handler runs, with the wait in words', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.63'
    const s = await student()
    await counters.preset(`user:write:${s.user.id}`, WRITE_LIMIT)
    const r = await putPersonalisation(s.token, ip, false)
    await expectProblem(r.res, 429, 'RATE_LIMITED')
    expect(Number(r.res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: s.user.id } })).personalisationOff).toBe(false)
    expect(r.statements.filter((q) => /UPDATE "public"\."User"|"AuditLog"/.test(q))).toEqual([])
    expect(await countedUnder(ip, s.user.id)).toEqual({ [`ip:write:${ip}`]: 1, [`user:write:${s.user.id}`]: WRITE_LIMIT + 1 })
  })

  it('answers a revoked session 401 even over the limit, and a request nobody counts reads the session alone', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.64'
    const s = await student()
    await counters.preset(`user:write:${s.user.id}`, WRITE_LIMIT)
    await h.prisma.user.update({ where: { id: s.user.id }, data: { tokenVersion: { increment: 1 } } })
    await expectProblem((await putPersonalisation(s.token, ip, false)).res, 401, 'SESSION_EXPIRED')

    const fresh = await student()
    const read = await send('/api/profile', { headers: { ...bearer(fresh.token), ...from(ip) } })
    expect(read.res.status).toBe(200)
    expect(read.statements.filter((q) => /"RateLimitCounter"/.test(q))).toEqual([])
    expect(await countedUnder(fresh.user.id)).toEqual({})
  })
})
