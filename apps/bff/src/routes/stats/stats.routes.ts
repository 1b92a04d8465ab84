import { createRoute } from '@hono/zod-openapi'
import { HomeStatsSchema } from '@zhilian/shared/contracts/stats'
import { publicAccess } from '../../lib/auth'
import { jsonContent } from '../../lib/openapi'

export const home = createRoute({
  method: 'get',
  path: '/home',
  tags: ['stats'],
  summary: 'Live counts per industry chain and for the province',
  ...publicAccess,
  responses: { 200: jsonContent(HomeStatsSchema, 'Counts from verified organisations, open jobs and approved supply lists') },
})
