import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { actingUnit } from '../lib/acting-unit'
import type { Db, Principal } from '../lib/types'

export const boothSelect = {
  id: true, status: true, number: true, zone: true, org: { select: { id: true, name: true } },
  jobs: { select: { job: { select: { id: true, title: true, salaryMin: true, salaryMax: true } } } },
} satisfies Prisma.BoothSelect
export const boothView = (b: Prisma.BoothGetPayload<{ select: typeof boothSelect }>) => ({ ...b, jobs: b.jobs.map((j) => j.job) })

/** Who exhibits: a verified unit of a kind that goes to fairs, where the member's role handles jobs (decision 028). */
export const EXHIBITOR_RULE = {
  permission: 'jobs', kinds: kindsWith('fairs'),
  words: { business: '参展', act: '参展', again: '报名' },
  ask: '您属于多家参展单位，请选择以哪家单位参展',
} as const satisfies Parameters<typeof actingUnit>[2]

/**
 * The caller's exhibiting unit: the one named in `orgId`, else the only one, else 400 at `orgId` (decision 095; it
 * was the first the database returned, so a member of two exhibitors applied and saw booths for either).
 */
export const myEnterprise = (db: Db, user: Principal, orgId: string | undefined) => actingUnit(db, user, EXHIBITOR_RULE, orgId)

/** The caller's own approved booth at this event, or 404. */
export async function myApprovedBooth(db: Db, user: Principal, eventId: string, named: string | undefined) {
  const orgId = await myEnterprise(db, user, named)
  const booth = await db.booth.findUnique({ where: { eventId_orgId: { eventId, orgId } }, select: { id: true, status: true, orgId: true } })
  if (!booth) throw new AppError('NOT_FOUND', { userMessage: '本单位未在本场活动设展' })
  if (booth.status !== 'approved') throw new AppError('INVALID_TRANSITION', { userMessage: '展位尚未通过主办方审核' })
  return booth
}
