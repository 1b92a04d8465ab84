import { Prisma } from '@zhilian/db'
import { AppError, eventStatusAt } from '@zhilian/shared'
import { governsEvent } from '../lib/admin-scope'
import type { Principal, Db } from '../lib/types'
import { orgIdsMay, rolesThatMay } from '../lib/org-access'

const notFound = () => new AppError('NOT_FOUND', { userMessage: '活动不存在或已下线' })

type Organised = { organizerOrgId: string | null; organizerGroupingId: string | null; cityCode: string; createdByUserId: string }

/**
 * THE organiser rule, in its two renderings side by side: administrators within their scope (decision 021), the
 * event's creator, and verified members of its organising organisation whose role may run its events ('cooperation',
 * decision 028). `organises` judges a loaded event; `organisesSql` is the same test inside a statement that must
 * check it before it writes (the desk scan, decision 031). organiser-rule.test.ts runs both over every kind of
 * caller and event and fails on any difference.
 */
export function organises(user: Principal, event: Organised) {
  return (!!user.adminScope && governsEvent(user.adminScope, event)) || event.createdByUserId === user.id || (!!event.organizerOrgId && orgIdsMay(user, 'cooperation').includes(event.organizerOrgId))
}

/** `organises` as a condition on CTE `s` (a `sessionUserQuery` row) and the event aliased `e`. */
export const organisesSql = Prisma.sql`(
  (s."role" = 'admin' AND CASE
    WHEN s."adminDepartment" IS NULL THEN true
    WHEN s."adminDepartment" = 'grouping' THEN s."adminGroupingId" IS NOT NULL AND e."organizerGroupingId" IS NOT DISTINCT FROM s."adminGroupingId"
    ELSE s."adminCityCode" IS NULL OR e."cityCode" = s."adminCityCode" END)
  OR e."createdByUserId" = s."id"
  OR EXISTS (SELECT 1 FROM unnest(s."orgIds", s."orgRoles") AS m("orgId", "role")
    WHERE m."orgId" = e."organizerOrgId" AND m."role" = ANY(${rolesThatMay('cooperation')}::text[])))`

const organiserFields = { id: true, status: true, organizerOrgId: true, organizerGroupingId: true, cityCode: true, createdByUserId: true, startsAt: true, endsAt: true, title: true, venue: true } as const

/** An event the caller organises; anyone else's answers 404 so ids do not leak. */
export async function organisedEvent(db: Db, user: Principal, id: string) {
  const event = await db.event.findUnique({ where: { id }, select: organiserFields })
  if (!event || !organises(user, event)) throw notFound()
  return event
}

/** An event the public may see: drafts only to their organisers. */
export async function visibleEvent(db: Db, user: Principal | undefined, id: string) {
  const event = await db.event.findUnique({ where: { id }, select: { ...organiserFields, capacity: true, format: true, studentRegOpens: true, studentRegCloses: true, enterpriseRegOpens: true, enterpriseRegCloses: true } })
  if (!event || (event.status === 'draft' && !(user && organises(user, event)))) throw notFound()
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
