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

  it('says why a unit cannot book by that unit: its suspension, the member\'s role, or a kind that books no equipment (decision 100)', async () => {
    const equipment = await openEquipment()
    // Before: all three read 「企业通过审核后才能预约设备」, false of units verified long ago.
    const paused = await createEnterprise(h.prisma, { verification: 'suspended', suspendedAt: new Date(), suspendedBy: '山东省工业和信息化厅', suspendedReason: '核查中' })
    const owner = await h.tokenFor((await createMember(h.prisma, paused, { isOwner: true })).user)
    expect((await expectProblem(await book(equipment.id, owner, 0), 403, 'NOT_VERIFIED')).message)
      .toBe('本单位已被山东省工业和信息化厅暂停，暂停期间不能预约设备；恢复后可再预约，如有疑问请联系山东省工业和信息化厅')

    const viewer = await h.tokenFor((await createMember(h.prisma, await createEnterprise(h.prisma), { orgRole: 'viewer' })).user)
    expect((await expectProblem(await book(equipment.id, viewer, 0), 403, 'FORBIDDEN')).message)
      .toBe('您在本单位的角色（只读成员）不能办理设备预约，请联系负责人、业务管理员')

    const association = await createEnterprise(h.prisma, { kind: 'industry_org', nature: null })
    const member = await h.tokenFor((await createMember(h.prisma, association, { isOwner: true })).user)
    expect((await expectProblem(await book(equipment.id, member, 0), 403, 'FORBIDDEN')).message).toBe('行业组织不能预约设备，企业、科研院所可以')
    expect((await expectProblem(await book(equipment.id, member, 0, association.id), 403, 'FORBIDDEN')).message).toBe('行业组织不能预约设备，企业、科研院所可以')
    expect(await h.prisma.equipmentBooking.count({ where: { equipmentId: equipment.id } })).toBe(0)
  })
})
