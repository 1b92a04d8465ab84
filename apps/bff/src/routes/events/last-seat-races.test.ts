import { createCourse, createEvent, createStudent } from '@zhilian/db/factories'
import { describe, expect, it, vi } from 'vitest'
import { bearer, expectProblem, jsonInit } from '../../testing/harness'
import { raceInstances } from '../../testing/race-instances'

/**
 * Decision 085: the last seats of a fair and of a training course, taken by more students at once than there are
 * seats, on two app instances (on PostgreSQL each with its own pool, so the count-then-insert of each truly
 * overlaps). Both lock the parent row before counting; these tests show the lock holds, and fail without it.
 */
const race = raceInstances()
// Eight students made and signed in, then eight overlapping transactions: slow on a loaded machine, never a figure.
vi.setConfig({ testTimeout: 180_000 })
const SEATS = 3
const STUDENTS = 8

async function students() {
  return Promise.all(Array.from({ length: STUDENTS }, async (_, i) => race.h.tokenFor(await createStudent(race.h.prisma, { user: { displayName: `抢座同学${i}` } }))))
}

describe('the last seats, taken at once (decision 085)', () => {
  it(`registers exactly ${SEATS} of ${STUDENTS} students for a fair with ${SEATS} seats left`, async () => {
    const event = await createEvent(race.h.prisma, { capacity: SEATS })
    const tokens = await students()
    const results = await Promise.all(tokens.map((token, i) =>
      [race.h.app, race.other][i % 2]!.request(`/api/events/${event.id}/registrations`, jsonInit('POST', {}, bearer(token)))))
    expect(results.filter((r) => r.status === 201)).toHaveLength(SEATS)
    for (const res of results.filter((r) => r.status !== 201)) expect((await expectProblem(res, 409, 'CAPACITY_FULL')).message).toBe('该活动报名名额已满')
    expect(await race.h.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(SEATS)
  })

  it(`enrols exactly ${SEATS} of ${STUDENTS} students in a course with ${SEATS} seats`, async () => {
    const course = await createCourse(race.h.prisma, { seatsPerSession: SEATS, yearlyCapacity: SEATS })
    const tokens = await students()
    const results = await Promise.all(tokens.map((token, i) =>
      [race.h.app, race.other][i % 2]!.request(`/api/trainings/${course.id}/enrolments`, jsonInit('POST', {}, bearer(token)))))
    expect(results.filter((r) => r.status === 201)).toHaveLength(SEATS)
    for (const res of results.filter((r) => r.status !== 201)) expect((await expectProblem(res, 409, 'CAPACITY_FULL')).message).toBe('该课程名额已满')
    expect(await race.h.prisma.trainingEnrolment.count({ where: { courseId: course.id } })).toBe(SEATS)
  })

  it('registers one student once when the same tap arrives twice on two instances', async () => {
    const event = await createEvent(race.h.prisma, { capacity: SEATS })
    const [token] = await students()
    const results = await Promise.all([race.h.app, race.other].map((app) => app.request(`/api/events/${event.id}/registrations`, jsonInit('POST', {}, bearer(token!)))))
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
    expect(await race.h.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(1)
  })
})
