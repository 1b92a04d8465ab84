import { Prisma } from '@zhilian/db'
import { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { AppError } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler, Db, Principal } from '../../lib/types'
import { eventNotFound, organisedEvent, visibleEvent, withinWindow } from './event-access'
import type * as routes from './booths.routes'
import { orgIdsMay } from '../../lib/org-access'

export const boothSelect = {
  id: true, status: true, number: true, zone: true, org: { select: { id: true, name: true } },
  jobs: { select: { job: { select: { id: true, title: true, salaryMin: true, salaryMax: true } } } },
} satisfies Prisma.BoothSelect
export const boothView = (b: Prisma.BoothGetPayload<{ select: typeof boothSelect }>) => ({ ...b, jobs: b.jobs.map((j) => j.job) })

/** The caller's verified enterprise; a recruiter without one may not take part. */
export async function myEnterprise(db: Db, user: Principal) {
  const org = await db.organization.findFirst({ where: { id: { in: orgIdsMay(user, 'jobs') }, kind: { in: kindsWith('fairs') }, verification: 'verified' }, select: { id: true } })
  if (!org) throw new AppError('NOT_VERIFIED', { userMessage: '企业尚未通过审核，暂不能参展' })
  return org.id
}

/** The caller's own approved booth at this event, or 404. */
export async function myApprovedBooth(db: Db, user: Principal, eventId: string) {
  const orgId = await myEnterprise(db, user)
  const booth = await db.booth.findUnique({ where: { eventId_orgId: { eventId, orgId } }, select: { id: true, status: true, orgId: true } })
  if (!booth) throw new AppError('NOT_FOUND', { userMessage: '您的企业未在本场活动设展' })
  if (booth.status !== 'approved') throw new AppError('INVALID_TRANSITION', { userMessage: '展位尚未通过主办方审核' })
  return booth
}

export const apply: AppRouteHandler<typeof routes.apply> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const event = await visibleEvent(c.var.db, user, id)
  const orgId = await myEnterprise(c.var.db, user)
  if (event.status === 'cancelled' || event.status === 'finished') throw new AppError('INVALID_TRANSITION', { userMessage: '活动已结束或已取消' })
  if (!withinWindow(new Date(), event.enterpriseRegOpens, event.enterpriseRegCloses)) throw new AppError('INVALID_TRANSITION', { userMessage: '不在企业报名时间内' })
  try {
    const booth = await c.var.db.booth.create({ data: { eventId: id, orgId }, select: boothSelect })
    return c.json(boothView(booth), 201)
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('DUPLICATE', { userMessage: '您的企业已申请本场展位' })
    throw error
  }
}

export const approve: AppRouteHandler<typeof routes.approve> = async (c) => {
  const user = currentUser(c)
  const { id, boothId } = c.req.valid('param')
  const body = c.req.valid('json')
  await organisedEvent(c.var.db, user, id)
  const booth = await c.var.db.$transaction(async (tx) => {
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
  const booth = await myApprovedBooth(c.var.db, user, id)
  const unique = [...new Set(jobIds)]
  const own = await c.var.db.job.count({ where: { id: { in: unique }, orgId: booth.orgId, status: 'open' } })
  if (own !== unique.length) {
    throw new AppError('VALIDATION_FAILED', { userMessage: '只能选择本企业正在招聘的岗位', issues: [{ path: 'jobIds', message: '只能选择本企业正在招聘的岗位' }] })
  }
  const row = await c.var.db.$transaction(async (tx) => {
    await tx.boothJob.deleteMany({ where: { boothId: booth.id } })
    await tx.boothJob.createMany({ data: unique.map((jobId) => ({ boothId: booth.id, jobId })) })
    return tx.booth.findUniqueOrThrow({ where: { id: booth.id }, select: boothSelect })
  })
  return c.json(boothView(row), 200)
}
