import { createJob, createStudent } from '@zhilian/db/factories'
import { withStatementLog } from '@zhilian/db/statement-log'
import { JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeCursor } from '../../lib/cursor'
import { countedKeys } from '../../lib/rate-limit/counters'
import { LIMITS } from '../../lib/rate-limit/policies'
import { appWith, bearer, createHarness, expectProblem, type Harness, type TestApp } from '../../testing/harness'
import { countedUnder as countedUnderOf, rateCounters, sendLogged } from '../../testing/rate-counters'
import { searchNewest } from './jobs.search-newest'

/**
 * Decision 093: the job search counts itself, by address and (signed in) by user, inside its one statement, as the
 * scans do (decision 082). Each search is counted exactly once per key — a page, a refusal before the statement, a
 * search over a limit — and a search over a limit answers 429 without reading a job. The statements each request
 * sends are counted too: the old path sent the counts as statements of their own.
 */
let h: Harness
let logged: ReturnType<typeof withStatementLog>
let app: TestApp
let counters: ReturnType<typeof rateCounters>
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'on', TRUST_PROXY: 'true' })
  logged = withStatementLog(h.db)
  app = appWith(h, { db: { ...h.db, prisma: logged.prisma, hotSql: logged.hotSql } })
  counters = rateCounters(h, LIMITS.search.ip.windowSeconds)
  await createJob(h.prisma, { title: '限流检索岗位' })
})
afterAll(async () => {
  await logged.prisma.$disconnect()
  await h.close()
})

const KEYWORD = '限流检索'
const SEARCH = `/api/jobs?q=${encodeURIComponent(KEYWORD)}`
const from = (ip: string) => ({ 'x-forwarded-for': `203.0.113.9, ${ip}` })
const { limit: IP_LIMIT } = LIMITS.search.ip
const USER_LIMIT = LIMITS.search.user!.limit

/** One request and how many statements it sent. */
async function send(path: string, headers: Record<string, string>, method = 'GET') {
  const { res, statements } = await sendLogged(app, logged, path, { headers, method })
  return { res, statements: statements.length }
}

const countedUnder = (...parts: string[]) => countedUnderOf(h, ...parts)

async function signedInStudent() {
  const student = await createStudent(h.prisma)
  return { id: student.id, token: await h.tokenFor(student) }
}

describe('job search counted in its own statement', () => {
  it('counts an anonymous search once by address, in the search’s one statement', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.31'
    const first = await send(SEARCH, from(ip))
    expect(first.res.status).toBe(200)
    expect(JobListPageSchema.parse(await first.res.json()).items.map((j) => j.title)).toEqual(['限流检索岗位'])
    expect(first.statements).toBe(1)
    expect((await send(SEARCH, from(ip))).statements).toBe(1)
    expect(await countedUnder(ip)).toEqual({ [`ip:search:${ip}`]: 2 })
  })

  it('counts a signed-in search once by address and once by user, beside the session check', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.32'
    const s = await signedInStudent()
    const r = await send(SEARCH, { ...bearer(s.token), ...from(ip) })
    expect(r.res.status).toBe(200)
    expect(JobListPageSchema.parse(await r.res.json()).items).toHaveLength(1)
    expect(r.statements).toBe(2)
    expect(await countedUnder(ip, s.id)).toEqual({ [`ip:search:${ip}`]: 1, [`user:search:${s.id}`]: 1 })
  })

  it('answers 429 with the search message over the address’s or the user’s limit, counting each key once', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.33'
    await counters.preset(`ip:search:${ip}`, IP_LIMIT)
    const anonymous = await send(SEARCH, from(ip))
    const problem = await expectProblem(anonymous.res, 429, 'RATE_LIMITED')
    // The wait is said in words, the same figure as Retry-After (decision 098; it said 请稍后再试).
    const wait = Number(anonymous.res.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(problem.message).toBe(`搜索过于频繁，请 ${wait} 秒后再试`)
    expect(anonymous.statements).toBe(1)
    expect(await countedUnder(ip)).toEqual({ [`ip:search:${ip}`]: IP_LIMIT + 1 })

    const s = await signedInStudent()
    const other = '198.51.100.34'
    await counters.preset(`user:search:${s.id}`, USER_LIMIT)
    const signedIn = await send(SEARCH, { ...bearer(s.token), ...from(other) })
    expect((await expectProblem(signedIn.res, 429, 'RATE_LIMITED')).message).toMatch(/^搜索过于频繁，请 \d+ 秒后再试$/)
    expect(signedIn.statements).toBe(2)
    expect(await countedUnder(other, s.id)).toEqual({ [`ip:search:${other}`]: 1, [`user:search:${s.id}`]: USER_LIMIT + 1 })
  })

  it('reads no job in a statement over a limit: the page is empty and the statement names the key', async () => {
    await counters.freshWindow()
    const key = 'ip:search:198.51.100.35'
    const counts = () => countedKeys([[key, { limit: 1, windowSeconds: LIMITS.search.ip.windowSeconds }]])
    const query = { q: KEYWORD, limit: 20, sort: 'newest' as const }
    const within = await searchNewest(h.db.hotSql, query, { counts })
    expect([within.page.items.length, within.limited]).toEqual([1, []])
    const over = await searchNewest(h.db.hotSql, query, { counts })
    expect([over.page, over.limited]).toEqual([{ items: [], nextCursor: null }, [key]])
    expect(await counters.count(key)).toBe(2)
  })

  it('counts a search refused or answered before its statement once per key, afterwards', async () => {
    await counters.freshWindow()
    const ip = '198.51.100.36'
    const ipKey = `ip:search:${ip}`
    await expectProblem((await send('/api/jobs?limit=abc', from(ip))).res, 400, 'VALIDATION_FAILED')
    await expectProblem((await send(SEARCH, { ...bearer('not-a-token'), ...from(ip) })).res, 401, 'UNAUTHENTICATED')
    // A keyword cursor sent without its keyword: an empty page, no statement of the search's own.
    expect((await send(`/api/jobs?cursor=${encodeCursor({ t: 1 })}`, from(ip))).res.status).toBe(200)
    expect(await countedUnder(ip)).toEqual({ [ipKey]: 3 })

    // Signed in with a cursor the search refuses: the session check, then both keys in one statement.
    const s = await signedInStudent()
    const other = '198.51.100.37'
    const refused = await send(`${SEARCH}&cursor=not-a-cursor`, { ...bearer(s.token), ...from(other) })
    await expectProblem(refused.res, 400, 'BAD_REQUEST')
    expect(refused.statements).toBe(2)
    // Match sorting reads through several statements; it is counted once, before them.
    expect((await send(`${SEARCH}&sort=match`, { ...bearer(s.token), ...from(other) })).res.status).toBe(200)
    expect(await countedUnder(other, s.id)).toEqual({ [`ip:search:${other}`]: 2, [`user:search:${s.id}`]: 2 })

    // Over the address's limit, a request the route would refuse is refused for the limit.
    await counters.preset(ipKey, IP_LIMIT)
    await expectProblem((await send('/api/jobs?limit=abc', from(ip))).res, 429, 'RATE_LIMITED')
    expect(await counters.count(ipKey)).toBe(IP_LIMIT + 1)
  })

  it('counts a HEAD of the search as its GET: Hono runs the search for it, so it is no way around the limits', async () => {
    // Decision 097: a HEAD was counted under no category at all, by address or user, however many the client sent.
    await counters.freshWindow()
    const ip = '198.51.100.38'
    const s = await signedInStudent()
    const head = await send(SEARCH, { ...bearer(s.token), ...from(ip) }, 'HEAD')
    expect([head.res.status, head.statements]).toEqual([200, 2])
    expect(await countedUnder(ip, s.id)).toEqual({ [`ip:search:${ip}`]: 1, [`user:search:${s.id}`]: 1 })
    await counters.preset(`ip:search:${ip}`, IP_LIMIT)
    expect((await send(SEARCH, from(ip), 'HEAD')).res.status).toBe(429)
    // The other search routes are counted by the middlewares, a HEAD as its GET.
    const other = '198.51.100.39'
    expect((await send('/api/reference/colleges?q=%E8%81%8C%E4%B8%9A', from(other), 'HEAD')).res.status).toBe(200)
    expect(await countedUnder(other)).toEqual({ [`ip:search:${other}`]: 1 })
  })
})
