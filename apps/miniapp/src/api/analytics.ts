import { AlertListSchema, ChainAnalyticsSchema, ChainSummaryListSchema, FitResultSchema } from '@zhilian/shared/contracts/analytics'
import { request } from './request'

export function fetchChainSummaries(query: { year?: number }) {
  return request('GET', '/api/analytics/chains', { query, schema: ChainSummaryListSchema })
}

export function fetchChainAnalytics(chainId: string, query: { year?: number; cityCode?: string }) {
  return request('GET', `/api/analytics/chains/${encodeURIComponent(chainId)}`, { query, schema: ChainAnalyticsSchema })
}

export function fetchFit(query: { level: 'city' | 'college'; chainId?: string }) {
  return request('GET', '/api/analytics/fit', { query, schema: FitResultSchema })
}

export function fetchAlerts() {
  return request('GET', '/api/analytics/alerts', { schema: AlertListSchema })
}
