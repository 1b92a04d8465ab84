import type { Prisma } from '@zhilian/db'
import type { FraudSignal } from '@zhilian/shared/contracts/review'
import { jobSignals } from '../../review/fraud-signals'

type Tx = Prisma.TransactionClient
export interface GateJob { orgId: string; title: string; description: string; salaryMin: number; salaryMax: number; chainId: string | null }

/**
 * Where a job goes when an enterprise publishes it, resumes a returned draft, or materially edits it
 * (decision 014): to the review queue, unless an administrator marked the organisation a trusted poster.
 * Even then a high-severity fraud signal (招转培 wording, an implausible salary) sends it to review:
 * trust skips the queue for ordinary posts, it does not switch the checks off.
 */
export async function reviewGate(tx: Tx, job: GateJob): Promise<{ status: 'open' | 'pending_review'; signals: FraudSignal[] }> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: job.orgId }, select: { trustedPoster: true } })
  const signals = await jobSignals(tx, job, {})
  const open = org.trustedPoster && !signals.some((s) => s.severity === 'high')
  return { status: open ? 'open' : 'pending_review', signals }
}
