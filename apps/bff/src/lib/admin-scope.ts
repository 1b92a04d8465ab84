import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { ReviewKind } from '@zhilian/shared/contracts/review'
import { canDecide, canSuspend, kindsGoverned, PROVINCE_SCOPE, reviewKindsFor, scopeLabel, type AdminScope } from '@zhilian/shared/rules/admin-scope'
import type { Principal } from './types'

type UnitKind = NonNullable<ReturnType<typeof kindsGoverned>>[number]

/**
 * The one scope predicate of scoped administration (decision 021). Every admin read — review queues, review
 * actions, membership reviews, exports, the audit log — narrows its organisations with `orgInScope`, and an
 * object outside the scope answers 404 exactly like another tenant's.
 */

type Stored = { adminDepartment: AdminScope['department'] | null; adminCityCode: string | null; adminGroupingId: string | null }

/** An administrator's stored scope; no department = the province, as every administrator was before scoping. */
export function adminScopeOf(user: Stored): AdminScope {
  if (!user.adminDepartment) return PROVINCE_SCOPE
  return { department: user.adminDepartment, cityCode: user.adminCityCode, groupingId: user.adminGroupingId }
}

/** The caller's scope; only administrators have one, so reaching this otherwise is a programming error. */
export function scopeOf(user: Principal): AdminScope {
  if (!user.adminScope) throw new AppError('FORBIDDEN', { internal: `user ${user.id} is not an administrator` })
  return user.adminScope
}

/** The organisations an administrator governs, as a Prisma filter ({} = all). */
export function orgInScope(scope: AdminScope): Prisma.OrganizationWhereInput {
  if (scope.department === 'all') return {}
  if (scope.department === 'grouping') return { groupings: { some: { groupingId: scope.groupingId ?? '' } } }
  const kinds = kindsGoverned(scope.department)
  return { ...(kinds ? { kind: { in: kinds } } : {}), ...(scope.cityCode ? { cityCode: scope.cityCode } : {}) }
}

/** A queue outside the administrator's remit reads as missing, like an object outside its scope. */
export function assertQueueInScope(scope: AdminScope, kind: ReviewKind) {
  if (!reviewKindsFor(scope).includes(kind)) throw new AppError('NOT_FOUND', { internal: `queue ${kind} outside ${scope.department}` })
}

/**
 * A city asked for by a city bureau must be its own: another city's figures are another tenant's. The scope's own
 * filter would only answer an empty list, which reads as 「暂无记录」 rather than as a refusal (decision 065).
 */
export function assertCityInScope(scope: AdminScope, cityCode: string | undefined) {
  if (cityCode && scope.cityCode && cityCode !== scope.cityCode) {
    throw new AppError('FORBIDDEN', { userMessage: '市级部门只能查看本市的数据', internal: `city ${cityCode} outside ${scope.cityCode}` })
  }
}

/** Consortium and park administrators read their members' items but do not approve the official forms. */
export function assertMayDecide(scope: AdminScope) {
  if (!canDecide(scope)) throw new AppError('FORBIDDEN', { userMessage: '联合体/园区管理员可查看成员单位，审核由教育、工信部门办理', internal: 'grouping admin decision' })
}

/** 暂停/恢复 a unit is the province's and the provincial departments' (decision 083). */
export function assertMaySuspend(scope: AdminScope) {
  if (!canSuspend(scope)) throw new AppError('FORBIDDEN', { userMessage: '暂停或恢复单位由省级管理员或省教育厅、省工业和信息化厅办理', internal: `${scope.department} admin suspension` })
}

/**
 * Throws 404 unless `orgId` names an organisation the administrator governs. The province's scope is every
 * organisation that exists, so it is looked up too: an unknown id answers 404 for every administrator alike, and a
 * route needs no lookup of its own beside this one (decision 069).
 */
export async function assertOrgInScope(db: Prisma.TransactionClient, scope: AdminScope, orgId: string) {
  const found = await db.organization.findFirst({ where: { id: orgId, ...orgInScope(scope) }, select: { id: true } })
  if (!found) throw new AppError('NOT_FOUND', { internal: `org ${orgId} outside the admin's scope` })
}

/** The organisation behind one review item, or null for a report (which has none); 404 if the item is missing. */
async function reviewItemOrg(db: Prisma.TransactionClient, kind: ReviewKind, id: string): Promise<string | null> {
  const row = kind === 'organization' ? await db.organization.findUnique({ where: { id }, select: { id: true } }).then((o) => o && { orgId: o.id })
    : kind === 'job' ? await db.job.findUnique({ where: { id }, select: { orgId: true } })
    : kind === 'supply_list' ? await db.supplyList.findUnique({ where: { id }, select: { collegeId: true } }).then((l) => l && { orgId: l.collegeId })
    : kind === 'demand_list' ? await db.demandList.findUnique({ where: { id }, select: { orgId: true } })
    : await db.report.findUnique({ where: { id }, select: { id: true } }).then((r) => r && { orgId: null })
  if (!row) throw new AppError('NOT_FOUND')
  return row.orgId
}

/** One review item the administrator may see: its queue is theirs and its organisation in their scope. */
export async function assertReviewItemInScope(db: Prisma.TransactionClient, scope: AdminScope, kind: ReviewKind, id: string) {
  assertQueueInScope(scope, kind)
  const orgId = await reviewItemOrg(db, kind, id)
  if (orgId) await assertOrgInScope(db, scope, orgId)
}

/**
 * Events an administrator runs: a department its city's (all of them for a provincial one), a consortium or park the
 * events it organises. A unit's event belongs to the side that governs the unit (decision 092): the education side
 * runs a college's fair, the industry side an industry organisation's matchmaking event, and neither the other's —
 * as neither may name the other's unit as an event's organiser (decision 042). Events of no unit stay with the city.
 */
export function eventInScope(scope: AdminScope): Prisma.EventWhereInput {
  if (scope.department === 'grouping') return { organizerGroupingId: scope.groupingId ?? '' }
  const kinds = kindsGoverned(scope.department)
  return {
    ...(scope.cityCode ? { cityCode: scope.cityCode } : {}),
    ...(kinds ? { OR: [{ organizerOrgId: null }, { organizer: { is: { kind: { in: kinds } } } }] } : {}),
  }
}

/** The same rule as `eventInScope`, for one event already loaded with its organising unit's kind. */
export function governsEvent(scope: AdminScope, event: { cityCode: string; organizerGroupingId: string | null; organizer: { kind: UnitKind } | null }): boolean {
  if (scope.department === 'grouping') return !!scope.groupingId && event.organizerGroupingId === scope.groupingId
  const kinds = kindsGoverned(scope.department)
  return (!scope.cityCode || event.cityCode === scope.cityCode) && (!kinds || !event.organizer || kinds.includes(event.organizer.kind))
}

/** The scope as the admin area shows it: its one-line label, its queues, whether it decides. */
export async function describeScope(db: Prisma.TransactionClient, scope: AdminScope) {
  const [city, grouping] = await Promise.all([
    scope.cityCode ? db.city.findUnique({ where: { adcode: scope.cityCode }, select: { name: true } }) : null,
    scope.groupingId ? db.grouping.findUnique({ where: { id: scope.groupingId }, select: { name: true } }) : null,
  ])
  return {
    ...scope, label: scopeLabel(scope, { city: city?.name, grouping: grouping?.name }),
    reviewKinds: reviewKindsFor(scope), canDecide: canDecide(scope), province: scope.department === 'all',
  }
}
