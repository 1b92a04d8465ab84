import type { AdminChainSummary } from '@zhilian/shared/contracts/chains-admin'
import { ChainStatusLabels } from '@zhilian/shared/contracts/reference'

/** A chain's state as a status tag: retired, confirmed (已公布) or candidate (待确认). */
export function chainTag(c: Pick<AdminChainSummary, 'active' | 'status'>) {
  if (!c.active) return { text: '已停用', tone: 'rejected' }
  return c.status === 'confirmed' ? { text: ChainStatusLabels.confirmed, tone: 'verified' } : { text: ChainStatusLabels.candidate, tone: 'pending' }
}
