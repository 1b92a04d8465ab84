import { AppError } from '@zhilian/shared'
import { memberRole, ORG_ROLE_PERMISSIONS } from '@zhilian/shared/rules/org-roles'
import { describeScope } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './me.routes'

export const me: AppRouteHandler<typeof routes.me> = async (c) => {
  const { id } = currentUser(c)
  const user = await c.var.db.user.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      displayName: true,
      personalisationOff: true,
      memberships: {
        select: { id: true, status: true, isOwner: true, orgRole: true, org: { select: { id: true, name: true, kind: true, verification: true, suspendedBy: true, suspendedReason: true } } },
        orderBy: { createdAt: 'asc' },
      },
      studentProfile: {
        select: {
          realName: true,
          graduationYear: true,
          education: true,
          college: { select: { id: true, name: true } },
          major: { select: { code: true, name: true } },
        },
      },
    },
  })
  if (!user) throw new AppError('UNAUTHENTICATED', { internal: 'user vanished mid-request' })
  const { memberships, studentProfile, ...rest } = user
  const scope = currentUser(c).adminScope
  const withRoles = memberships.map(({ orgRole, org: { suspendedBy, suspendedReason, ...org }, ...m }) => {
    const role = memberRole({ isOwner: m.isOwner, orgRole })
    const suspension = org.verification === 'suspended' ? { by: suspendedBy ?? '管理员', reason: suspendedReason ?? '' } : null
    return { ...m, org: { ...org, suspension }, role, permissions: [...ORG_ROLE_PERMISSIONS[role]] }
  })
  return c.json({ user: rest, memberships: withRoles, student: studentProfile, admin: scope ? await describeScope(c.var.db, scope) : null }, 200)
}
