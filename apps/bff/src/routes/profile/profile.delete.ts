import { isFinalStatus } from '@zhilian/shared'
import { audit } from '../../lib/audit'
import type { Db } from '../../lib/types'
import { moveApplication, pipelineSelect } from '../applications/pipeline'

/**
 * Account deletion (PIPL art. 47). Applications still in progress are withdrawn, so enterprises
 * stop waiting on a person who left; an offer is withdrawn too, which the state machine leaves to
 * nobody, hence `force`. The résumé, enrolments, inbox and sign-in identifiers go; the user row
 * stays, anonymised, because applications and audit entries point at it. Bumping tokenVersion
 * ends every session at once. Returns how many applications were withdrawn.
 */
export async function deleteStudentAccount(db: Db, userId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const open = (await tx.application.findMany({ where: { studentUserId: userId }, select: pipelineSelect })).filter((a) => !isFinalStatus(a.status))
    for (const app of open) {
      await moveApplication(tx, app, 'withdrawn', { actor: 'student', byUserId: userId, reason: '学生已注销账号', force: true })
    }
    await tx.studentProfile.deleteMany({ where: { userId } })
    await tx.trainingEnrolment.deleteMany({ where: { studentUserId: userId } })
    await tx.inboxMessage.deleteMany({ where: { userId } })
    await tx.user.update({
      where: { id: userId },
      data: {
        displayName: '已注销用户', username: null, openid: null, unionid: null, passwordHash: null, phone: null,
        personalisationOff: true, deletedAt: new Date(), tokenVersion: { increment: 1 },
      },
      select: { id: true },
    })
    await audit(tx, { actorUserId: userId, action: 'user.deleted', entity: 'User', entityId: userId, diff: { withdrawnApplications: open.length } })
    return open.length
  })
}
