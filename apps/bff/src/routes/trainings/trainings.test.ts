import { OkSchema } from '@zhilian/shared/contracts/common'
import { MyEnrolmentsSchema, TrainingEnrolmentSchema, TrainingPageSchema, type TrainingCourse } from '@zhilian/shared/contracts/trainings'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { recruiter } from '../../testing/application-fixtures'
import { createCourse, createStudent } from '@zhilian/db/factories'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const enrol = (courseId: string, token: string) => h.clientAs(token).api.trainings[':id'].enrolments.$post({ param: { id: courseId } })
const studentToken = async () => h.tokenFor(await createStudent(h.prisma))

describe('GET /api/trainings', () => {
  it('shows courses from approved lists only, filtered, with seats left, in cursor pages without gaps', async () => {
    const chainId = 'SD-C11'
    const made = []
    for (let i = 0; i < 5; i++) made.push(await createCourse(h.prisma, { chainId, title: `纺织设备维护${i}` }))
    await createCourse(h.prisma, { chainId }, 'submitted')
    await createCourse(h.prisma, { chainId, format: 'online' })
    await createCourse(h.prisma, { chainId, cityCode: '370100' })
    await createCourse(h.prisma, { chainId, startDate: new Date(Date.now() - 86_400_000) })
    const query = { chainId, cityCode: '370300', format: 'offline', startsAfter: new Date().toISOString() } as const
    const seen: TrainingCourse[] = []
    let cursor: string | null = null
    do {
      const res = await h.client.api.trainings.$get({ query: { ...query, limit: '2', ...(cursor ? { cursor } : {}) } })
      const page = TrainingPageSchema.parse(await res.json())
      seen.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    expect(seen.map((c) => c.id).sort()).toEqual(made.map((c) => c.id).sort())
    expect(seen[0]).toMatchObject({ capacity: 30, seatsLeft: 30, format: 'offline', chains: [{ id: chainId, name: expect.any(String) }] })
  })
})

describe('the menu reads each college’s current 附件1 (decision 076)', () => {
  it('offers this year’s courses, not last year’s beside them, and nothing of a college no longer verified', async () => {
    const last = await createCourse(h.prisma, { title: '去年的课程' })
    const { collegeId } = await h.prisma.supplyList.findUniqueOrThrow({ where: { id: last.listId }, select: { collegeId: true } })
    const later = await h.prisma.supplyList.create({ data: { collegeId, year: 2099, status: 'approved', approvedVersion: 1 } })
    const current = await h.prisma.trainingCourse.create({
      data: { listId: later.id, title: '今年的课程', content: '数控车床编程与操作实训', format: 'offline', periodDays: 5, hours: 40, yearlyCapacity: 200, seatsPerSession: 30, cityCode: '370300', startDate: new Date(Date.now() + 14 * 86_400_000) },
    })
    const menu = async () => TrainingPageSchema.parse(await (await h.client.api.trainings.$get({ query: { limit: '50' } })).json()).items.map((c) => c.id)
    expect(await menu()).toContain(current.id)
    expect(await menu()).not.toContain(last.id)
    await expectProblem(await enrol(last.id, await studentToken()), 404, 'NOT_FOUND')

    await h.prisma.organization.update({ where: { id: collegeId }, data: { verification: 'rejected' } })
    expect(await menu()).not.toContain(current.id)
  })
})

describe('enrolments', () => {
  it('takes exactly the seats there are when 20 students enrol at once for 5 seats', async () => {
    const course = await createCourse(h.prisma, { seatsPerSession: 5 })
    const tokens = await Promise.all(Array.from({ length: 20 }, studentToken))
    const results = await Promise.all(tokens.map((t) => enrol(course.id, t)))
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(5)
    expect(statuses.filter((s) => s === 409)).toHaveLength(15)
    expect(await h.prisma.trainingEnrolment.count({ where: { courseId: course.id } })).toBe(5)
    const list = TrainingPageSchema.parse(await (await h.client.api.trainings.$get({ query: { chainId: 'SD-C02', limit: '50' } })).json())
    expect(list.items.find((c) => c.id === course.id)?.seatsLeft).toBe(0)
  })

  it('refuses a second enrolment by the same student', async () => {
    const course = await createCourse(h.prisma)
    const token = await studentToken()
    const first = await enrol(course.id, token)
    expect(first.status).toBe(201)
    expect(TrainingEnrolmentSchema.parse(await first.json()).course).toMatchObject({ id: course.id, seatsLeft: 29 })
    await expectProblem(await enrol(course.id, token), 409, 'DUPLICATE')
  })

  // Decision 051: enrolling in a course that had already started was accepted.
  it('refuses enrolment once the course has started, and takes one starting later or undated', async () => {
    const token = await studentToken()
    const started = await createCourse(h.prisma, { startDate: new Date(Date.now() - 60_000) })
    const refused = await expectProblem(await enrol(started.id, token), 409, 'INVALID_TRANSITION')
    expect(refused.message).toContain('已开课')
    expect(await h.prisma.trainingEnrolment.count({ where: { courseId: started.id } })).toBe(0)
    expect((await enrol((await createCourse(h.prisma, { startDate: new Date(Date.now() + 86_400_000) })).id, token)).status).toBe(201)
    expect((await enrol((await createCourse(h.prisma, { startDate: null })).id, token)).status).toBe(201)
  })

  it('lists and cancels own enrolments; another student’s enrolment and an unlisted course are 404', async () => {
    const course = await createCourse(h.prisma)
    const hidden = await createCourse(h.prisma, {}, 'submitted')
    const token = await studentToken()
    const other = await studentToken()
    const mine = TrainingEnrolmentSchema.parse(await (await enrol(course.id, token)).json())
    await expectProblem(await enrol(hidden.id, token), 404, 'NOT_FOUND')
    const listed = MyEnrolmentsSchema.parse(await (await h.clientAs(token).api.trainings.enrolments.mine.$get()).json())
    expect(listed.items.map((e) => e.id)).toEqual([mine.id])
    await expectProblem(await h.clientAs(other).api.trainings.enrolments[':id'].$delete({ param: { id: mine.id } }), 404, 'NOT_FOUND')
    const res = await h.clientAs(token).api.trainings.enrolments[':id'].$delete({ param: { id: mine.id } })
    OkSchema.parse(await res.json())
    expect(await h.prisma.trainingEnrolment.count({ where: { id: mine.id } })).toBe(0)
  })

  it('is for students only', async () => {
    const course = await createCourse(h.prisma)
    const { user } = await recruiter(h.prisma)
    await expectProblem(await enrol(course.id, await h.tokenFor(user)), 403, 'FORBIDDEN')
  })
})
