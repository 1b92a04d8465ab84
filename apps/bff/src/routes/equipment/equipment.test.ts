import { createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { BookingListSchema, BookingSchema, OpenEquipmentPageSchema } from '@zhilian/shared/contracts/equipment'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expireStaleBookings } from '../../equipment/expire-bookings'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

async function openEquipment(collegeOverrides = {}) {
  const college = await createCollege(h.prisma, collegeOverrides)
  const list = await h.prisma.supplyList.create({ data: { collegeId: college.id, year: 2026, status: 'approved', approvedVersion: 1 } })
  const equipment = await h.prisma.equipment.create({
    data: { listId: list.id, name: '五轴加工中心', quantity: 1, coreFunction: '复杂曲面加工', open: true, openHours: '工作日 8:30-17:00', fee: 'paid', chains: { create: [{ chainId: 'SD-C02' }] } },
  })
  const staff = await h.tokenFor((await createMember(h.prisma, college)).user)
  return { college, equipment, staff }
}

async function enterpriseToken(verification: 'verified' | 'pending' = 'verified') {
  const org = await createEnterprise(h.prisma, { verification })
  return h.tokenFor((await createMember(h.prisma, org, { status: verification })).user)
}

const hours = (n: number) => new Date(Date.now() + 86_400_000 + n * 3_600_000).toISOString()
const book = (id: string, token: string, from: number, to: number) =>
  h.clientAs(token).api.equipment[':id'].bookings.$post({ param: { id }, json: { start: hours(from), end: hours(to), purpose: '样件试切' } })

describe('shared equipment', () => {
  it('lists open equipment of verified colleges, filtered by city', async () => {
    const { equipment, college } = await openEquipment({ cityCode: '370200' })
    const hidden = await openEquipment({ verification: 'pending', cityCode: '370200' })
    const token = await enterpriseToken()
    const page = OpenEquipmentPageSchema.parse(await (await h.clientAs(token).api.equipment.open.$get({ query: { cityCode: '370200', limit: 100 } })).json())
    expect(page.items.map((e) => e.id)).toContain(equipment.id)
    expect(page.items.map((e) => e.id)).not.toContain(hidden.equipment.id)
    expect(page.items.every((e) => e.college.cityCode === '370200')).toBe(true)
    expect(page.items.find((e) => e.id === equipment.id)?.college.id).toBe(college.id)
  })

  it('of 10 concurrent overlapping requests exactly one is accepted; the rest get 409 in Chinese', async () => {
    const { equipment } = await openEquipment()
    const tokens = await Promise.all(Array.from({ length: 10 }, () => enterpriseToken()))
    const results = await Promise.all(tokens.map((t, i) => book(equipment.id, t, i % 3, 4 + (i % 2))))
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(9)
    for (const r of results.filter((_, i) => statuses[i] === 409)) expect((await expectProblem(r, 409, 'CONFLICT')).message).toContain('已被预约')
    expect(await h.prisma.equipmentBooking.count({ where: { equipmentId: equipment.id } })).toBe(1)
    // Back-to-back is not an overlap (a fresh enterprise: the winner already has its one pending request).
    expect((await book(equipment.id, await enterpriseToken(), 5, 6)).status).toBe(201)
  })

  it('lets the owning college decline (freeing the slot) and approve; other colleges get 404', async () => {
    const { equipment, staff } = await openEquipment()
    const other = await openEquipment()
    const token = await enterpriseToken()
    const first = BookingSchema.parse(await (await book(equipment.id, token, 0, 2)).json())
    await expectProblem(await h.clientAs(other.staff).api.equipment.bookings[':id'].decision.$post({ param: { id: first.id }, json: { decision: 'approve' } }), 404, 'NOT_FOUND')
    const declined = await h.clientAs(staff).api.equipment.bookings[':id'].decision.$post({ param: { id: first.id }, json: { decision: 'decline', note: '当天检修' } })
    expect(BookingSchema.parse(await declined.json()).status).toBe('rejected')
    const second = BookingSchema.parse(await (await book(equipment.id, token, 0, 2)).json())
    const approved = await h.clientAs(staff).api.equipment.bookings[':id'].decision.$post({ param: { id: second.id }, json: { decision: 'approve' } })
    expect(BookingSchema.parse(await approved.json()).status).toBe('approved')
    expect((await book(equipment.id, await enterpriseToken(), 1, 3)).status).toBe(409)
  })

  // Decision 049: approve and decline sent at once both passed the status check; the enterprise heard both.
  it('applies one of four decisions sent at once and answers the rest 409, telling the enterprise once', async () => {
    const { equipment, staff } = await openEquipment()
    const org = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, org)
    const booking = BookingSchema.parse(await (await book(equipment.id, await h.tokenFor(user), 4, 6)).json())
    const decide = (decision: 'approve' | 'decline') => h.clientAs(staff).api.equipment.bookings[':id'].decision.$post({ param: { id: booking.id }, json: { decision } })
    const results = await Promise.all((['approve', 'decline', 'approve', 'decline'] as const).map(decide))
    expect(results.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1)
    for (const r of results.filter((x) => x.status !== 200)) await expectProblem(r, 409, 'INVALID_TRANSITION')
    expect(await h.prisma.inboxMessage.count({ where: { userId: user.id, title: { startsWith: '设备预约' } } })).toBe(1)
  })

  it('refuses an unverified enterprise (403) and equipment that is not open (404)', async () => {
    const { equipment } = await openEquipment()
    await expectProblem(await book(equipment.id, await enterpriseToken('pending'), 0, 1), 403, 'NOT_VERIFIED')
    await h.prisma.equipment.update({ where: { id: equipment.id }, data: { open: false } })
    await expectProblem(await book(equipment.id, await enterpriseToken(), 0, 1), 404, 'NOT_FOUND')
  })

  it('lists bookings to the enterprise that made them and the college that owns the equipment, and to no one else', async () => {
    const { equipment, staff } = await openEquipment()
    const other = await openEquipment()
    const [mine, theirs] = [await enterpriseToken(), await enterpriseToken()]
    const made = BookingSchema.parse(await (await book(equipment.id, mine, 30, 32)).json())
    const list = async (token: string) => BookingListSchema.parse(await (await h.clientAs(token).api.equipment.bookings.$get()).json()).items.map((b) => b.id)
    expect(await list(mine)).toEqual([made.id])
    expect(await list(staff)).toEqual([made.id])
    expect(await list(theirs)).toEqual([])
    expect(await list(other.staff)).toEqual([])
    const [row] = BookingListSchema.parse(await (await h.clientAs(mine).api.equipment.bookings.$get()).json()).items
    expect(row).toMatchObject({ equipmentName: '五轴加工中心', status: 'requested', note: '样件试切' })
  })

  // Decision 055: unanswered requests stayed 待院校确认 forever and one enterprise could stack requests for one device.
  describe('requests that pile up', () => {
    const pendingRequest = async (equipmentId: string, orgId: string, userId: string | null, startHoursAgo: number) =>
      h.prisma.equipmentBooking.create({
        data: { equipmentId, enterpriseOrgId: orgId, requestedByUserId: userId, status: 'requested', start: new Date(Date.now() - startHoursAgo * 3_600_000), end: new Date(Date.now() + 3_600_000) },
      })
    const listAs = async (token: string) => BookingListSchema.parse(await (await h.clientAs(token).api.equipment.bookings.$get()).json()).items

    it('a request undecided at its start reads 已过期 to both sides at once, cannot be decided, and the sweep records it', async () => {
      const { equipment, staff, college } = await openEquipment()
      const org = await createEnterprise(h.prisma)
      const { user } = await createMember(h.prisma, org)
      const stale = await pendingRequest(equipment.id, org.id, user.id, 2)
      // Written directly, not through 预约: a new request for the device expires its stale ones first (the slot it
      // needs must not stay blocked), which would leave nothing for this test to see before the sweep.
      const waiting = await h.prisma.equipmentBooking.create({
        data: { equipmentId: equipment.id, enterpriseOrgId: org.id, requestedByUserId: user.id, status: 'requested', start: new Date(Date.now() + 30 * 3_600_000), end: new Date(Date.now() + 32 * 3_600_000) },
      })
      for (const token of [await h.tokenFor(user), staff]) {
        const items = await listAs(token)
        expect(items.find((b) => b.id === stale.id)?.status).toBe('expired')
      }
      expect((await listAs(staff)).find((b) => b.id === waiting.id)?.status).toBe('requested')
      const refusal = await expectProblem(await h.clientAs(staff).api.equipment.bookings[':id'].decision.$post({ param: { id: stale.id }, json: { decision: 'approve' } }), 409, 'INVALID_TRANSITION')
      expect(refusal.message).toContain('已过期')

      expect(await h.prisma.$transaction((tx) => expireStaleBookings(tx, new Date(), { equipmentId: equipment.id }))).toBe(1)
      expect((await h.prisma.equipmentBooking.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe('expired')
      expect((await h.prisma.equipmentBooking.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('requested')
      const log = await h.prisma.auditLog.findMany({ where: { entity: 'EquipmentBooking', entityId: stale.id, action: 'booking.expired' } })
      expect(log).toHaveLength(1)
      expect(log[0]).toMatchObject({ actorUserId: null, orgId: college.id, diff: { status: { from: 'requested', to: 'expired' } } })
      expect(await h.prisma.inboxMessage.count({ where: { userId: user.id, title: '设备预约已过期：五轴加工中心' } })).toBe(1)
      expect(await h.prisma.$transaction((tx) => expireStaleBookings(tx, new Date(), { equipmentId: equipment.id }))).toBe(0)
    })

    it('an expired request frees its slot and no longer counts as the enterprise\'s pending one', async () => {
      const { equipment } = await openEquipment()
      const org = await createEnterprise(h.prisma)
      const { user } = await createMember(h.prisma, org)
      // Its period runs from an hour ago to 24 hours ahead, overlapping the slot booked below.
      const stale = await h.prisma.equipmentBooking.create({
        data: { equipmentId: equipment.id, enterpriseOrgId: org.id, requestedByUserId: user.id, start: new Date(Date.now() - 3_600_000), end: new Date(Date.now() + 30 * 3_600_000) },
      })
      expect((await book(equipment.id, await h.tokenFor(user), 0, 2)).status).toBe(201)
      expect((await h.prisma.equipmentBooking.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe('expired')
    })

    it('refuses a second pending request for one device by one enterprise with 409 in Chinese; a decided one does not count', async () => {
      const { equipment, staff } = await openEquipment()
      const token = await enterpriseToken()
      const first = BookingSchema.parse(await (await book(equipment.id, token, 0, 2)).json())
      const again = await expectProblem(await book(equipment.id, token, 10, 12), 409, 'CONFLICT')
      expect(again.message).toMatch(/^贵单位已有该设备待院校确认的预约（.+开始），请等院校处理后再提交新的预约$/)
      // Another device, or another enterprise on this one, is not a duplicate.
      expect((await book((await openEquipment()).equipment.id, token, 0, 2)).status).toBe(201)
      expect((await book(equipment.id, await enterpriseToken(), 10, 12)).status).toBe(201)
      await h.clientAs(staff).api.equipment.bookings[':id'].decision.$post({ param: { id: first.id }, json: { decision: 'approve' } })
      expect((await book(equipment.id, token, 20, 22)).status).toBe(201)
    })

    it('of 6 requests one enterprise sends at once for one device (different slots) exactly one is accepted', async () => {
      const { equipment } = await openEquipment()
      const token = await enterpriseToken()
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => book(equipment.id, token, i * 3, i * 3 + 2)))
      const statuses = results.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      for (const r of results.filter((x) => x.status !== 201)) expect((await expectProblem(r, 409, 'CONFLICT')).message).toContain('待院校确认')
      expect(await h.prisma.equipmentBooking.count({ where: { equipmentId: equipment.id, status: 'requested' } })).toBe(1)
    })
  })

  it("tells a booking's outcome to the member who asked only while they belong to the unit, else to their colleagues (decision 092)", async () => {
    const { equipment, staff } = await openEquipment()
    const org = await createEnterprise(h.prisma)
    const owner = (await createMember(h.prisma, org, { isOwner: true })).user
    const { user: asker, membership } = await createMember(h.prisma, org)
    const colleague = (await createMember(h.prisma, org, { orgRole: 'viewer' })).user
    const booking = BookingSchema.parse(await (await book(equipment.id, await h.tokenFor(asker), 7, 9)).json())
    const removed = await h.clientAs(await h.tokenFor(owner)).api.organizations[':id'].members[':memberId'].$delete({ param: { id: org.id, memberId: membership.id } })
    expect(removed.status).toBe(200)
    const note = '请到实训楼一层找王老师，电话0533-1234567'
    expect((await h.clientAs(staff).api.equipment.bookings[':id'].decision.$post({ param: { id: booking.id }, json: { decision: 'approve', note } })).status).toBe(200)
    // A stale request the former member made earlier expires the same way.
    await h.prisma.equipmentBooking.create({ data: { equipmentId: equipment.id, enterpriseOrgId: org.id, requestedByUserId: asker.id, start: new Date(Date.now() - 7_200_000), end: new Date(Date.now() - 3_600_000) } })
    expect(await h.prisma.$transaction((tx) => expireStaleBookings(tx, new Date(), { equipmentId: equipment.id }))).toBe(1)

    const heard = async (userId: string) => (await h.prisma.inboxMessage.findMany({ where: { userId, title: { startsWith: '设备预约' } }, select: { title: true, body: true } })).map((m) => m.title).sort()
    expect(await heard(asker.id)).toEqual([])
    for (const u of [owner, colleague]) expect(await heard(u.id)).toEqual(['设备预约已过期：五轴加工中心', '设备预约已通过：五轴加工中心'])
    expect(await h.prisma.inboxMessage.count({ where: { userId: owner.id, body: note } })).toBe(1)
  })
})
