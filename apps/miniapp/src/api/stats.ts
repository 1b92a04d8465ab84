import { call } from './request'

// Contracts (and zod) load in their own chunk while the request is in flight; see request.ts.
const contractStats = () => import('@zhilian/shared/contracts/stats')

export function fetchHomeStats() {
  return call('get', '/api/stats/home', { schema: () => contractStats().then((m) => m.HomeStatsSchema) })
}
