import { createJob, createStudent } from '@zhilian/db/factories'
import { describe, expect, it } from 'vitest'
import { bearer, expectProblem, jsonInit, type TestApp } from '../../testing/harness'
import { raceInstances } from '../../testing/race-instances'
import { OPEN_REPORTS_PER_REPORTER } from './abuse-reports.handlers'

/**
 * The open-reports cap under concurrency (decision 060): two app instances on one database, each with its own pool
 * on PostgreSQL, so the requests truly overlap. On PGlite the statements run one at a time and the test still holds.
 */
const race = raceInstances()

describe('POST /api/reports racing against its own cap', () => {
  it(`ends with exactly ${OPEN_REPORTS_PER_REPORTER} open reports when half again as many are sent at once`, async () => {
    const reporter = await createStudent(race.h.prisma)
    const token = await race.h.tokenFor(reporter)
    const job = await createJob(race.h.prisma)
    const sent = Math.ceil(OPEN_REPORTS_PER_REPORTER * 1.5)
    const results = await Promise.all(Array.from({ length: sent }, (_, i) =>
      [race.h.app, race.other][i % 2]!.request('/api/reports', jsonInit('POST', { targetKind: 'job', targetId: job.id, reason: `虚假岗位，第${i + 1}次举报` }, bearer(token)))))
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(OPEN_REPORTS_PER_REPORTER)
    const refused = results.filter((r) => r.status !== 201)
    expect(refused).toHaveLength(sent - OPEN_REPORTS_PER_REPORTER)
    for (const res of refused) expect((await expectProblem(res, 429, 'RATE_LIMITED')).message).toBe('您提交的举报较多，请等待处理后再提交')
    expect(await race.h.prisma.report.count({ where: { reporterUserId: reporter.id, status: 'open' } })).toBe(OPEN_REPORTS_PER_REPORTER)
  })

  it('counts each reporter apart: another user reporting at the same moment is not held to the first one’s cap', async () => {
    const [a, b] = [await createStudent(race.h.prisma), await createStudent(race.h.prisma)]
    const [ta, tb] = [await race.h.tokenFor(a), await race.h.tokenFor(b)]
    const job = await createJob(race.h.prisma)
    const send = (app: TestApp, token: string, i: number) =>
      app.request('/api/reports', jsonInit('POST', { targetKind: 'job', targetId: job.id, reason: `押金问题${i}` }, bearer(token)))
    const results = await Promise.all(Array.from({ length: OPEN_REPORTS_PER_REPORTER }, (_, i) => [send(race.h.app, ta, i), send(race.other, tb, i)]).flat())
    expect(results.map((r) => r.status)).toEqual(Array(OPEN_REPORTS_PER_REPORTER * 2).fill(201))
    expect(await race.h.prisma.report.count({ where: { reporterUserId: { in: [a.id, b.id] }, status: 'open' } })).toBe(OPEN_REPORTS_PER_REPORTER * 2)
  })
})
