import { AppError } from '@zhilian/shared'
import { governsEvent } from '../lib/admin-scope'
import type { Principal, Db } from '../lib/types'
import { orgIdsMay } from '../lib/org-access'

const notFound = () => new AppError('NOT_FOUND', { userMessage: '活动不存在或已下线' })

type Organised = { organizerOrgId: string | null; organizerGroupingId: string | null; cityCode: string; createdByUserId: string }

/** Organisers: administrators within their scope (decision 021), the event's creator, and verified members of its organising college. */
export function organises(user: Principal, event: Organised) {
  return (!!user.adminScope && governsEvent(user.adminScope, event)) || event.createdByUserId === user.id || (!!event.organizerOrgId && orgIdsMay(user, 'cooperation').includes(event.organizerOrgId))
}

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

/** Is `now` inside an optional [opens, closes] window? */
export const withinWindow = (now: Date, opens: Date | null, closes: Date | null) => (!opens || opens <= now) && (!closes || now <= closes)

export const eventNotFound = notFound
