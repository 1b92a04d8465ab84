import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { managesAdministrators } from '@zhilian/shared/rules/administrators'
import { administratorsManagedBy } from '../../administrators/managed'
import { assertOrgInScope, orgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler, Db } from '../../lib/types'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import { studentNames, UNNAMED_STUDENT } from '../../applications/consent'
import { auditNames, namesMasked } from './audit-names'
import type * as routes from './audit.routes'
import { maskedIfPhone } from '../../lib/phone-mask'
import { orgIdsMay } from '../../lib/org-access'

/**
 * The entries that name an applicant and what happened to the application (who applied, to which job, the
 * enterprise's moves and their reasons). They are applicant data: a member whose role may not handle applicants
 * (清单填报员, 只读成员, decision 028) reads the rest of the trail without them, as the applicant list refuses them.
 */
const APPLICANT_ENTRIES = { NOT: { entity: 'Application' } } satisfies Prisma.AuditLogWhereInput

/**
 * What a scoped administrator's whole trail holds: the entries of the units it governs, and (decision 074) those of the
 * administrator accounts it manages — 省教育厅 sees the 新增 / 重置 / 停用 / 启用 of its city bureaus, which belong to no
 * unit. The province reads everything.
 */
async function scopedTrail(db: Db, scope: AdminScope): Promise<Prisma.AuditLogWhereInput> {
  const [orgs, administrators] = await Promise.all([
    db.organization.findMany({ where: orgInScope(scope), select: { id: true } }),
    managesAdministrators(scope) ? db.user.findMany({ where: administratorsManagedBy(scope), select: { id: true } }) : [],
  ])
  const units = { orgId: { in: orgs.map((o) => o.id) } }
  if (!administrators.length) return units
  return { OR: [units, { entity: 'User', action: { startsWith: 'administrator.' }, entityId: { in: administrators.map((a) => a.id) } }] }
}

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const user = currentUser(c)
  const { orgId: asked, entity, cursor, limit } = c.req.valid('query')
  // Members read only their own organisation's trail; another organisation reads as missing.
  let orgId = asked
  if (user.role !== 'admin') {
    orgId ??= user.orgIds[0]
    if (!orgId || !user.orgIds.includes(orgId)) throw new AppError('NOT_FOUND')
  }
  // A scoped administrator reads the trail of the organisations it governs (the province reads everything).
  const scope = user.role === 'admin' ? scopeOf(user) : null
  if (scope && orgId) await assertOrgInScope(c.var.db, scope, orgId)
  const scoped = scope && scope.department !== 'all' && !orgId ? await scopedTrail(c.var.db, scope) : {}
  const applicantsHidden = !scope && !!orgId && !orgIdsMay(user, 'applicants').includes(orgId)
  const rows = await c.var.db.auditLog.findMany({
    // AND, not one object: the scope and the cursor may each be an OR.
    where: { AND: [orgId ? { orgId } : {}, scoped, applicantsHidden ? APPLICANT_ENTRIES : {}, entity ? { entity } : {}, afterDated('at', 'desc', cursor)] },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: pageTake(limit),
  })
  const { items: page, nextCursor } = keysetPage(rows, limit, (r) => datedKey(r.at, r.id))
  const [actorRows, names] = await Promise.all([
    c.var.db.user.findMany({
      where: { id: { in: page.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])) } },
      select: { id: true, displayName: true, role: true },
    }),
    auditNames(c.var.db, page),
  ])
  // A student's name reaches an organisation's members only with the student's consent to that organisation.
  const students = actorRows.filter((u) => u.role === 'student')
  const consented = user.role === 'admin' || !orgId ? new Map<string, string>() : await studentNames(c.var.db, orgId, students)
  const actors = new Map(actorRows.map((u) => [u.id, u.role === 'student' && user.role !== 'admin' ? (consented.get(u.id) ?? UNNAMED_STUDENT) : maskedIfPhone(u.displayName)]))
  const items = page.map((r) => ({
    ...r,
    diff: namesMasked(r.action, r.diff),
    at: r.at.toISOString(),
    actorName: r.actorUserId ? (actors.get(r.actorUserId) ?? null) : null,
    entityName: names.entityName(r),
    orgName: names.orgName(r),
  }))
  return c.json({ items, nextCursor }, 200)
}
