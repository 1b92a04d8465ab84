import { AppError } from '@zhilian/shared'
import { isUniqueViolation } from '../../lib/unique-violation'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { refuseIfSuspended } from '../../lib/suspended-unit'
import { boothSelect, boothView, myApprovedBooth, myEnterprise } from '../../events/booth-access'
import { assertEventNotOver, changeableEvent, eventNotFound, visibleEvent, withinWindow } from '../../events/event-access'
import type * as routes from './booths.routes'

export const apply: AppRouteHandler<typeof routes.apply> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await visibleEvent(c.var.db, user, id)
  const orgId = await myEnterprise(c.var.db, user, c.req.valid('query').orgId)
  assertEventNotOver(event)
  if (!withinWindow(new Date(), event.enterpriseRegOpens, event.enterpriseRegCloses)) throw new AppError('INVALID_TRANSITION', { userMessage: '不在参展单位报名时间内' })
  try {
    const booth = await c.var.db.booth.create({ data: { eventId: id, orgId }, select: boothSelect })
    return c.json(boothView(booth), 201)
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', { userMessage: '本单位已申请本场展位' })
    throw error
  }
}

export const approve: AppRouteHandler<typeof routes.approve> = async (c) => {
  const user = currentUser(c)
  const { id, boothId } = c.req.valid('param')
  const body = c.req.valid('json')
  await changeableEvent(c.var.db, user, id)
  const booth = await c.var.db.$transaction(async (tx) => {
    // A suspended exhibitor's booth is off the fair's public page (decision 089); approving it or giving it a place
    // would put a unit found fake back on the floor plan the day it is restored, unseen by the reviewer who suspended it.
    const exhibitor = await tx.booth.findFirst({ where: { id: boothId, eventId: id }, select: { orgId: true } })
    if (exhibitor) await refuseIfSuspended(tx, exhibitor.orgId, (s) => `该参展单位已被${s.suspendedBy}暂停，暂不能审核或调整其展位；单位恢复后可再审核`)
    const { count } = await tx.booth.updateMany({ where: { id: boothId, eventId: id, status: { in: ['applied', 'approved'] } }, data: { status: 'approved', ...body } })
    if (count === 0) throw eventNotFound()
    await audit(tx, { actorUserId: user.id, action: 'booth.approve', entity: 'Booth', entityId: boothId, diff: body })
    return tx.booth.findUniqueOrThrow({ where: { id: boothId }, select: boothSelect })
  })
  return c.json(boothView(booth), 200)
}

export const setJobs: AppRouteHandler<typeof routes.setJobs> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { jobIds } = c.req.valid('json')
  const booth = await myApprovedBooth(c.var.db, user, id, c.req.valid('query').orgId)
  const unique = [...new Set(jobIds)]
  const own = await c.var.db.job.count({ where: { id: { in: unique }, orgId: booth.orgId, status: 'open' } })
  if (own !== unique.length) {
    throw new AppError('VALIDATION_FAILED', { userMessage: '只能选择本单位正在招聘的岗位', issues: [{ path: 'jobIds', message: '只能选择本单位正在招聘的岗位' }] })
  }
  const row = await c.var.db.$transaction(async (tx) => {
    await tx.boothJob.deleteMany({ where: { boothId: booth.id } })
    await tx.boothJob.createMany({ data: unique.map((jobId) => ({ boothId: booth.id, jobId })) })
    return tx.booth.findUniqueOrThrow({ where: { id: booth.id }, select: boothSelect })
  })
  return c.json(boothView(row), 200)
}
