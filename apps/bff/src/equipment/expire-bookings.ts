import type { Prisma } from '@zhilian/db'
import { bookingNotices } from './booking-notice'

/**
 * A booking request the college has not answered by the time its period begins is expired (decision 055): it stops
 * counting as pending for both sides, leaves the overlap constraint (which covers requested and approved only), and
 * its enterprise hears of it in 消息. Approving a slot already under way was never possible to plan around, the same
 * way a request cannot start in the past. Runs in the caller's transaction: the hourly sweep's, or a new request's
 * for the one device (so a stale request never blocks the slot or counts as the enterprise's pending one).
 *
 * Between sweeps the date itself is the judge: the list shows such a request 已过期 and a decision is refused.
 */
export async function expireStaleBookings(tx: Prisma.TransactionClient, now: Date, where: Prisma.EquipmentBookingWhereInput = {}): Promise<number> {
  const expired = await tx.equipmentBooking.updateManyAndReturn({
    where: { ...where, status: 'requested', start: { lte: now } },
    data: { status: 'expired' },
    select: { id: true, start: true, end: true, requestedByUserId: true, enterpriseOrgId: true, equipmentId: true },
  })
  if (expired.length === 0) return 0
  const devices = await tx.equipment.findMany({
    where: { id: { in: [...new Set(expired.map((b) => b.equipmentId))] } },
    select: { id: true, name: true, list: { select: { collegeId: true } } },
  })
  const device = new Map(devices.map((d) => [d.id, d]))
  await tx.auditLog.createMany({
    data: expired.map((b) => ({
      actorUserId: null, orgId: device.get(b.equipmentId)?.list.collegeId ?? null, action: 'booking.expired', entity: 'EquipmentBooking', entityId: b.id,
      diff: { status: { from: 'requested', to: 'expired' }, start: b.start.toISOString() },
    })),
  })
  await bookingNotices(tx, expired, (i) => ({
    title: `设备预约已过期：${device.get(expired[i]!.equipmentId)?.name ?? '设备'}`, body: '院校未在预约开始前确认，该申请已失效。如仍需使用，请重新选择时段预约。',
  }))
  return expired.length
}

/** What a request reads as before the sweep reaches it: undecided past its start is already 已过期. */
export function bookingStatusAt<S extends string>(status: S, start: Date, now: Date = new Date()): S | 'expired' {
  return status === 'requested' && start.getTime() <= now.getTime() ? 'expired' : status
}
