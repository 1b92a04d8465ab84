import type { ChainStatusSchema } from '@zhilian/shared/contracts/reference'
import type { z } from 'zod'

/** Chains not (yet) on the province's published list are shown as "待确认". */
export function isCandidateChain(status: z.infer<typeof ChainStatusSchema>): boolean {
  return status === 'candidate'
}
