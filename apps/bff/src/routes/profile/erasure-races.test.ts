import { createJob } from '@zhilian/db/factories'
import { describe, expect, it } from 'vitest'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'
import { bearer, expectProblem, jsonInit, type Harness, type TestApp } from '../../testing/harness'
import { holdLock, waitForLockWaiters } from '../../testing/lock-waits'
import { raceInstances } from '../../testing/race-instances'

/**
 * 注销账号 against the account's own write (decision 074; 069 left it without a forced test): an application whose
 * request authenticated before the erasure committed and whose insert comes after. Only the database can still refuse
 * it (migration 20261206120000_no_rows_for_retired_users); without it the application landed on the erased account,
 * cover note and consent text intact — what the erasure exists to remove.
 */
const HOLD_KEY = 74074
/**
 * A test-only trigger that parks an application's insert on an advisory lock when the test holds it. Its name sorts
 * before the retired-account trigger's ("Application_studentUserId_live"), so it runs first, as a slow request would
 * reach the insert late; with the key free it passes at once.
 */
async function parkApplications(h: Harness) {
  if (h.db.kind !== 'postgres') return
  await h.prisma.$executeRawUnsafe(`CREATE FUNCTION "zl_test_park_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_advisory_xact_lock_shared(${HOLD_KEY}); RETURN NEW; END $$`)
  await h.prisma.$executeRawUnsafe('CREATE TRIGGER "AAA_test_park" BEFORE INSERT ON "Application" FOR EACH ROW EXECUTE FUNCTION "zl_test_park_insert"()')
}
const race = raceInstances({ TRUST_PROXY: 'true' }, parkApplications)

const apply = (app: TestApp, token: string, jobId: string, orgId: string) =>
  app.request(`/api/jobs/${jobId}/applications`, jsonInit('POST', { ...consentFor(orgId), coverNote: '可随时到岗，电话见简历' }, bearer(token)))
const erase = (app: TestApp, token: string) => app.request('/api/profile', jsonInit('DELETE', { confirm: '注销' }, bearer(token)))

async function studentAndJob() {
  const { org } = await recruiter(race.h.prisma)
  const job = await createJob(race.h.prisma, { orgId: org.id })
  const student = await applicant(race.h.prisma)
  return { job, student, token: await race.h.tokenFor(student) }
}
const applicationsOf = (userId: string) => race.h.prisma.application.findMany({ where: { studentUserId: userId }, select: { coverNote: true, status: true } })

describe('注销账号 racing an application of the same account (decision 074)', () => {
  it('leaves the application withdrawn and emptied, or never written, free-running on two instances', async () => {
    for (let round = 0; round < 4; round++) {
      const { job, student, token } = await studentAndJob()
      const [applied, erased] = await Promise.all([apply(race.h.app, token, job.id, job.orgId), erase(race.other, token)])
      expect(erased.status).toBe(200)
      const left = await applicationsOf(student.id)
      if (applied.status === 201) expect(left).toEqual([{ coverNote: null, status: 'withdrawn' }])
      else {
        // 401 when the account was gone by its insert or its session check; 409 when the erasure had removed the
        // résumé the application reads before it (请先完善简历). Either way nothing is written.
        if (applied.status === 409) await expectProblem(applied, 409, 'CONFLICT')
        else await expectProblem(applied, 401, 'UNAUTHENTICATED')
        expect(left).toEqual([])
      }
    }
  })

  /**
   * The window itself, every time (PostgreSQL): the application authenticated, then its insert is parked (the
   * trigger above) while the erasure runs to its commit on the other instance; then the insert goes on.
   */
  it('refuses an application whose request authenticated before the erasure committed and wrote after', async (ctx) => {
    if (race.h.db.kind !== 'postgres' || !race.h.db.url) return ctx.skip()
    const { job, student, token } = await studentAndJob()
    const release = await holdLock(race.h, `SELECT pg_advisory_xact_lock(${HOLD_KEY})`)
    let applying: Response | Promise<Response> | undefined
    try {
      applying = apply(race.h.app, token, job.id, job.orgId)
      await waitForLockWaiters(race.h, 1, 'advisory')
      const erased = await erase(race.other, token)
      expect(erased.status).toBe(200)
    } finally {
      await release()
    }
    const problem = await expectProblem(await applying!, 401, 'UNAUTHENTICATED')
    expect(problem.message).toBe('当前账号刚刚已注销或已关联到网页账号，本次操作没有保存，请重新登录')
    expect(await applicationsOf(student.id)).toEqual([])
    expect(await race.h.prisma.user.findUniqueOrThrow({ where: { id: student.id }, select: { deletedAt: true } })).toEqual({ deletedAt: expect.any(Date) })
  })
})
