import { createRoute } from '@hono/zod-openapi'
import { HealthSchema } from '@zhilian/shared/contracts/common'
import { publicAccess } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

export const health = createRoute({
  method: 'get',
  path: '/',
  tags: ['health'],
  summary: 'Liveness and database reachability',
  ...publicAccess,
  responses: { 200: jsonContent(HealthSchema, 'The API and its database answer'), ...problems(503) },
})
