import { createCollege, createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import { MeSchema } from '@zhilian/shared/contracts/me'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const me = async (token: string) => {
  const res = await h.clientAs(token).api.me.$get()
  expect(res.status).toBe(200)
  return MeSchema.parse(await res.json())
}

describe('GET /api/me', () => {
  it('shows a student their profile summary and no memberships', async () => {
    const college = await createCollege(h.prisma)
    const student = await createStudent(h.prisma, { profile: { collegeId: college.id } })
    const body = await me(await h.tokenFor(student))
    expect(body.user).toMatchObject({ id: student.id, role: 'student', personalisationOff: false })
    expect(body.memberships).toEqual([])
    expect(body.student).toMatchObject({
      realName: student.studentProfile?.realName,
      college: { id: college.id, name: college.name },
      major: { code: student.studentProfile?.majorCode },
      education: student.studentProfile?.education,
    })
  })

  it('shows enterprise staff each membership with its organisation and status', async () => {
    const verified = await createEnterprise(h.prisma)
    const pending = await createEnterprise(h.prisma, { verification: 'pending' })
    const { user } = await createMember(h.prisma, verified, { isOwner: true })
    await h.prisma.membership.create({ data: { userId: user.id, orgId: pending.id, status: 'pending' } })
    const body = await me(await h.tokenFor(user))
    expect(body.student).toBeNull()
    expect(body.memberships.map((m) => [m.org.id, m.status, m.org.verification])).toEqual([
      [verified.id, 'verified', 'verified'],
      [pending.id, 'pending', 'pending'],
    ])
    expect(body.memberships[0]).toMatchObject({ isOwner: true, org: { name: verified.name, kind: 'enterprise' } })
  })
})
