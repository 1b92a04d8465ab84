import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { FraudSignal } from '@zhilian/shared/contracts/review'
import { jobSignals } from '../../review/fraud-signals'

type Tx = Prisma.TransactionClient
export interface GateJob { orgId: string; title: string; description: string; salaryMin: number; salaryMax: number; chainId: string | null }

/**
 * Where a job goes when an enterprise publishes it, resumes a returned draft, or materially edits it
 * (decision 014): to the review queue, unless an administrator marked the organisation a trusted poster.
 * Even then a high-severity fraud signal (招转培 wording, an implausible salary) sends it to review:
 * trust skips the queue for ordinary posts, it does not switch the checks off. A suspended unit publishes nothing,
 * not even to the queue (decision 083): the Job trigger guards only `open`, this says why to its members.
 */
export async function reviewGate(tx: Tx, job: GateJob): Promise<{ status: 'open' | 'pending_review'; signals: FraudSignal[] }> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: job.orgId }, select: { trustedPoster: true, verification: true, suspendedBy: true, suspendedReason: true } })
  if (org.verification === 'suspended') {
    throw new AppError('UNIT_SUSPENDED', {
      userMessage: `本单位已被${org.suspendedBy ?? '管理员'}暂停，暂不能发布岗位（原因：${org.suspendedReason ?? '未填写'}）；如有疑问请联系该部门`,
      internal: `org ${job.orgId} suspended`,
    })
  }
  const signals = await jobSignals(tx, job, {})
  const open = org.trustedPoster && !signals.some((s) => s.severity === 'high')
  return { status: open ? 'open' : 'pending_review', signals }
}
