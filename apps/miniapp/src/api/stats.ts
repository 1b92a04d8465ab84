import { HomeStatsSchema } from '@zhilian/shared/contracts/stats'
import { request } from './request'

export function fetchHomeStats() {
  return request('GET', '/api/stats/home', { schema: HomeStatsSchema })
}
