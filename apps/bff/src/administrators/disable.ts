import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { Administrator } from '@zhilian/shared/contracts/administrators'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { adminScopeOf } from '../lib/admin-scope'
import { audit } from '../lib/audit'
import type { Db } from '../lib/types'
import { managedAdministrator } from './managed'
import { ADMINISTRATOR_FIELDS, administratorViews } from './view'

const refuse = (userMessage: string, internal: string) => new AppError('INVALID_TRANSITION', { userMessage, internal })

/** The caller as the disabled account is told it (decision 074): name and scope in words, 「王处（山东省教育厅 · 全省院校）」. */
async function callerInWords(tx: Prisma.TransactionClient, callerId: string): Promise<string> {
  const row = await tx.user.findUniqueOrThrow({ where: { id: callerId }, select: ADMINISTRATOR_FIELDS })
  const [view] = await administratorViews(tx, [row], callerId)
  return `${view!.displayName}（${view!.scopeLabel}）`
}

/**
 * 停用 (decision 072): the account stays (its name stays taken, its audit entries keep their actor) but signs in no
 * more — `deletedAt` is what every sign-in and every request already refuses — and its sessions end now; `disabledBy`
 * tells them who did it (074). Never oneself, never the last platform administrator: two platform administrators
 * disabling each other at once lock the platform rows, so the second sees the first's change and is refused.
 */
export async function disableAdministrator(db: Db, caller: { id: string; scope: AdminScope }, id: string): Promise<Administrator> {
  return db.$transaction(async (tx) => {
    const target = await managedAdministrator(tx, caller.scope, id)
    if (target.id === caller.id) throw refuse('不能停用自己的账号；如需停用，请由另一位管理员操作', 'self-disable')
    if (target.deletedAt) throw refuse('该管理员账号已停用，请刷新列表', `administrator ${id} already disabled`)
    const scope = adminScopeOf(target)
    if (scope.department === 'all') {
      const active = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "User"
        WHERE "role" = 'admin' AND "deletedAt" IS NULL AND ("adminDepartment" IS NULL OR "adminDepartment" = 'all')
        FOR UPDATE`
      if (!active.some((a) => a.id !== target.id)) {
        throw refuse('这是最后一位可登录的省级管理员，不能停用；请先新增另一位省级管理员', 'last platform administrator')
      }
    }
    // Only while still enabled: a second 停用 racing this one (another instance) changes nothing and is refused.
    const disabledBy = await callerInWords(tx, caller.id)
    const changed = await tx.user.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date(), disabledBy, tokenVersion: { increment: 1 } } })
    if (changed.count === 0) throw refuse('该管理员账号已停用，请刷新列表', `administrator ${id} disabled meanwhile`)
    const row = await tx.user.findUniqueOrThrow({ where: { id }, select: ADMINISTRATOR_FIELDS })
    const [view] = await administratorViews(tx, [row], caller.id)
    await audit(tx, { actorUserId: caller.id, action: 'administrator.disabled', entity: 'User', entityId: id, diff: { member: view!.displayName, scope: view!.scopeLabel } })
    return view!
  })
}
