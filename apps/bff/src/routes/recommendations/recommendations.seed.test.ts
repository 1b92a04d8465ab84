/**
 * Student job recommendations in three statements (decision 030) against the definition they replaced, on the demo
 * seed: for sampled students the top 20 must be the same jobs in the same order, with the same scores, reasons and
 * cards. Also counts the statements of one request. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { seedDemo } from '@zhilian/db'
import { withStatementLog } from '@zhilian/db/statement-log'
import { JobRecommendationsSchema } from '@zhilian/shared/contracts/recommendations'
import { testClient } from 'hono/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appWith, bearer, createHarness, type Harness } from '../../testing/harness'
import { legacyRecommendJobs } from '../../testing/legacy-recommendations'

let h: Harness
let students: { id: string; role: 'student'; tokenVersion: number }[]
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  await seedDemo(h.prisma)
  const all = await h.prisma.user.findMany({ where: { role: 'student', deletedAt: null }, select: { id: true, tokenVersion: true }, orderBy: { id: 'asc' } })
  // Every fifth student, and one more who switched personalisation off.
  students = all.filter((_, i) => i % 5 === 0).map((u) => ({ ...u, role: 'student' as const }))
  const off = all[1]!
  await h.prisma.user.update({ where: { id: off.id }, data: { personalisationOff: true } })
  students.push({ ...off, role: 'student' })
}, 300_000)
afterAll(() => h.close())

const recommend = async (app: Harness['app'], user: (typeof students)[number]) => {
  // The statement-counting test calls an app of its own, so the client is built per app rather than taken from h.
  const client = testClient(app, undefined, undefined, { headers: bearer(await h.tokenFor(user)) })
  const res = await client.api.recommendations.jobs.$get({ query: { limit: 20 } })
  expect(res.status).toBe(200)
  return JobRecommendationsSchema.parse(await res.json())
}

// Prisma left an enterprise's labels in no particular order; the one-statement card orders them (decision 030).
const sortedLabels = (items: readonly { job: { org: { labels: { id: string }[] } } }[]) =>
  items.map((i) => ({ ...i, job: { ...i.job, org: { ...i.job.org, labels: [...i.job.org.labels].sort((a, b) => a.id.localeCompare(b.id)) } } }))

describe('GET /api/recommendations/jobs on the demo seed', () => {
  it('samples students with profiles, chains and cities, and finds a full top 20 for them', async () => {
    expect(students.length).toBeGreaterThan(50)
    const body = await recommend(h.app, students[0]!)
    expect(body.personalised).toBe(true)
    expect(body.items).toHaveLength(20)
  })

  it('lists the same top 20 as before for every sampled student: jobs, order, scores, reasons and cards', async () => {
    let personalised = 0
    for (const user of students) {
      const [got, want] = [await recommend(h.app, user), await legacyRecommendJobs(h.db.prisma, user.id, 20)]
      expect(sortedLabels(got.items), `student ${user.id}`).toEqual(sortedLabels(want))
      if (got.personalised) personalised++
    }
    expect(personalised).toBe(students.length - 1)
  }, 600_000)

  it('sends four statements: the session, the student, the candidates, the top 20 cards', async () => {
    const logged = withStatementLog(h.db)
    try {
      const app = appWith(h, { db: { ...h.db, prisma: logged.prisma, hotSql: logged.hotSql } })
      await recommend(app, students[0]!) // reference data cached (or already current)
      logged.statements.length = 0
      const body = await recommend(app, students[0]!)
      expect(body.items).toHaveLength(20)
      expect(logged.statements).toHaveLength(4)
      expect(logged.statements.filter((q) => q.includes('"personalisationOff"'))).toHaveLength(1)
      expect(logged.statements.at(-1)).toContain('ANY(')
    } finally {
      await logged.prisma.$disconnect()
    }
  })
})
