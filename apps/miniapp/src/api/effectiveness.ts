import { EffectRankingPageSchema, EffectRecordSchema } from '@zhilian/shared/contracts/effectiveness'
import { call } from './request'

export const fetchEffectRecord = (id: string, year?: number) =>
  call('get', '/api/organizations/:id/effectiveness', { param: { id }, query: { year }, schema: EffectRecordSchema })

export interface RankingFilter { year: number; side: 'college' | 'unit'; chainId?: string; cityCode?: string }

const filterQuery = (f: RankingFilter) => ({ year: f.year, side: f.side, chainId: f.chainId, cityCode: f.cityCode })

export const fetchEffectRanking = (f: RankingFilter, cursor: string | null) =>
  call('get', '/api/effectiveness/ranking', { query: { ...filterQuery(f), cursor: cursor ?? undefined, limit: 20 }, schema: EffectRankingPageSchema })

/** The workbook behind the bearer token (downloadWorkbook fetches it); the same filters as the list. */
export const rankingXlsxPath = (f: RankingFilter) => {
  const q = new URLSearchParams(Object.entries(filterQuery(f)).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))
  return `/api/effectiveness/ranking.xlsx?${q.toString()}`
}
