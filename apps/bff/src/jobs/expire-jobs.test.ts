import { createEnterprise, createJob, createMember, createStudent } from '@zhilian/db/factories'
import { JobDetailSchema, JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../testing/harness'
import { startExpirySweeps } from '../lib/expiry-sweeps'
import { closeExpiredJobs } from './expire-jobs'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const DAY = 86_400_000

// Decision 049 left it: search, recommendations and detail offered jobs past their closing date (applying refused).
describe('closing jobs past their closing date (decision 051)', () => {
  it('takes expired jobs out of search, keeps their page open as closed, and leaves the rest alone', async () => {
    const org = await createEnterprise(h.prisma)
    const title = '截止日期清扫测试岗'
    const expired = await createJob(h.prisma, { orgId: org.id, title, closesAt: new Date(Date.now() - DAY) })
    const current = await createJob(h.prisma, { orgId: org.id, title, closesAt: new Date(Date.now() + DAY) })
    const undated = await createJob(h.prisma, { orgId: org.id, title, closesAt: null })
    const byHand = await createJob(h.prisma, { orgId: org.id, title, status: 'closed', closesAt: null })

    expect(await closeExpiredJobs(h.prisma)).toBeGreaterThanOrEqual(1)
    const statuses = await h.prisma.job.findMany({ where: { orgId: org.id }, select: { id: true, status: true } })
    expect(Object.fromEntries(statuses.map((j) => [j.id, j.status]))).toEqual({
      [expired.id]: 'closed', [current.id]: 'open', [undated.id]: 'open', [byHand.id]: 'closed',
    })

    // Match sort is a signed-in student's.
    const student = h.clientAs(await h.tokenFor(await createStudent(h.prisma)))
    for (const sort of ['newest', 'match'] as const) {
      const res = await student.api.jobs.$get({ query: { q: title, sort } })
      expect(res.status).toBe(200)
      const ids = JobListPageSchema.parse(await res.json()).items.map((j) => j.id)
      expect(ids.sort()).toEqual([current.id, undated.id].sort())
    }

    // A shared link still opens: the page reads 已截止 from the sweep's expiredAt (decision 055), not from the date.
    const page = await h.client.api.jobs[':id'].$get({ param: { id: expired.id } })
    expect(page.status).toBe(200)
    const detail = JobDetailSchema.parse(await page.json())
    expect(detail.status).toBe('closed')
    expect(detail.expiredAt).not.toBeNull()
    // A job its enterprise closed by hand stays gone.
    await expectProblem(await h.client.api.jobs[':id'].$get({ param: { id: byHand.id } }), 404, 'NOT_FOUND')
  })

  // Decision 055 left it: the detail judged "closed by its date" from closesAt, so a job its enterprise closed by hand
  // before the date came back (as 已截止) once the date had passed.
  it('keeps a job closed by hand gone after its date passes; one the sweep closed opens with expiredAt', async () => {
    const org = await createEnterprise(h.prisma)
    const byHand = await createJob(h.prisma, { orgId: org.id, status: 'closed', closesAt: new Date(Date.now() - DAY), expiredAt: null })
    await expectProblem(await h.client.api.jobs[':id'].$get({ param: { id: byHand.id } }), 404, 'NOT_FOUND')
    const swept = new Date(Date.now() - DAY / 2)
    const bySweep = await createJob(h.prisma, { orgId: org.id, status: 'closed', closesAt: new Date(Date.now() - DAY), expiredAt: swept })
    const res = await h.client.api.jobs[':id'].$get({ param: { id: bySweep.id } })
    expect(res.status).toBe(200)
    expect(JobDetailSchema.parse(await res.json()).expiredAt).toBe(swept.toISOString())
    // Its own enterprise still opens the one it closed, and reads no expiredAt on it.
    const own = h.clientAs(await h.tokenFor((await createMember(h.prisma, org)).user))
    expect(JobDetailSchema.parse(await (await own.api.jobs[':id'].$get({ param: { id: byHand.id } })).json()).expiredAt).toBeNull()
  })

  it('sweeps once as the server starts, before the first hourly round', async () => {
    const job = await createJob(h.prisma, { title: '启动时清扫测试岗', closesAt: new Date(Date.now() - DAY) })
    const stop = startExpirySweeps(h.db, pino({ level: 'silent' }))
    try {
      await vi.waitFor(async () => expect((await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe('closed'), { timeout: 30_000, interval: 100 })
    } finally {
      stop()
    }
  })

  // Decision 055: the sweep changed statuses with no trace in the audit log, unlike every other status change.
  it('audits each job it closes as the system, in the same transaction, and marks it closed by its date', async () => {
    const org = await createEnterprise(h.prisma)
    const expired = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() - DAY) })
    const current = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() + DAY) })
    const now = new Date()
    await closeExpiredJobs(h.prisma, now)
    const entries = await h.prisma.auditLog.findMany({ where: { entity: 'Job', entityId: { in: [expired.id, current.id] } } })
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      actorUserId: null, orgId: org.id, action: 'job.expired', entityId: expired.id,
      diff: { status: { from: 'open', to: 'closed' }, closesAt: expired.closesAt!.toISOString() },
    })
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: expired.id } })).expiredAt?.getTime()).toBe(now.getTime())
    // A second round finds nothing to close and writes nothing.
    await closeExpiredJobs(h.prisma)
    expect(await h.prisma.auditLog.count({ where: { entity: 'Job', entityId: expired.id } })).toBe(1)
  })

  it('writes neither the closing nor its audit entry when the transaction fails', async () => {
    const org = await createEnterprise(h.prisma)
    const job = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() - DAY) })
    // Fault injection: the audit write fails inside the sweep's transaction; the status change must roll back with it.
    const failing = new Proxy(h.prisma, {
      get(target, key) {
        if (key !== '$transaction') return Reflect.get(target, key)
        return (fn: (tx: unknown) => Promise<unknown>) => target.$transaction((tx) => fn(new Proxy(tx, {
          get(t, k) {
            if (k !== 'auditLog') return Reflect.get(t, k)
            return { createMany: () => Promise.reject(new Error('audit write failed')) }
          },
        })))
      },
    })
    await expect(closeExpiredJobs(failing)).rejects.toThrow('audit write failed')
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe('open')
  })

  // A backlog in one transaction outran Prisma's transaction limit and rolled back on every round (seen on the
  // benchmark database's ~86,000 jobs past their date), so nothing ever closed: it goes in batches.
  it('closes a backlog larger than a batch, every job audited once', async () => {
    await closeExpiredJobs(h.prisma)
    const org = await createEnterprise(h.prisma)
    const jobs = await Promise.all(Array.from({ length: 7 }, () => createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() - DAY) })))
    expect(await closeExpiredJobs(h.prisma, new Date(), 3)).toBe(7)
    const ids = jobs.map((j) => j.id)
    expect(await h.prisma.job.count({ where: { id: { in: ids }, status: 'closed' } })).toBe(7)
    expect(await h.prisma.auditLog.count({ where: { entity: 'Job', action: 'job.expired', entityId: { in: ids } } })).toBe(7)
  })

  it('is idempotent', async () => {
    await closeExpiredJobs(h.prisma)
    expect(await closeExpiredJobs(h.prisma)).toBe(0)
  })
})
