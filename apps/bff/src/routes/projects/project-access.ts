import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { ProjectViewerRole } from '@zhilian/shared/contracts/projects'
import { eventInScope, orgInScope } from '../../lib/admin-scope'
import { roleRefusal } from '../../lib/org-access'
import type { Db, Principal } from '../../lib/types'
import { roleMay } from '@zhilian/shared/rules/org-roles'
import { organisedBy, organises } from '../../events/event-access'

export const projectNotFound = () => new AppError('NOT_FOUND', { userMessage: '项目不存在或无权查看' })

/**
 * The projects a caller may read (decision 034): a party's verified members; the organisers of the event it was
 * signed at (read only, by the one organiser rule); administrators within their scope — a party they govern, or an
 * event they run.
 */
export function visibleProjects(user: Principal): Prisma.ProjectWhereInput {
  const scope = user.adminScope
  if (scope) {
    if (scope.department === 'all') return {}
    return { OR: [{ parties: { some: { org: orgInScope(scope) } } }, { eventId: { not: null }, event: eventInScope(scope) }] }
  }
  return {
    OR: [
      { parties: { some: { orgId: { in: user.orgIds } } } },
      { eventId: { not: null }, event: organisedBy(user) },
    ],
  }
}

type Seen = {
  parties: { orgId: string }[]
  event: Parameters<typeof organises>[1] | null
}

/** How the caller relates to one project already loaded with `visibleProjects`; a party wins over an organiser. */
export function viewerRole(user: Principal, p: Seen): ProjectViewerRole {
  if (!user.adminScope && p.parties.some((x) => user.orgIds.includes(x.orgId))) return 'party'
  if (!user.adminScope && p.event && organises(user, p.event)) return 'organiser'
  return 'admin'
}

/** For writes: the caller's party organisation on the project, 404 if the project is not visible, 403 for a reader. */
export async function partyOf(db: Db | Prisma.TransactionClient, user: Principal, projectId: string) {
  const p = await db.project.findFirst({ where: { id: projectId, ...visibleProjects(user) }, select: { id: true, status: true, title: true, completionRequestedByOrgId: true, parties: { select: { orgId: true } } } })
  if (!p) throw projectNotFound()
  const mine = p.parties.find((x) => user.orgIds.includes(x.orgId))
  if (!mine) throw new AppError('FORBIDDEN', { userMessage: '只有合作双方可以更新项目，主办方和管理部门只能查看' })
  // A party's member reads the project whatever its role; writing is cooperation work (decision 028).
  const role = user.orgRoles[mine.orgId] ?? 'viewer'
  if (!roleMay(role, 'cooperation')) throw roleRefusal(role, 'cooperation', mine.orgId)
  return { project: p, orgId: mine.orgId }
}
