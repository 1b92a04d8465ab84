import { createJob } from '@zhilian/db/factories'
import { ApplyResultSchema } from '@zhilian/shared/contracts/applications'
import { testClient } from 'hono/testing'
import { describe, expect, it } from 'vitest'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'
import { bearer, type TestApp } from '../../testing/harness'
import { raceInstances } from '../../testing/race-instances'

/**
 * A further interview round racing the student's withdrawal (decision 056's fix, tested by decision 060). The
 * enterprise and the student go through two app instances, each with its own pool on PostgreSQL, so the two
 * transactions truly overlap. Two test-only triggers watch from inside the database:
 * - a witness: every interview row records the application's status as committed at the moment it is written. An
 *   interview written after a withdrawal committed is the bug, whatever the responses said; an interview written
 *   before the withdrawal, which the student then leaves, is a legitimate order and records 'interview'.
 * - on PostgreSQL, the further round's inbox message (「面试通知」, written between the handler's read and the
 *   interview) takes 30 ms, so the withdrawal commits inside that gap in most rounds instead of rarely. It changes
 *   no outcome, only how often the dangerous order is tried; nothing asserts on time.
 */
const race = raceInstances({}, async (h) => {
  await h.prisma.$executeRawUnsafe('CREATE TABLE "zl_test_interview_witness" ("interviewId" text PRIMARY KEY, "status" text NOT NULL)')
  await h.prisma.$executeRawUnsafe(`CREATE FUNCTION "zl_test_witness"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO "zl_test_interview_witness" SELECT NEW."id", a."status"::text FROM "Application" a WHERE a."id" = NEW."applicationId";
      RETURN NULL;
    END $$`)
  await h.prisma.$executeRawUnsafe('CREATE TRIGGER "zl_test_witness" AFTER INSERT ON "Interview" FOR EACH ROW EXECUTE FUNCTION "zl_test_witness"()')
  if (h.db.kind === 'postgres') {
    await h.prisma.$executeRawUnsafe(`CREATE FUNCTION "zl_test_slow_notice"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."title" = '面试通知' THEN PERFORM pg_sleep(0.03); END IF;
        RETURN NEW;
      END $$`)
    await h.prisma.$executeRawUnsafe('CREATE TRIGGER "zl_test_slow_notice" BEFORE INSERT ON "InboxMessage" FOR EACH ROW EXECUTE FUNCTION "zl_test_slow_notice"()')
  }
})

const as = (app: TestApp, token: string) => testClient(app, undefined, undefined, { headers: bearer(token) })
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** An application at 面试 with its first round booked, through the same routes a recruiter uses. */
async function atInterview(orgId: string, jobId: string, recruiterToken: string) {
  const student = await applicant(race.h.prisma)
  const studentToken = await race.h.tokenFor(student)
  const applied = await as(race.h.app, studentToken).api.jobs[':id'].applications.$post({ param: { id: jobId }, json: consentFor(orgId) })
  const { id } = ApplyResultSchema.parse(await applied.json())
  const first = await as(race.h.app, recruiterToken).api.enterprise.applications[':id'].interview.$post({ param: { id }, json: { at: inDays(2), place: '一楼会议室' } })
  expect(first.status).toBe(201)
  return { id, student, studentToken }
}

describe('a further interview round racing the student’s withdrawal', () => {
  it('never writes an interview, a notice or an agenda entry after the withdrawal committed, over many rounds', async () => {
    const { org, user } = await recruiter(race.h.prisma)
    const job = await createJob(race.h.prisma, { orgId: org.id, title: '数控车工', headcount: 50 })
    const recruiterToken = await race.h.tokenFor(user)
    const rounds = 12
    const outcomes: string[] = []
    for (let round = 0; round < rounds; round++) {
      const { id, student, studentToken } = await atInterview(org.id, job.id, recruiterToken)
      const [further, withdrawn] = await Promise.all([
        as(race.h.app, recruiterToken).api.enterprise.applications[':id'].interview.$post({ param: { id }, json: { at: inDays(3), place: '二楼会议室' } }),
        as(race.other, studentToken).api.applications[':id'].withdraw.$post({ param: { id } }),
      ])
      // The withdrawal always lands: the further round either went first (its row lock held the withdrawal back) or
      // found the application moved and refused.
      expect(withdrawn.status).toBe(200)
      expect([201, 409]).toContain(further.status)
      outcomes.push(String(further.status))
      const app = await race.h.prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true, interviews: { select: { id: true } } } })
      expect(app.status).toBe('withdrawn')
      // The first round plus the further one only if it answered 201; a refused round left nothing behind.
      expect(app.interviews).toHaveLength(further.status === 201 ? 2 : 1)
      const agenda = await race.h.prisma.scheduleItem.count({ where: { userId: student.id, interviewId: { not: null } } })
      expect(agenda).toBe(app.interviews.length)
      const notices = await race.h.prisma.inboxMessage.count({ where: { userId: student.id, title: '面试通知' } })
      expect(notices).toBe(further.status === 201 ? 1 : 0)
    }
    const witnessed = await race.h.prisma.$queryRawUnsafe<{ status: string }[]>('SELECT "status" FROM "zl_test_interview_witness"')
    // Every interview row (the first rounds and the further ones that won) was written over an application at 面试
    // or earlier, never over a withdrawn one.
    expect(witnessed.length).toBe(rounds + outcomes.filter((s) => s === '201').length)
    expect(witnessed.filter((w) => w.status === 'withdrawn')).toEqual([])
  })
})
