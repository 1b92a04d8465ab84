import { createRoute } from '@hono/zod-openapi'
import { MapCityDetailSchema, MapCityParamsSchema, MapQuerySchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['map']
/** Aggregates and organisation names only: any signed-in user may look at the map. */
const signedIn = access()

export const map = createRoute({
  method: 'get', path: '/', tags, ...signedIn,
  summary: 'The digital map: the 16 cities on a tile grid with supply, demand and a colour class',
  request: { query: MapQuerySchema },
  responses: { 200: jsonContent(MapSchema, '16 cities'), ...problems(400, 401, 404) },
})

export const city = createRoute({
  method: 'get', path: '/cities/{adcode}', tags, ...signedIn,
  summary: "One city: its colleges, enterprises, gap by major and best matches",
  request: { params: MapCityParamsSchema, query: MapQuerySchema },
  responses: { 200: jsonContent(MapCityDetailSchema, 'The city'), ...problems(400, 401, 404) },
})
