import { EffectRankingPageSchema, EffectRecordSchema } from '@zhilian/shared/contracts/effectiveness'
import { request, type Query } from './request'

export const fetchEffectRecord = (orgId: string, year?: number) =>
  request('GET', `/api/organizations/${encodeURIComponent(orgId)}/effectiveness`, { query: { year }, schema: EffectRecordSchema })

export interface RankingFilter { year: number; side: 'college' | 'unit'; chainId?: string; cityCode?: string }

const filterQuery = (f: RankingFilter): Query => ({ year: f.year, side: f.side, chainId: f.chainId, cityCode: f.cityCode })

export const fetchEffectRanking = (f: RankingFilter, cursor: string | null) =>
  request('GET', '/api/effectiveness/ranking', { query: { ...filterQuery(f), cursor, limit: 20 }, schema: EffectRankingPageSchema })

export const rankingXlsxPath = (f: RankingFilter) => {
  const q = new URLSearchParams(Object.entries(filterQuery(f)).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))
  return `/api/effectiveness/ranking.xlsx?${q.toString()}`
}
