import { hashPassword } from '@zhilian/db/password'
import { AppError } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import { failureGuard } from '../../lib/failure-guard'
import { digestRecoveryCode } from '../../lib/recovery-codes'
import type { AppRouteHandler, RoleName } from '../../lib/types'
import { sessionAnswer } from '../../lib/auth'
import type * as routes from './auth.routes'

/** One answer for an unknown name, a wrong code and a code already used, so the route tells nobody which it was. */
const refused = () => new AppError('INVALID_CREDENTIALS', {
  userMessage: '账号名或恢复码不正确，请核对后重试（每个恢复码只能使用一次）',
  internal: 'recovery code refused',
})

interface Spent { id: string; role: RoleName; displayName: string; tokenVersion: number; left: number }

/**
 * 忘记密码 (decision 059): an account name, one unused recovery code and a new password. Any role since decision 063
 * gave staff their own codes under 账号安全; it replaces an owner's temporary password too.
 */
export const recover: AppRouteHandler<typeof routes.recover> = async (c) => {
  const { username, code, newPassword } = c.req.valid('json')
  const { db } = c.var
  const guard = failureGuard(c, 'recovery', username)
  await guard.check()
  const digest = digestRecoveryCode(code)
  // A cheap look first, so a wrong code costs no scrypt derivation; the UPDATE below decides.
  const holder = await db.user.findFirst({ where: { username, deletedAt: null, recoveryCodes: { has: digest } }, select: { id: true } })
  if (!holder) {
    await guard.fail()
    throw refused()
  }
  const passwordHash = await hashPassword(newPassword)
  const user = await db.$transaction(async (tx) => {
    // One statement spends the code, sets the password and ends every session (tokenVersion). Two resets racing with
    // one code: the second waits for the first's row lock, then finds the code gone and changes nothing.
    const [row] = await tx.$queryRaw<Spent[]>`
      UPDATE "User" SET "recoveryCodes" = array_remove("recoveryCodes", ${digest}), "passwordHash" = ${passwordHash},
        "passwordTemporaryAt" = NULL, "tokenVersion" = "tokenVersion" + 1, "updatedAt" = now()
      WHERE "id" = ${holder.id} AND "deletedAt" IS NULL AND ${digest} = ANY("recoveryCodes")
      RETURNING "id", "role"::text AS "role", "displayName", "tokenVersion", cardinality("recoveryCodes") AS "left"`
    if (!row) return null
    await audit(tx, { actorUserId: row.id, action: 'user.password.recovered', entity: 'User', entityId: row.id, diff: { recoveryCodesLeft: row.left } })
    return row
  })
  if (!user) {
    await guard.fail()
    throw refused()
  }
  // The person may have locked themselves out with wrong passwords from here; the new one must work at once.
  await guard.clear()
  await failureGuard(c, 'password', username).clear()
  const { left, ...sessionUser } = user
  return c.json({ ...(await sessionAnswer(c, sessionUser)), recoveryCodesLeft: Number(left) }, 200)
}
