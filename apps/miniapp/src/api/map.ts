import { MapCityDetailSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import type { PairKey } from '@zhilian/shared/contracts/reports'
import { call } from './request'

type MapQuery = { chainId?: string; year?: number; pair?: PairKey }

export function fetchMap(query: MapQuery) {
  return call('get', '/api/map', { query, schema: MapSchema })
}

export function fetchMapCity(adcode: string, query: MapQuery) {
  return call('get', '/api/map/cities/:adcode', { param: { adcode }, query, schema: MapCityDetailSchema })
}
