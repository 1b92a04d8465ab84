import { AppError } from '@zhilian/shared'
import { TEMPORARY_PASSWORD_HOURS } from '@zhilian/shared/contracts/account'
import type { AdministratorEnabled } from '@zhilian/shared/contracts/administrators'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { audit } from '../lib/audit'
import { forgivePasswordFailures } from '../lib/failure-guard'
import { temporaryCredentials } from '../lib/sign-in-reset'
import type { Db } from '../lib/types'
import { managedAdministrator } from './managed'
import { ADMINISTRATOR_FIELDS, administratorViews } from './view'

/**
 * 重新启用 (decisions 074, 078): undoes 停用 for an administrator the caller manages — the same scope rule, so an id
 * outside it is 404. The password the account had before is never usable again: like 重置登录 (the one temporary-
 * credentials path, lib/sign-in-reset.ts) it gets a one-time temporary password, shown in this answer only, its
 * failures are forgiven and its old sessions stay ended (the token version is bumped once more). An account that
 * signs in only through WeChat has no password to replace (`signIn` null). The password is hashed before the
 * transaction (scrypt is slow on purpose); the conditional UPDATE inside it still decides whether anything changes.
 */
export async function enableAdministrator(db: Db, caller: { id: string; scope: AdminScope }, id: string): Promise<AdministratorEnabled> {
  const before = await managedAdministrator(db, caller.scope, id)
  const credentials = before.username ? await temporaryCredentials(before.username) : null
  return db.$transaction(async (tx) => {
    await managedAdministrator(tx, caller.scope, id)
    // Only a disabled one: a second 启用 racing this one (another instance) changes nothing and is refused. The name
    // is the one the temporary password was made for.
    const changed = await tx.user.updateMany({
      where: { id, deletedAt: { not: null }, disabledBy: { not: null }, username: before.username },
      data: { deletedAt: null, disabledBy: null, tokenVersion: { increment: 1 }, ...(credentials?.stored ?? {}) },
    })
    if (changed.count === 0) {
      throw new AppError('INVALID_TRANSITION', { userMessage: '该管理员账号没有停用，请刷新列表', internal: `administrator ${id} not disabled` })
    }
    if (before.username) await forgivePasswordFailures(tx, before.username)
    const row = await tx.user.findUniqueOrThrow({ where: { id }, select: ADMINISTRATOR_FIELDS })
    const [view] = await administratorViews(tx, [row], caller.id)
    const how = credentials ? { hours: TEMPORARY_PASSWORD_HOURS } : { wechatOnly: true }
    await audit(tx, { actorUserId: caller.id, action: 'administrator.enabled', entity: 'User', entityId: id, diff: { member: view!.displayName, scope: view!.scopeLabel, ...how } })
    return { administrator: view!, signIn: credentials ? credentials.shown(row.displayName) : null }
  })
}
