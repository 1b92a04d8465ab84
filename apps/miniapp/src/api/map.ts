import { MapCityDetailSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import type { PairKey } from '@zhilian/shared/contracts/reports'
import { request } from './request'

type MapQuery = { chainId?: string; year?: number; pair?: PairKey }

export function fetchMap(query: MapQuery) {
  return request('GET', '/api/map', { query, schema: MapSchema })
}

export function fetchMapCity(adcode: string, query: MapQuery) {
  return request('GET', `/api/map/cities/${encodeURIComponent(adcode)}`, { query, schema: MapCityDetailSchema })
}
