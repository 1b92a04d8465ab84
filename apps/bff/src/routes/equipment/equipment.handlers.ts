import { AppError } from '@zhilian/shared'
import { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { actingUnit, type ActingUnitRule } from '../../lib/acting-unit'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { bookingSelect, bookingView, isOverlap } from './booking-view'
import type * as routes from './equipment.routes'
import { orgIdsMay } from '../../lib/org-access'
import { afterId, keysetPage, pageTake } from '../../lib/paging'
import { chineseTime } from '../../lib/beijing-time'
import { expireStaleBookings } from '../../equipment/expire-bookings'
import { bookingNotices } from '../../equipment/booking-notice'

export const open: AppRouteHandler<typeof routes.open> = async (c) => {
  const { chainId, cityCode, cursor, limit } = c.req.valid('query')
  const rows = await c.var.db.equipment.findMany({
    where: {
      open: true,
      ...(chainId ? { chains: { some: { chainId } } } : {}),
      list: { college: { verification: 'verified', ...(cityCode ? { cityCode } : {}) } },
      ...afterId('asc', cursor),
    },
    orderBy: { id: 'asc' },
    take: pageTake(limit),
    select: {
      id: true, name: true, model: true, quantity: true, coreFunction: true, openHours: true, fee: true, feeNote: true, cooperationMode: true, chains: { select: { chainId: true }, orderBy: { chainId: 'asc' } },
      list: { select: { college: { select: { id: true, name: true, cityCode: true } } } },
    },
  })
  const { items: page, nextCursor } = keysetPage(rows, limit, (r) => ({ id: r.id }))
  const items = page.map(({ list, chains, ...e }) => ({ ...e, chainIds: chains.map((ch) => ch.chainId), college: list.college }))
  return c.json({ items, nextCursor }, 200)
}

/** Who books equipment: a verified unit of a kind that books it, where the member's role cooperates (decision 028). */
const BOOKER_RULE = {
  permission: 'cooperation', kinds: kindsWith('equipment'),
  words: { business: '设备预约', act: '预约设备', again: '预约' },
  ask: '您属于多家单位，请选择以哪家单位预约设备',
} as const satisfies ActingUnitRule

export const book: AppRouteHandler<typeof routes.book> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = c.var.db
  const enterprise = { id: await actingUnit(db, user, BOOKER_RULE, body.orgId) }
  const equipment = await db.equipment.findFirst({ where: { id, open: true, list: { college: { verification: 'verified' } } }, select: { id: true, list: { select: { collegeId: true } } } })
  if (!equipment) throw new AppError('NOT_FOUND')
  const start = new Date(body.start)
  if (start.getTime() < Date.now() - 60_000) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'start', message: '开始时间不能早于现在' }] })
  try {
    const booking = await db.$transaction(async (tx) => {
      // One request per device at a time: the row lock queues concurrent requests for this device, so the duplicate
      // check below cannot be passed by two requests of one enterprise at once (decision 055).
      await tx.$queryRaw`SELECT "id" FROM "Equipment" WHERE "id" = ${id} FOR UPDATE`
      const now = new Date()
      await expireStaleBookings(tx, now, { equipmentId: id })
      const created = await tx.equipmentBooking.create({
        data: { equipmentId: id, enterpriseOrgId: enterprise.id, requestedByUserId: user.id, start, end: new Date(body.end), note: body.purpose },
        select: bookingSelect,
      })
      // After the insert, so a taken slot is reported as such first (the time is what the person changes next).
      const pending = await tx.equipmentBooking.findFirst({ where: { equipmentId: id, enterpriseOrgId: enterprise.id, status: 'requested', id: { not: created.id } }, select: { start: true } })
      if (pending) throw new AppError('CONFLICT', { userMessage: `贵单位已有该设备待院校确认的预约（${chineseTime(pending.start)}开始），请等院校处理后再提交新的预约` })
      await audit(tx, { actorUserId: user.id, orgId: equipment.list.collegeId, action: 'booking.request', entity: 'EquipmentBooking', entityId: created.id, diff: { start: body.start, end: body.end, by: enterprise.id } })
      return created
    })
    return c.json(bookingView(booking), 201)
  } catch (error) {
    // The database's exclusion constraint is the only judge of overlap, so concurrent requests cannot both win.
    if (isOverlap(error)) throw new AppError('CONFLICT', { userMessage: '该设备在所选时段已被预约，请选择其他时间', cause: error })
    throw error
  }
}

export const decide: AppRouteHandler<typeof routes.decide> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { decision, note } = c.req.valid('json')
  const result = await c.var.db.$transaction(async (tx) => {
    const booking = await tx.equipmentBooking.findFirst({
      where: { id, equipment: { list: { collegeId: { in: orgIdsMay(user, 'cooperation') } } } },
      select: { id: true, status: true, start: true, requestedByUserId: true, enterpriseOrgId: true, equipment: { select: { name: true, list: { select: { collegeId: true } } } } },
    })
    if (!booking) throw new AppError('NOT_FOUND')
    const handled = () => new AppError('INVALID_TRANSITION', { userMessage: '该预约已处理，请刷新' })
    if (booking.status !== 'requested') throw handled()
    // Undecided past its start: already expired, even if the sweep has not written it yet (decision 055).
    const now = new Date()
    if (booking.start <= now) throw new AppError('INVALID_TRANSITION', { userMessage: '该预约的开始时间已过，申请已过期，不能再处理' })
    const status = decision === 'approve' ? 'approved' : 'rejected'
    // Conditional on the status read above: two colleagues deciding at once both read 'requested', and the enterprise
    // got both 已通过 and 未通过 (decision 049). Only one of them moves the row.
    const { count } = await tx.equipmentBooking.updateMany({ where: { id, status: 'requested', start: { gt: now } }, data: { status, ...(note ? { note } : {}) } })
    if (count === 0) throw handled()
    const updated = await tx.equipmentBooking.findUniqueOrThrow({ where: { id }, select: bookingSelect })
    await bookingNotices(tx, [booking], () => ({
      title: decision === 'approve' ? `设备预约已通过：${booking.equipment.name}` : `设备预约未通过：${booking.equipment.name}`,
      body: note ?? (decision === 'approve' ? '请按预约时间前往使用。' : '该时段暂不可用，请另选时间。'),
    }))
    await audit(tx, { actorUserId: user.id, orgId: booking.equipment.list.collegeId, action: `booking.${status}`, entity: 'EquipmentBooking', entityId: id, diff: { status: { from: booking.status, to: status }, ...(note ? { note } : {}) } })
    return updated
  })
  return c.json(bookingView(result), 200)
}

export const bookings: AppRouteHandler<typeof routes.bookings> = async (c) => {
  const user = currentUser(c)
  const where = user.role === 'college'
    ? { equipment: { list: { collegeId: { in: orgIdsMay(user, 'cooperation') } } } }
    : { enterpriseOrgId: { in: orgIdsMay(user, 'cooperation') } }
  const rows = await c.var.db.equipmentBooking.findMany({ where, orderBy: { createdAt: 'desc' }, take: 200, select: bookingSelect })
  return c.json({ items: rows.map(bookingView) }, 200)
}
