import { createCollege, createMember } from '@zhilian/db/factories'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDemandWorkbook } from '../../excel'
import { warmParser } from '../../excel/parse-off-thread'
import { bearer, createHarness, expectProblem, type Harness } from '../../testing/harness'
import { importFixtures } from '../../testing/import-fixtures'

/**
 * Decision 074: list uploads have a limit of their own, per user (UPLOAD_RATE_LIMIT an hour, three here) and per
 * address (ten times that), counted before the body is read — a refused file counts like an accepted one.
 */
let h: Harness
beforeAll(async () => {
  // The parser's worker thread starts once per process (seconds, with exceljs); paid here, not in a test.
  ;[h] = await Promise.all([createHarness({ UPLOAD_RATE_LIMIT: '3', TRUST_PROXY: 'true' }), warmParser()])
})
afterAll(() => h.close())

const { enterprise, written } = importFixtures(() => h)
const NOT_XLSX = new TextEncoder().encode('not a workbook')
const post = (kind: 'supply' | 'demand', token: string, bytes: Uint8Array, address: string) => {
  const form = new FormData()
  form.set('file', new File([bytes], 'list.xlsx'))
  return h.app.request(`/api/imports/${kind}`, { method: 'POST', body: form, headers: { ...bearer(token), 'x-forwarded-for': address } })
}

describe('the upload limit (decision 074)', () => {
  it('answers the fourth upload of the hour 429 with when to retry, and writes nothing for it', async () => {
    const m = await enterprise()
    const address = '203.0.113.41'
    for (let i = 0; i < 3; i++) expect((await post('demand', m.token, NOT_XLSX, address)).status).toBe(415)
    const before = await written(m.org.id)
    const jobs = await h.prisma.importJob.count({ where: { orgId: m.org.id } })
    const res = await post('demand', m.token, await exportDemandWorkbook(m.data), address)
    const problem = await expectProblem(res, 429, 'RATE_LIMITED')
    expect(problem.message).toMatch(/^上传过于频繁，请 \d+ 分钟后再试/)
    const retryAfter = Number(res.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    // The rolling hour keeps hits per second (decision 078): a hit made at the very start of its second counts for the
    // hour and that second, so the wait reaches 3,601 s when all four uploads fall within one second (a fast machine).
    expect(retryAfter).toBeLessThanOrEqual(3601)
    expect(problem.message).toContain(`请 ${Math.ceil(retryAfter / 60)} 分钟后再试`)
    expect(await written(m.org.id)).toEqual(before)
    expect(await h.prisma.importJob.count({ where: { orgId: m.org.id } })).toBe(jobs)
    // Another member at the same address still uploads: the count is the user's.
    const colleague = await h.tokenFor((await createMember(h.prisma, m.org)).user)
    expect((await post('demand', colleague, await exportDemandWorkbook(m.data), address)).status).toBe(200)
  })

  it('counts uploads made just before the clock hour turned, and says when the oldest leaves the hour (decision 078)', async () => {
    const m = await enterprise()
    const HOUR = 3_600_000
    // The three uploads are put in the last second of the previous clock hour. Within a minute of the next turn that
    // second is more than an hour old; the test then waits for the turn (as rate-limit.test.ts's freshWindow does).
    if (Date.now() % HOUR > HOUR - 60_000) await new Promise((resolve) => setTimeout(resolve, HOUR - (Date.now() % HOUR) + 50))
    const hourStart = Math.floor(Date.now() / HOUR) * HOUR
    await h.prisma.rateLimitCounter.create({ data: { key: `upload:user:${m.user.id}`, windowStart: new Date(hourStart - 1000), count: 3, expiresAt: new Date(hourStart + HOUR) } })
    const before = Date.now()
    const res = await post('demand', m.token, NOT_XLSX, '203.0.113.45')
    const after = Date.now()
    // A fixed hour started counting anew at hourStart and let this one through (415: not a workbook).
    await expectProblem(res, 429, 'RATE_LIMITED')
    // The bucket of hourStart - 1 s leaves the hour at hourStart + 3,600 s; Retry-After is the whole seconds until then.
    const retryAfter = Number(res.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(Math.ceil((hourStart + HOUR - after) / 1000))
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil((hourStart + HOUR - before) / 1000))
    // Refused, it was not counted: the stored count stays three.
    const rows = await h.prisma.rateLimitCounter.findMany({ where: { key: `upload:user:${m.user.id}` } })
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(3)
  })

  it('limits one address across users to ten times the per-user limit', async () => {
    const address = '203.0.113.42'
    const tokens = await Promise.all(Array.from({ length: 11 }, async () => {
      const college = await createCollege(h.prisma)
      return h.tokenFor((await createMember(h.prisma, college)).user)
    }))
    for (const token of tokens.slice(0, 10)) for (let i = 0; i < 3; i++) expect((await post('supply', token, NOT_XLSX, address)).status).toBe(415)
    await expectProblem(await post('supply', tokens[10]!, NOT_XLSX, address), 429, 'RATE_LIMITED')
    // The same user elsewhere is not held by this address.
    expect((await post('supply', tokens[10]!, NOT_XLSX, '203.0.113.43')).status).toBe(415)
  })

  it('does not count other writes, nor uploads where the limit is off', async () => {
    const m = await enterprise()
    for (let i = 0; i < 5; i++) {
      const res = await h.app.request(`/api/organizations/${m.org.id}`, { method: 'PATCH', body: JSON.stringify({ contactName: `联系人${i}` }), headers: { ...bearer(m.token), 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.44' } })
      expect(res.status).toBe(200)
    }
    expect((await post('demand', m.token, NOT_XLSX, '203.0.113.44')).status).toBe(415)
    const off = await createHarness({ UPLOAD_RATE_LIMIT: 'off' })
    try {
      const org = await createCollege(off.prisma)
      const token = await off.tokenFor((await createMember(off.prisma, org)).user)
      for (let i = 0; i < 5; i++) {
        const form = new FormData()
        form.set('file', new File([NOT_XLSX], 'list.xlsx'))
        expect((await off.app.request('/api/imports/supply', { method: 'POST', body: form, headers: bearer(token) })).status).toBe(415)
      }
    } finally {
      await off.close()
    }
  })
})
