import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { orgIdsMay } from '../lib/org-access'
import type { Db, Principal } from '../lib/types'

export const boothSelect = {
  id: true, status: true, number: true, zone: true, org: { select: { id: true, name: true } },
  jobs: { select: { job: { select: { id: true, title: true, salaryMin: true, salaryMax: true } } } },
} satisfies Prisma.BoothSelect
export const boothView = (b: Prisma.BoothGetPayload<{ select: typeof boothSelect }>) => ({ ...b, jobs: b.jobs.map((j) => j.job) })

/** The caller's verified exhibiting unit (any kind that exhibits); a member without one may not take part. */
export async function myEnterprise(db: Db, user: Principal) {
  const org = await db.organization.findFirst({ where: { id: { in: orgIdsMay(user, 'jobs') }, kind: { in: kindsWith('fairs') }, verification: 'verified' }, select: { id: true } })
  if (!org) throw new AppError('NOT_VERIFIED', { userMessage: '本单位尚未通过审核，暂不能参展' })
  return org.id
}

/** The caller's own approved booth at this event, or 404. */
export async function myApprovedBooth(db: Db, user: Principal, eventId: string) {
  const orgId = await myEnterprise(db, user)
  const booth = await db.booth.findUnique({ where: { eventId_orgId: { eventId, orgId } }, select: { id: true, status: true, orgId: true } })
  if (!booth) throw new AppError('NOT_FOUND', { userMessage: '本单位未在本场活动设展' })
  if (booth.status !== 'approved') throw new AppError('INVALID_TRANSITION', { userMessage: '展位尚未通过主办方审核' })
  return booth
}
