import { ChainListSchema } from './contracts/reference'
import { request } from './request'

export function fetchChains() {
  return request('GET', '/api/reference/chains', { schema: ChainListSchema })
}
