import { addMembership, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { BookingListSchema, BookingSchema } from '@zhilian/shared/contracts/equipment'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

async function openEquipment() {
  const college = await createCollege(h.prisma)
  const list = await h.prisma.supplyList.create({ data: { collegeId: college.id, year: 2026, status: 'approved', approvedVersion: 1 } })
  return h.prisma.equipment.create({
    data: { listId: list.id, name: '三坐标测量机', quantity: 1, coreFunction: '精密检测', open: true, fee: 'paid', chains: { create: [{ chainId: 'SD-C02' }] } },
  })
}

const hours = (n: number) => new Date(Date.now() + 86_400_000 + n * 3_600_000).toISOString()
const book = (id: string, token: string, from: number, orgId?: string) =>
  h.clientAs(token).api.equipment[':id'].bookings.$post({ param: { id }, json: { start: hours(from), end: hours(from + 2), purpose: '样件检测', ...(orgId ? { orgId } : {}) } })

describe('an equipment booking by a member of several units (decision 095)', () => {
  it('asks which unit books, books for the named one, lists both units\' bookings by name, refuses a unit not the caller\'s', async () => {
    const equipment = await openEquipment()
    const [a, b, stranger] = [await createEnterprise(h.prisma, { name: '淄博甲精工有限公司' }), await createEnterprise(h.prisma, { name: '淄博乙精工有限公司' }), await createEnterprise(h.prisma)]
    const { user } = await createMember(h.prisma, a)
    await addMembership(h.prisma, user.id, b)
    const token = await h.tokenFor(user)

    // Before: the request went to the first unit the database returned.
    const asked = await expectProblem(await book(equipment.id, token, 0), 400, 'VALIDATION_FAILED')
    expect(asked.issues).toEqual([{ path: 'orgId', message: '您属于多家单位，请选择以哪家单位预约设备' }])
    expect(await h.prisma.equipmentBooking.count({ where: { equipmentId: equipment.id } })).toBe(0)

    await expectProblem(await book(equipment.id, token, 0, stranger.id), 404, 'NOT_FOUND')
    expect(await h.prisma.equipmentBooking.count({ where: { enterpriseOrgId: stranger.id } })).toBe(0)

    const forB = await book(equipment.id, token, 0, b.id)
    expect(forB.status).toBe(201)
    expect(BookingSchema.parse(await forB.json())).toMatchObject({ enterpriseOrgId: b.id, enterpriseName: '淄博乙精工有限公司' })
    const forA = await book(equipment.id, token, 4, a.id)
    expect(forA.status).toBe(201)
    const listed = BookingListSchema.parse(await (await h.clientAs(token).api.equipment.bookings.$get()).json()).items
    expect(listed.map((x) => x.enterpriseName).sort()).toEqual(['淄博乙精工有限公司', '淄博甲精工有限公司'].sort())
  })

  it('takes the one unit that may book without asking; naming a unit where the role may not is 403', async () => {
    const equipment = await openEquipment()
    const [a, b] = [await createEnterprise(h.prisma), await createEnterprise(h.prisma)]
    const { user } = await createMember(h.prisma, a)
    await addMembership(h.prisma, user.id, b, { orgRole: 'viewer' })
    const token = await h.tokenFor(user)
    const res = await book(equipment.id, token, 0)
    expect(res.status).toBe(201)
    expect(BookingSchema.parse(await res.json()).enterpriseOrgId).toBe(a.id)
    expect((await expectProblem(await book(equipment.id, token, 4, b.id), 403, 'FORBIDDEN')).message).toContain('只读成员')
  })
})
