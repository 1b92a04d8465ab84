import { isFinalStatus } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import type { Db } from '../../lib/types'
import { moveApplication, pipelineSelect } from '../../applications/pipeline'
import { ERASED_CONSENT, ERASED_NAME } from '../../privacy/user-data'

const DELETION_REASON = '学生已注销账号'

/**
 * Account deletion (PIPL art. 47), in one transaction, over every user-keyed table that
 * `privacy/user-data.ts` lists (decision 026). Applications still in progress are withdrawn, so
 * enterprises stop waiting on a person who left (an offer too, which the state machine leaves to nobody,
 * hence `force`); then the applications keep only what the enterprise's own hiring record needs: no cover
 * note, no consent text, no reasons the student wrote. Rows that only mean something to the student are
 * deleted; booked interview slots are released for others. The user row stays as an anonymised stub
 * because applications, audit entries and staff records point at it; bumping tokenVersion ends every
 * session at once. Returns how many applications were withdrawn.
 */
export async function deleteStudentAccount(db: Db, userId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    // The user row first (decision 069): a write of the account's own that locked it earlier has committed by now, so
    // the erasure below sees its rows; one that comes later waits for this commit and is then refused by the database
    // (the account is deleted), instead of landing after the erasure on an account nobody can reach.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`
    // Reasons the student wrote on their own moves go first; the withdrawals below add the neutral one.
    await tx.applicationEvent.updateMany({ where: { byUserId: userId }, data: { reason: null } })
    const open = (await tx.application.findMany({ where: { studentUserId: userId }, select: pipelineSelect })).filter((a) => !isFinalStatus(a.status))
    for (const app of open) {
      await moveApplication(tx, app, 'withdrawn', { actor: 'student', byUserId: userId, reason: DELETION_REASON, force: true })
    }
    await tx.applicationEvent.updateMany({ where: { byUserId: userId }, data: { byUserId: null } })
    await tx.application.updateMany({ where: { studentUserId: userId }, data: { coverNote: null, consentText: ERASED_CONSENT } })

    await tx.interviewSlot.updateMany({ where: { bookedByUserId: userId }, data: { bookedByUserId: null } })
    await tx.scheduleItem.deleteMany({ where: { userId } })
    await tx.eventRegistration.deleteMany({ where: { userId } })
    await tx.boothVisit.deleteMany({ where: { userId } })
    await tx.subscriptionCredit.deleteMany({ where: { userId } })
    await tx.subscriptionCreditEntry.deleteMany({ where: { userId } })
    // A queued job whose row is gone completes without sending (reminders/deliver.ts).
    await tx.reminder.deleteMany({ where: { userId } })
    await tx.report.deleteMany({ where: { reporterUserId: userId } })
    await tx.studentProfile.deleteMany({ where: { userId } })
    await tx.trainingEnrolment.deleteMany({ where: { studentUserId: userId } })
    await tx.inboxMessage.deleteMany({ where: { userId } })
    // Staff rows (none for a student today; listed so a student account that gained one is still erased).
    await tx.membership.deleteMany({ where: { userId } })
    await tx.importJob.deleteMany({ where: { userId } })
    await tx.equipmentBooking.updateMany({ where: { requestedByUserId: userId }, data: { requestedByUserId: null } })
    await tx.report.updateMany({ where: { handledByUserId: userId }, data: { handledByUserId: null } })
    await tx.reportBasis.updateMany({ where: { updatedByUserId: userId }, data: { updatedByUserId: null } })
    await tx.orgInvitation.updateMany({ where: { createdByUserId: userId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } })
    await tx.orgInvitation.updateMany({ where: { usedByUserId: userId }, data: { usedByUserId: null } })

    await tx.user.update({
      where: { id: userId },
      data: {
        displayName: ERASED_NAME, username: null, openid: null, unionid: null, passwordHash: null, recoveryCodes: [], recoveryCodesAt: null, phone: null,
        personalisationOff: true, deletedAt: new Date(), tokenVersion: { increment: 1 },
      },
      select: { id: true },
    })
    // Audit entries keep the id (the trail must stay whole); their actor name is now the stub's.
    await audit(tx, { actorUserId: userId, action: 'user.deleted', entity: 'User', entityId: userId, diff: { withdrawnApplications: open.length } })
    return open.length
  })
}
