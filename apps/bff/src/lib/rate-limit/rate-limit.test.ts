import { createAdmin, createStudent } from '@zhilian/db/factories'
import { describe, expect, it } from 'vitest'
import { appWith, bearer, expectProblem, jsonInit } from '../../testing/harness'
import { inOneWindow } from '../../testing/one-window'
import { raceInstances } from '../../testing/race-instances'
import { LIMITS, PASSWORD_FAILURES } from './policies'

const race = raceInstances({ TRUST_PROXY: 'true' })

const from = (ip: string, headers: Record<string, string> = {}) => ({ ...headers, 'x-forwarded-for': `203.0.113.9, ${ip}` })

describe('rate limits kept in the database', () => {
  it('answers the write after a user’s limit with 429, Retry-After and a Chinese message, counted across two BFF processes', { timeout: 120_000 }, async () => {
    const limit = LIMITS.write.user!.limit
    // Windows are fixed (counters.ts): a loop straddling one's end runs again as a fresh user (testing/one-window.ts).
    const { res, token } = await inOneWindow(LIMITS.write.user!.windowSeconds, async () => {
      const token = await race.h.tokenFor(await createStudent(race.h.prisma))
      for (let i = 0; i < limit; i++) {
        const app = i % 2 === 0 ? race.h.app : race.other
        const res = await app.request('/api/profile', jsonInit('PUT', {}, { ...bearer(token), ...from(`198.51.100.${i % 200}`) }))
        expect(res.status).toBe(400)
      }
      return { res: await race.other.request('/api/profile', jsonInit('PUT', {}, { ...bearer(token), ...from('198.51.100.250') })), token }
    })
    const problem = await expectProblem(res, 429, 'RATE_LIMITED')
    expect(problem.message).toMatch(/^提交过于频繁，请 \d+ 秒后再试$/)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(LIMITS.write.user!.windowSeconds)
    // Reading is not a write: the same user still reads.
    expect((await race.h.app.request('/api/profile', { headers: bearer(token) })).status).toBe(200)
  })

  it('limits sign-in per address, leaving other addresses alone', { timeout: 120_000 }, async () => {
    const { limit } = LIMITS.signin.ip
    const signIn = (ip: string) => race.h.app.request('/api/auth/wechat', jsonInit('POST', { code: 'bogus' }, from(ip)))
    const res = await inOneWindow(LIMITS.signin.ip.windowSeconds, async (n) => {
      const ip = `192.0.2.${10 + n * 100}`
      for (let i = 0; i < limit; i++) await expectProblem(await signIn(ip), 400, 'WECHAT_CODE_INVALID')
      return signIn(ip)
    })
    const problem = await expectProblem(res, 429, 'RATE_LIMITED')
    expect(problem.message).toContain('登录')
    await expectProblem(await race.h.app.request('/api/auth/wechat', jsonInit('POST', { code: 'bogus' }, from('192.0.2.11'))), 400, 'WECHAT_CODE_INVALID')
  })

  it('limits search per signed-in user', { timeout: 120_000 }, async () => {
    const { limit } = LIMITS.search.user!
    const res = await inOneWindow(LIMITS.search.user!.windowSeconds, async () => {
      const token = await race.h.tokenFor(await createAdmin(race.h.prisma))
      // Matching is search: refused here by validation, but counted once the caller is known.
      const ask = (i: number) => race.h.app.request('/api/matching/explain?jobId=x', { headers: { ...bearer(token), ...from(`198.51.101.${i % 250}`) } })
      for (let i = 0; i < limit; i++) await expectProblem(await ask(i), 400, 'VALIDATION_FAILED')
      return ask(limit)
    })
    const problem = await expectProblem(res, 429, 'RATE_LIMITED')
    expect(problem.message).toMatch(/^搜索过于频繁，请 \d+ 秒后再试$/)
  })

  // 58 password checks (scrypt, prisma/src/password.ts) take over 30 s of wall at load 30 (PostgreSQL run, decision 080).
  it('lets no stranger lock an account out, and stops password spraying from one address', { timeout: 120_000 }, async () => {
    await createAdmin(race.h.prisma, { username: 'victim_admin', password: 'the-right-one' })
    const login = (username: string, password: string, ip: string) => race.h.app.request('/api/auth/password', jsonInit('POST', { username, password }, from(ip)))
    for (let i = 0; i < PASSWORD_FAILURES.perAccountAndIp.limit; i++) await expectProblem(await login('victim_admin', `guess-${i}`, '192.0.2.50'), 401, 'INVALID_CREDENTIALS')
    const locked = await login('victim_admin', 'the-right-one', '192.0.2.50')
    await expectProblem(locked, 429, 'RATE_LIMITED')
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/)
    // The owner, elsewhere, is not locked out.
    expect((await login('victim_admin', 'the-right-one', '192.0.2.51')).status).toBe(200)
    // One address trying one password over many accounts stops after PASSWORD_FAILURES.perIp.
    for (let i = 0; i < PASSWORD_FAILURES.perIp.limit; i++) await login(`sprayed_${i}`, 'Password1', '192.0.2.60')
    await expectProblem(await login('someone_else', 'Password1', '192.0.2.60'), 429, 'RATE_LIMITED')
  })

  it('counts nothing where RATE_LIMIT=off (test and benchmark configurations only)', async () => {
    const app = appWith(race.h, { env: { ...race.h.env, RATE_LIMIT: false } })
    for (let i = 0; i <= LIMITS.signin.ip.limit; i++) await expectProblem(await app.request('/api/auth/wechat', jsonInit('POST', { code: 'bogus' }, from('192.0.2.90'))), 400, 'WECHAT_CODE_INVALID')
    expect(await race.h.prisma.rateLimitCounter.count({ where: { key: { contains: '192.0.2.90' } } })).toBe(0)
  })
})
