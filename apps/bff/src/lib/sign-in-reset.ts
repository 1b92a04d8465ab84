import { hashPassword } from '@zhilian/db/password'
import type { Prisma } from '@zhilian/db'
import { TEMPORARY_PASSWORD_HOURS } from '@zhilian/shared/contracts/account'
import type { MemberSignInReset } from '@zhilian/shared/contracts/members'
import { audit, type AuditEntry } from './audit'
import { forgivePasswordFailures } from './failure-guard'
import { newTemporaryPassword } from './temporary-password'
import type { Db } from './types'
import { maskedIfPhone } from './phone-mask'

/** Whose sign-in is reset: the person, and the record the audit entry names (their membership, or the user). */
export interface ResetTarget { userId: string; username: string; displayName: string; recordId: string }

/**
 * A temporary password for `username` and what stores it: its scrypt hash, marked temporary, so the first sign-in
 * with it must set the person's own (routes/auth/temporary-password.ts) and it lapses after TEMPORARY_PASSWORD_HOURS.
 * A reset writes it over the old password; a new administrator's account starts with it (decision 072).
 */
export async function temporaryCredentials(username: string, now = new Date()) {
  const temporaryPassword = newTemporaryPassword(username)
  const stored = { passwordHash: await hashPassword(temporaryPassword), passwordTemporaryAt: now }
  const shown = (displayName: string): MemberSignInReset => ({
    member: maskedIfPhone(displayName), username, temporaryPassword,
    expiresAt: new Date(now.getTime() + TEMPORARY_PASSWORD_HOURS * 3_600_000).toISOString(),
  })
  return { stored, shown }
}

/**
 * The one way someone else resets a person's sign-in: an owner for a member (decision 063), an administrator for an
 * organisation's owner (decision 064) or for another administrator (decision 072). A temporary password shown in this answer only, stored as a scrypt hash and
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
  entry: Pick<AuditEntry, 'actorUserId' | 'orgId' | 'action' | 'entity'>,
): Promise<MemberSignInReset> {
  const { stored, shown } = await temporaryCredentials(target.username)
  await db.$transaction(async (tx) => {
    const t = await recheck(tx)
    await tx.user.update({ where: { id: t.userId }, data: { ...stored, tokenVersion: { increment: 1 } }, select: { id: true } })
    await forgivePasswordFailures(tx, t.username)
    await audit(tx, { ...entry, entityId: t.recordId, diff: { member: maskedIfPhone(t.displayName), hours: TEMPORARY_PASSWORD_HOURS } })
  })
  return shown(target.displayName)
}
