import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { MEMBER_ROLE_LABELS, rolesThatMay } from '@zhilian/shared/rules/org-roles'
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
  none: whyNoExhibitor,
  ask: '您属于多家参展单位，请选择以哪家单位参展',
} as const satisfies Parameters<typeof actingUnit>[2]

/**
 * The caller's exhibiting unit: the one named in `orgId`, else the only one, else 400 at `orgId` (decision 095; it
 * was the first the database returned, so a member of two exhibitors applied and saw booths for either).
 */
export const myEnterprise = (db: Db, user: Principal, orgId: string | undefined) => actingUnit(db, user, EXHIBITOR_RULE, orgId)

/**
 * Why the caller has no unit to exhibit for, in words they can act on (decision 098). Every case used to read
 * 「本单位尚未通过审核」, which a 只读成员 of a verified unit, or the owner of a suspended one, took as false.
 * Only read on refusal, so the booth pages' own statement stays one query.
 */
async function whyNoExhibitor(db: Db, user: Principal, named: string | undefined): Promise<AppError> {
  // A named unit is the one the answer is about: another unit's standing would explain nothing (decision 095's orgId).
  const ids = named ? [named] : user.orgIds
  const units = await db.organization.findMany({ where: { id: { in: ids }, kind: { in: kindsWith('fairs') } }, select: { id: true, verification: true, suspendedBy: true } })
  const verified = units.find((u) => u.verification === 'verified')
  if (verified) {
    const role = MEMBER_ROLE_LABELS[user.orgRoles[verified.id] ?? 'viewer']
    const who = rolesThatMay('jobs').map((r) => MEMBER_ROLE_LABELS[r]).join('、')
    return new AppError('FORBIDDEN', { userMessage: `您在本单位的角色（${role}）不能办理参展，请联系${who}`, internal: `role lacks jobs in ${verified.id}` })
  }
  const suspended = units.find((u) => u.verification === 'suspended')
  if (suspended) {
    const by = suspended.suspendedBy ?? '平台管理员'
    return new AppError('NOT_VERIFIED', { userMessage: `本单位已被${by}暂停，暂停期间不能参展；恢复后可再报名，如有疑问请联系${by}` })
  }
  return new AppError('NOT_VERIFIED', { userMessage: '本单位尚未通过审核，暂不能参展' })
}

/** The caller's own approved booth at this event, or 404. */
export async function myApprovedBooth(db: Db, user: Principal, eventId: string, named: string | undefined) {
  const orgId = await myEnterprise(db, user, named)
  const booth = await db.booth.findUnique({ where: { eventId_orgId: { eventId, orgId } }, select: { id: true, status: true, orgId: true } })
  if (!booth) throw new AppError('NOT_FOUND', { userMessage: '本单位未在本场活动设展' })
  if (booth.status !== 'approved') throw new AppError('INVALID_TRANSITION', { userMessage: '展位尚未通过主办方审核' })
  return booth
}
