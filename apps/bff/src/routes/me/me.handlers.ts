import { AppError } from '@zhilian/shared'
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
        select: { id: true, status: true, isOwner: true, org: { select: { id: true, name: true, kind: true, verification: true } } },
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
  return c.json({ user: rest, memberships, student: studentProfile, admin: scope ? await describeScope(c.var.db, scope) : null }, 200)
}
