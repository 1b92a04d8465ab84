import { checkUscc } from '@zhilian/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from './client'
import { createAdmin, createCollege, createEnterprise, createEvent, createJob, createMember, createStudent, makeUscc } from './factories'
import { verifyPassword } from './password'
import { createTestDb } from './test-db'

let db: DbHandle
beforeAll(async () => { db = await createTestDb() })
afterAll(async () => { await db?.close() })

describe('factories', () => {
  it('makes USCCs that pass the GB 32100 check', () => {
    for (let i = 0; i < 50; i++) {
      expect(checkUscc(makeUscc('enterprise', '370300'), { enterprise: true }).ok).toBe(true)
      expect(checkUscc(makeUscc('college', '370100')).ok).toBe(true)
    }
    expect(makeUscc('college', '370100').slice(0, 8)).toBe('12370100')
  })

  it('creates organisations with chains, and members', async () => {
    const college = await createCollege(db.prisma, { cityCode: '370100', chainIds: ['SD-C01', 'SD-C13'] })
    const enterprise = await createEnterprise(db.prisma, { verification: 'pending' })
    expect(college).toMatchObject({ kind: 'college', cityCode: '370100', verification: 'verified' })
    expect(enterprise).toMatchObject({ kind: 'enterprise', verification: 'pending' })
    expect(await db.prisma.orgChain.count({ where: { orgId: college.id } })).toBe(2)
    const { user, membership } = await createMember(db.prisma, enterprise, { isOwner: true, status: 'pending', user: { password: '密码Test1' } })
    expect(user.role).toBe('enterprise')
    expect(membership).toMatchObject({ orgId: enterprise.id, isOwner: true, status: 'pending' })
    expect(await verifyPassword('密码Test1', user.passwordHash)).toBe(true)
  })

  it('creates a student with a profile, a job with skills, an event', async () => {
    const student = await createStudent(db.prisma, { profile: { grade: 2 } })
    expect(student.studentProfile).toMatchObject({ grade: 2, education: 'associate' })
    const job = await createJob(db.prisma, { headcount: 7, skills: [{ name: '焊接', level: 'advanced' }] })
    expect(job).toMatchObject({ headcount: 7, status: 'open' })
    expect(job.skills.map((s) => [s.name, s.level])).toEqual([['焊接', 'advanced']])
    const admin = await createAdmin(db.prisma)
    const event = await createEvent(db.prisma, { createdByUserId: admin.id, title: '测试双选会' })
    expect(event).toMatchObject({ title: '测试双选会', createdByUserId: admin.id })
  })
})
