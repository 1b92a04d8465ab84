import { hashPassword } from '@zhilian/db/password'
import type { Prisma } from '@zhilian/db'
import { TEMPORARY_PASSWORD_HOURS } from '@zhilian/shared/contracts/account'
import type { MemberSignInReset } from '@zhilian/shared/contracts/members'
import { audit, type AuditEntry } from './audit'
import { forgivePasswordFailures } from './failure-guard'
import { newTemporaryPassword } from './temporary-password'
import type { Db } from './types'
import { maskedIfPhone } from './phone-mask'

/** Whose sign-in is reset: the person, and the membership the reset is recorded against. */
export interface ResetTarget { userId: string; username: string; displayName: string; membershipId: string }

/**
 * The one way someone else resets a person's sign-in: an owner for a member (decision 063), an administrator for an
 * organisation's owner (decision 064). A temporary password shown in this answer only, stored as a scrypt hash and
 * marked temporary (the first sign-in with it must set the person's own); every session of the person ends; their
 * failed password sign-ins are forgiven from every address, so the temporary password works at once (064); the audit
 * entry names the person and the hours, never the password. The password is hashed before the transaction (scrypt
 * is slow on purpose); `recheck` runs inside it and answers the target again, so a change in the meantime (a hand-over,
 * a removal, a second organisation) is answered as the first check would have.
 */
export async function resetSignIn(
  db: Db,
  target: ResetTarget,
  recheck: (tx: Prisma.TransactionClient) => Promise<ResetTarget>,
  entry: Pick<AuditEntry, 'actorUserId' | 'orgId' | 'action'>,
): Promise<MemberSignInReset> {
  const temporaryPassword = newTemporaryPassword(target.username)
  const passwordHash = await hashPassword(temporaryPassword)
  const now = new Date()
  await db.$transaction(async (tx) => {
    const t = await recheck(tx)
    await tx.user.update({ where: { id: t.userId }, data: { passwordHash, passwordTemporaryAt: now, tokenVersion: { increment: 1 } }, select: { id: true } })
    await forgivePasswordFailures(tx, t.username)
    await audit(tx, { ...entry, entity: 'Membership', entityId: t.membershipId, diff: { member: maskedIfPhone(t.displayName), hours: TEMPORARY_PASSWORD_HOURS } })
  })
  const expiresAt = new Date(now.getTime() + TEMPORARY_PASSWORD_HOURS * 3_600_000)
  return { member: maskedIfPhone(target.displayName), username: target.username, temporaryPassword, expiresAt: expiresAt.toISOString() }
}
