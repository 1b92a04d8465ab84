import { HomeStatsSchema } from './contracts/stats'
import { request } from './request'

export function fetchHomeStats() {
  return request('GET', '/api/stats/home', { schema: HomeStatsSchema })
}
