import { createAdmin, createCollege, createJob, createMember, createStudent } from '@zhilian/db/factories'
import { beijingDayOf, closingDayRange, endOfBeijingDay, MAX_CLOSING_DAYS } from '@zhilian/shared'
import { EnterpriseJobSchema, JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeExpiredJobs } from '../../jobs/expire-jobs'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const DAY = 86_400_000
const dayIn = (days: number) => beijingDayOf(new Date(Date.now() + days * DAY))
const setDate = (token: string, id: string, closesOn: string) =>
  h.clientAs(token).api.enterprise.jobs[':id']['closing-date'].$put({ param: { id }, json: { closesOn } })

async function staff() {
  const { org, user } = await recruiter(h.prisma)
  return { org, token: await h.tokenFor(user) }
}

async function searchIds(title: string) {
  const student = h.clientAs(await h.tokenFor(await createStudent(h.prisma)))
  const res = await student.api.jobs.$get({ query: { q: title, sort: 'newest' } })
  return JobListPageSchema.parse(await res.json()).items.map((j) => j.id)
}

const auditOf = (id: string) => h.prisma.auditLog.findMany({ where: { entity: 'Job', entityId: id }, orderBy: { at: 'asc' } })

// Decision 051 left no way to change a closing date: an enterprise whose hiring ran long had to copy the job.
describe('PUT /api/enterprise/jobs/{id}/closing-date (decision 055)', () => {
  it('extends and shortens an open job\'s date to the end of the chosen Beijing day, audited', async () => {
    const { org, token } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() + 10 * DAY) })
    const longer = EnterpriseJobSchema.parse(await (await setDate(token, job.id, dayIn(40))).json())
    expect(longer).toMatchObject({ status: 'open', closesAt: endOfBeijingDay(dayIn(40)).toISOString(), expiredAt: null })
    const shorter = EnterpriseJobSchema.parse(await (await setDate(token, job.id, dayIn(0))).json())
    expect(shorter.closesAt).toBe(endOfBeijingDay(dayIn(0)).toISOString())
    const entries = (await auditOf(job.id)).filter((e) => e.action === 'job.closing_date')
    expect(entries).toHaveLength(2)
    expect(entries[1]).toMatchObject({ orgId: org.id, diff: { closesAt: { from: longer.closesAt, to: shorter.closesAt }, status: { from: 'open', to: 'open' } } })
  })

  it('refuses a day before today and one beyond the limit in Chinese, and takes the last allowed day', async () => {
    const { org, token } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() + 10 * DAY) })
    const past = await expectProblem(await setDate(token, job.id, dayIn(-1)), 400, 'VALIDATION_FAILED')
    expect(past.issues?.[0]).toMatchObject({ path: 'closesOn', message: '截止日期不能早于今天，请选择今天或以后的日期' })
    const { last } = closingDayRange()
    const far = await expectProblem(await setDate(token, job.id, beijingDayOf(new Date(endOfBeijingDay(last).getTime() + DAY))), 400, 'VALIDATION_FAILED')
    expect(far.issues?.[0]?.message).toContain(`最多设在${MAX_CLOSING_DAYS}天内`)
    await expectProblem(await setDate(token, job.id, '2026-02-30'), 400, 'VALIDATION_FAILED')
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).closesAt?.getTime()).toBe(job.closesAt!.getTime())
    expect((await setDate(token, job.id, last)).status).toBe(200)
  })

  it('re-opens a job closed by its date without review; it is back in search and takes applications', async () => {
    const { org, token } = await staff()
    const title = '截止后重新开放的装配钳工'
    const job = await createJob(h.prisma, { orgId: org.id, title, closesAt: new Date(Date.now() - DAY) })
    await closeExpiredJobs(h.prisma)
    expect(await searchIds(title)).not.toContain(job.id)

    const reopened = EnterpriseJobSchema.parse(await (await setDate(token, job.id, dayIn(30))).json())
    // The enterprise is not a trusted poster, yet the job opens at once: its content is what a reviewer passed.
    expect(reopened).toMatchObject({ status: 'open', expiredAt: null, closesAt: endOfBeijingDay(dayIn(30)).toISOString() })
    expect(await searchIds(title)).toContain(job.id)
    const student = await applicant(h.prisma)
    const applied = await h.clientAs(await h.tokenFor(student)).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id) })
    expect(applied.status).toBe(201)
    expect((await auditOf(job.id)).map((e) => e.action)).toEqual(['job.expired', 'job.reopened'])
  })

  it('leaves a job closed by hand closed, before and after its date', async () => {
    const { org, token } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() + DAY) })
    expect((await h.clientAs(token).api.enterprise.jobs[':id'].close.$post({ param: { id: job.id } })).status).toBe(200)
    const refusal = await expectProblem(await setDate(token, job.id, dayIn(30)), 409, 'INVALID_TRANSITION')
    expect(refusal.message).toBe('手动关闭的岗位不能重新开放，可复制为新岗位后发布')
    // Its date passes and the sweep runs: it stays a hand-closed job.
    await h.prisma.job.update({ where: { id: job.id }, data: { closesAt: new Date(Date.now() - DAY) } })
    await closeExpiredJobs(h.prisma)
    await expectProblem(await setDate(token, job.id, dayIn(30)), 409, 'INVALID_TRANSITION')
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe('closed')
  })

  it('a shortened job is refused at apply once its day is over, and swept out of search', async () => {
    const { org, token } = await staff()
    const title = '提前截止的电工岗位'
    const job = await createJob(h.prisma, { orgId: org.id, title, closesAt: new Date(Date.now() + 60 * DAY) })
    expect((await setDate(token, job.id, dayIn(0))).status).toBe(200)
    expect(await searchIds(title)).toContain(job.id)
    // The chosen day ends: moving the stored date back an hour stands in for waiting until midnight.
    await h.prisma.job.update({ where: { id: job.id }, data: { closesAt: new Date(Date.now() - 3_600_000) } })
    const student = await applicant(h.prisma)
    const refused = await expectProblem(await h.clientAs(await h.tokenFor(student)).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id) }), 409, 'INVALID_TRANSITION')
    expect(refused.message).toBe('该岗位已过投递截止日期，不能再投递')
    await closeExpiredJobs(h.prisma)
    expect(await searchIds(title)).not.toContain(job.id)
  })

  it('is for the job\'s own enterprise only: another enterprise gets 404, every other role 403, nobody 401', async () => {
    const { org } = await staff()
    const job = await createJob(h.prisma, { orgId: org.id, closesAt: new Date(Date.now() + 10 * DAY) })
    const other = await staff()
    await expectProblem(await setDate(other.token, job.id, dayIn(1)), 404, 'NOT_FOUND')
    const college = await createCollege(h.prisma)
    const others = [
      (await createMember(h.prisma, college)).user,
      await createStudent(h.prisma),
      await createAdmin(h.prisma),
    ]
    for (const user of others) await expectProblem(await setDate(await h.tokenFor(user), job.id, dayIn(1)), 403, 'FORBIDDEN')
    await expectProblem(await h.client.api.enterprise.jobs[':id']['closing-date'].$put({ param: { id: job.id }, json: { closesOn: dayIn(1) } }), 401, 'UNAUTHENTICATED')
    expect((await h.prisma.job.findUniqueOrThrow({ where: { id: job.id } })).closesAt?.getTime()).toBe(job.closesAt!.getTime())
  })
})
