import { Prisma } from '@zhilian/db'
import { AppError, eventStatusAt } from '@zhilian/shared'
import { kindsGoverned } from '@zhilian/shared/rules/admin-scope'
import { eventInScope, governsEvent } from '../lib/admin-scope'
import type { Principal, Db, RoleName } from '../lib/types'
import { orgIdsMay } from '../lib/org-access'
import { rolesThatMay } from '@zhilian/shared/rules/org-roles'

/**
 * The account roles that may run an event, on every organiser route: creating, editing, the dashboard, booth approval,
 * the check-in desk and the venue code. Which events is `organises`'s to say; an industry organisation signs in as 单位
 * ('enterprise') and created events it could not run (decision 095).
 */
export const ORGANISER_ROLES: RoleName[] = ['admin', 'college', 'enterprise']

const notFound = () => new AppError('NOT_FOUND', { userMessage: '活动不存在或已下线' })

type Organised = Parameters<typeof governsEvent>[1] & { organizerOrgId: string | null; createdByUserId: string }

/**
 * THE organiser rule, in its renderings side by side: administrators within their scope (decision 021), the creator
 * of an event that no unit organises, and verified members of its organising organisation whose role may run its
 * events ('cooperation', decision 028). A unit's event is the unit's: its creator organises it as a member, so a
 * member removed from the unit, or moved to a role that does not run events, stops organising it (decision 092).
 * `organises` judges a loaded event; `organisesSql` is the same test inside a statement that must check it before it
 * writes (the desk scan, decision 031); `organisedBy` is the Prisma filter of the events a caller organises.
 * organiser-rule.test.ts runs the three over every kind of caller and event and fails on any difference.
 */
export function organises(user: Principal, event: Organised) {
  return (!!user.adminScope && governsEvent(user.adminScope, event)) || (!event.organizerOrgId && event.createdByUserId === user.id) || (!!event.organizerOrgId && orgIdsMay(user, 'cooperation').includes(event.organizerOrgId))
}

/** `organises` as a condition on CTE `s` (a `sessionUserQuery` row) and the event aliased `e`. */
export const organisesSql = Prisma.sql`(
  (s."role" = 'admin' AND CASE
    WHEN s."adminDepartment" IS NULL THEN true
    WHEN s."adminDepartment" = 'grouping' THEN s."adminGroupingId" IS NOT NULL AND e."organizerGroupingId" IS NOT DISTINCT FROM s."adminGroupingId"
    ELSE (s."adminCityCode" IS NULL OR e."cityCode" = s."adminCityCode")
      AND (e."organizerOrgId" IS NULL OR s."adminDepartment" NOT IN ('edu', 'industry') OR EXISTS (SELECT 1 FROM "Organization" eo
        WHERE eo."id" = e."organizerOrgId" AND eo."kind"::text = ANY(CASE s."adminDepartment" WHEN 'edu' THEN ${kindsGoverned('edu')}::text[] ELSE ${kindsGoverned('industry')}::text[] END))) END)
  OR (e."organizerOrgId" IS NULL AND e."createdByUserId" = s."id")
  OR EXISTS (SELECT 1 FROM unnest(s."orgIds", s."orgRoles") AS m("orgId", "role")
    WHERE m."orgId" = e."organizerOrgId" AND m."role" = ANY(${rolesThatMay('cooperation')}::text[])))`

/** `organises` as a Prisma filter. An administrator without a city or grouping organises everything: `{}`, since
 * Prisma reads `OR: [{}, …]` as matching nothing. */
export function organisedBy(user: Principal): Prisma.EventWhereInput {
  const created = { organizerOrgId: null, createdByUserId: user.id }
  if (!user.adminScope) return { OR: [{ organizerOrgId: { in: orgIdsMay(user, 'cooperation') } }, created] }
  const inScope = eventInScope(user.adminScope)
  return Object.keys(inScope).length ? { OR: [inScope, created] } : {}
}

const organiserFields = {
  id: true, status: true, organizerOrgId: true, organizerGroupingId: true, cityCode: true, createdByUserId: true, startsAt: true, endsAt: true, title: true, venue: true,
  organizer: { select: { kind: true, verification: true, suspendedBy: true, suspendedReason: true } },
} as const

/**
 * A suspended unit's events go offline with its jobs (decision 089): a unit found fake must not keep gathering
 * students at its fairs. Read, not moved, so 恢复 brings them back with nothing to undo. Events of no unit (an
 * administrator's, a grouping's) stay. `offlineEventSql` is the same test on an event aliased `e`.
 */
export const notOffline = { OR: [{ organizerOrgId: null }, { organizer: { is: { verification: { not: 'suspended' } } } }] } satisfies Prisma.EventWhereInput
export const offlineEventSql = Prisma.sql`EXISTS (SELECT 1 FROM "Organization" eo WHERE eo."id" = e."organizerOrgId" AND eo."verification" = 'suspended')`
const offline = (event: { organizer: { verification: string } | null }) => event.organizer?.verification === 'suspended'

/** An event the caller organises; anyone else's answers 404 so ids do not leak. */
export async function organisedEvent(db: Db, user: Principal, id: string) {
  const event = await db.event.findUnique({ where: { id }, select: organiserFields })
  if (!event || !organises(user, event)) throw notFound()
  return event
}

/**
 * An event the caller organises and may change (decision 089). A finished one is a record: moved into the future it
 * took registrations again beside its old check-ins and told every attendee it had moved. A suspended unit's event
 * is offline and stays as it was until 恢复: its organisers may read it and cancel it, not rewrite it or add to it.
 */
export async function changeableEvent(db: Db, user: Principal, id: string) {
  const event = await organisedEvent(db, user, id)
  if (eventStatusAt(event.status, event.startsAt, event.endsAt) === 'finished') {
    throw new AppError('INVALID_TRANSITION', { userMessage: '活动已结束，不能再修改；如需再办，请新建活动' })
  }
  if (event.organizer && offline(event)) {
    throw new AppError('UNIT_SUSPENDED', {
      userMessage: `主办单位已被${event.organizer.suspendedBy ?? '管理员'}暂停（原因：${event.organizer.suspendedReason ?? '未填写'}），活动已下线，暂不能修改；单位恢复后可再修改，也可取消活动`,
      internal: `event ${id}: organiser suspended`,
    })
  }
  return event
}

/** An event the public may see: drafts, and a suspended unit's events (decision 089), only to their organisers. */
export async function visibleEvent(db: Db, user: Principal | undefined, id: string) {
  const event = await db.event.findUnique({ where: { id }, select: { ...organiserFields, capacity: true, format: true, studentRegOpens: true, studentRegCloses: true, enterpriseRegOpens: true, enterpriseRegCloses: true } })
  if (!event || ((event.status === 'draft' || offline(event)) && !(user && organises(user, event)))) throw notFound()
  return event
}

/**
 * Nobody registers, books a booth, an interview slot or a session, or opens slots, once an event is cancelled or over.
 * Judged on the status people see (eventStatusAt): the stored one stays published after the day, and the
 * registration windows are optional, so an ended event without one still took registrations (decision 049).
 */
export function assertEventNotOver(event: { status: Parameters<typeof eventStatusAt>[0]; startsAt: Date; endsAt: Date }, now = new Date()) {
  const status = eventStatusAt(event.status, event.startsAt, event.endsAt, now)
  if (status === 'cancelled' || status === 'finished') throw new AppError('INVALID_TRANSITION', { userMessage: '活动已结束或已取消，不能再报名或预约' })
}

/** Is `now` inside an optional [opens, closes] window? */
export const withinWindow = (now: Date, opens: Date | null, closes: Date | null) => (!opens || opens <= now) && (!closes || now <= closes)

export const eventNotFound = notFound
