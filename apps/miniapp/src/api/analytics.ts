import { AlertListSchema, ChainAnalyticsSchema, ChainSummaryListSchema, FitResultSchema } from '@zhilian/shared/contracts/analytics'
import { call } from './request'

export function fetchChainSummaries(query: { year?: number }) {
  return call('get', '/api/analytics/chains', { query, schema: ChainSummaryListSchema })
}

export function fetchChainAnalytics(chainId: string, query: { year?: number; cityCode?: string }) {
  return call('get', '/api/analytics/chains/:id', { param: { id: chainId }, query, schema: ChainAnalyticsSchema })
}

export function fetchFit(query: { level: 'city' | 'college'; chainId?: string }) {
  return call('get', '/api/analytics/fit', { query, schema: FitResultSchema })
}

export function fetchAlerts() {
  return call('get', '/api/analytics/alerts', { schema: AlertListSchema })
}
