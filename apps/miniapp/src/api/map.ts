import { MapCityDetailSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import { request } from './request'

export function fetchMap(query: { chainId?: string; year?: number }) {
  return request('GET', '/api/map', { query, schema: MapSchema })
}

export function fetchMapCity(adcode: string, query: { chainId?: string; year?: number }) {
  return request('GET', `/api/map/cities/${encodeURIComponent(adcode)}`, { query, schema: MapCityDetailSchema })
}
