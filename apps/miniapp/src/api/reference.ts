import { ChainListSchema, type ReferenceChain } from '@zhilian/shared/contracts/reference'
import { request } from './request'

/** Chains an administrator switched off stay in the data but leave the filters. */
export async function fetchChains(): Promise<ReferenceChain[]> {
  const { items } = await request('GET', '/api/reference/chains', { schema: ChainListSchema })
  return items.filter((c) => c.active).sort((a, b) => a.sortOrder - b.sortOrder)
}
