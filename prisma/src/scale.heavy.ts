import { checkUscc } from '@zhilian/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from './client'
import { scaleData } from './scale'
import { createTestDb } from './test-db'

let db: DbHandle
beforeAll(async () => { db = await createTestDb() })
afterAll(async () => { await db?.close() })

describe('scaleData', () => {
  it('writes the asked numbers of rows, linked and valid, and a rerun adds nothing', async () => {
    const summary = await scaleData(db.prisma, { jobs: 450, students: 700, applications: 900, batch: 200 })
    const counts = async () => ({
      jobs: await db.prisma.job.count(),
      students: await db.prisma.studentProfile.count(),
      applications: await db.prisma.application.count(),
      enterprises: await db.prisma.organization.count({ where: { kind: 'enterprise' } }),
    })
    const first = await counts()
    expect(first).toEqual({ jobs: 450, students: 700, applications: 900, enterprises: summary.enterprises })
    // Supply lists: one approved 附件1 per college, each offering 25 majors with grades, cohorts and destinations.
    expect(await db.prisma.supplyList.count({ where: { approvedVersion: { not: null } } })).toBe(summary.colleges)
    expect(summary.offerings).toBe(summary.colleges * 25)
    expect(await db.prisma.majorOffering.count()).toBe(summary.offerings)
    expect(await db.prisma.majorOfferingChain.count()).toBe(summary.offerings)
    expect(await db.prisma.enrolment.count()).toBe(summary.offerings * 3)
    expect(await db.prisma.graduateDestination.count()).toBe(summary.offerings * 3 * 2)
    const offering = await db.prisma.majorOffering.findFirstOrThrow({ include: { list: { include: { college: true } }, chains: true } })
    expect(offering.list.college.kind).toBe('college')
    expect(offering.chains).toHaveLength(1)
    expect(await db.prisma.jobSkill.count()).toBeGreaterThanOrEqual(450)
    const job = await db.prisma.job.findFirstOrThrow({ include: { org: true, skills: true } })
    expect(job.org.kind).toBe('enterprise')
    expect(job.salaryMax).toBeGreaterThan(job.salaryMin)
    const student = await db.prisma.studentProfile.findFirstOrThrow()
    expect(student.skills.length).toBeGreaterThan(0)
    for (const org of await db.prisma.organization.findMany({ take: 50 })) expect(checkUscc(org.uscc).ok, org.uscc).toBe(true)
    await scaleData(db.prisma, { jobs: 450, students: 700, applications: 900, batch: 200 })
    expect(await counts()).toEqual(first)
    expect(await db.prisma.majorOffering.count()).toBe(summary.offerings)
  })
})
