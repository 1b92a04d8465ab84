import { createAdmin, createEnterprise, createJob, createMember, createStudent } from '@zhilian/db/factories'
import { withStatementLog } from '@zhilian/db/statement-log'
import { JobDetailSchema } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appWith, bearer, createHarness, expectProblem, type Harness, type TestApp } from '../../testing/harness'
import { sendLogged } from '../../testing/rate-counters'

/**
 * Decision 114: a signed-in caller's job detail reads the session inside the detail's own statement, where the session
 * check had been a statement of its own before it. One statement signed in as signed out; the answers as before — the
 * same body as signed out for an open job, the own enterprise's closed job, 404 to others, and every session refusal
 * `requireAuth` makes (revoked, deleted, disabled, a bad token) before anything about the job.
 */
let h: Harness
let logged: ReturnType<typeof withStatementLog>
let app: TestApp
beforeAll(async () => {
  h = await createHarness()
  logged = withStatementLog(h.db)
  app = appWith(h, { db: { ...h.db, prisma: logged.prisma, hotSql: logged.hotSql } })
})
afterAll(async () => {
  await logged.prisma.$disconnect()
  await h.close()
})

const detail = (id: string, token?: string) => sendLogged(app, logged, `/api/jobs/${id}`, token ? { headers: bearer(token) } : {})

describe('GET /api/jobs/:id signed in', () => {
  it('reads the caller and the job in one statement and answers what a signed-out caller gets', async () => {
    const job = await createJob(h.prisma, { title: '数控车工' })
    const student = await createStudent(h.prisma)
    const signedOut = await detail(job.id)
    const signedIn = await detail(job.id, await h.tokenFor(student))
    expect(signedOut.statements).toHaveLength(1)
    expect(signedIn.statements).toHaveLength(1) // before decision 114: the session statement, then the detail's
    expect(signedIn.statements[0]).toMatch(/"tokenVersion"/)
    expect(signedIn.res.status).toBe(200)
    expect(await signedIn.res.text()).toBe(await signedOut.res.text())
  })

  it('shows a closed job to its own enterprise only, and answers an unknown id 404', async () => {
    const org = await createEnterprise(h.prisma)
    const paused = await createJob(h.prisma, { orgId: org.id, status: 'paused' })
    const own = await createMember(h.prisma, org)
    const other = await createMember(h.prisma, await createEnterprise(h.prisma))
    const seen = await detail(paused.id, await h.tokenFor(own.user))
    expect(seen.statements).toHaveLength(1)
    expect(JobDetailSchema.parse(await seen.res.json())).toMatchObject({ id: paused.id, status: 'paused', org: { id: org.id } })
    await expectProblem((await detail(paused.id, await h.tokenFor(other.user))).res, 404, 'NOT_FOUND')
    await expectProblem((await detail(paused.id)).res, 404, 'NOT_FOUND')
    await expectProblem((await detail('no-such-job', await h.tokenFor(own.user))).res, 404, 'NOT_FOUND')
  })

  it('refuses a session as every signed-in route does, before the job: revoked, deleted, disabled, unsigned, not a bearer', async () => {
    const job = await createJob(h.prisma)
    const revoked = await createStudent(h.prisma)
    const token = await h.tokenFor(revoked)
    await h.prisma.user.update({ where: { id: revoked.id }, data: { tokenVersion: { increment: 1 } } })
    await expectProblem((await detail(job.id, token)).res, 401, 'SESSION_EXPIRED')
    const deleted = await createStudent(h.prisma)
    await h.prisma.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } })
    await expectProblem((await detail(job.id, await h.tokenFor(deleted))).res, 401, 'UNAUTHENTICATED')
    const disabled = await createAdmin(h.prisma)
    await h.prisma.user.update({ where: { id: disabled.id }, data: { deletedAt: new Date(), disabledBy: '孙主任' } })
    const refused = await expectProblem((await detail(job.id, await h.tokenFor({ id: disabled.id, role: 'admin' }))).res, 401, 'ACCOUNT_DISABLED')
    expect(refused.message).toContain('孙主任')
    await expectProblem((await detail(job.id, `${token}x`)).res, 401, 'UNAUTHENTICATED')
    const basic = await sendLogged(app, logged, `/api/jobs/${job.id}`, { headers: { authorization: 'Basic abc' } })
    await expectProblem(basic.res, 401, 'UNAUTHENTICATED')
    expect(basic.statements).toHaveLength(0)
  })
})
