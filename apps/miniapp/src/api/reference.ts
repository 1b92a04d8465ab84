import type { ReferenceChain } from '@zhilian/shared/contracts/reference'
import { call } from './request'

// Contracts (and zod) load in their own chunk while the request is in flight; see request.ts.
const contractReference = () => import('@zhilian/shared/contracts/reference')

/** Chains an administrator switched off stay in the data but leave the filters. */
export async function fetchChains(): Promise<ReferenceChain[]> {
  const { items } = await call('get', '/api/reference/chains', { schema: () => contractReference().then((m) => m.ChainListSchema) })
  return items.filter((c) => c.active).sort((a, b) => a.sortOrder - b.sortOrder)
}
