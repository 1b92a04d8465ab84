import { AppError } from '@zhilian/shared'
import type { Administrator } from '@zhilian/shared/contracts/administrators'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { audit } from '../lib/audit'
import type { Db } from '../lib/types'
import { managedAdministrator } from './managed'
import { ADMINISTRATOR_FIELDS, administratorViews } from './view'

/**
 * 重新启用 (decision 074): undoes 停用 for an administrator the caller manages — the same scope rule, so an id outside
 * it is 404. The account signs in again with the password it had; its old sessions stay ended (the token version is
 * bumped once more), and a password that may have leaked is replaced with 重置登录 as for any account.
 */
export async function enableAdministrator(db: Db, caller: { id: string; scope: AdminScope }, id: string): Promise<Administrator> {
  return db.$transaction(async (tx) => {
    await managedAdministrator(tx, caller.scope, id)
    // Only a disabled one: a second 启用 racing this one (another instance) changes nothing and is refused.
    const changed = await tx.user.updateMany({
      where: { id, deletedAt: { not: null }, disabledBy: { not: null } },
      data: { deletedAt: null, disabledBy: null, tokenVersion: { increment: 1 } },
    })
    if (changed.count === 0) throw new AppError('INVALID_TRANSITION', { userMessage: '该管理员账号没有停用，请刷新列表', internal: `administrator ${id} not disabled` })
    const row = await tx.user.findUniqueOrThrow({ where: { id }, select: ADMINISTRATOR_FIELDS })
    const [view] = await administratorViews(tx, [row], caller.id)
    await audit(tx, { actorUserId: caller.id, action: 'administrator.enabled', entity: 'User', entityId: id, diff: { member: view!.displayName, scope: view!.scopeLabel } })
    return view!
  })
}
