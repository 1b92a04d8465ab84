import { createRoute } from '@hono/zod-openapi'
import { ReportBodySchema, ReportCreatedSchema } from '@zhilian/shared/contracts/review'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

export const create = createRoute({
  method: 'post', path: '/', tags: ['review'], ...access(),
  summary: 'Report a post (job, organisation, list …) to the administrators',
  request: { body: jsonBody(ReportBodySchema) },
  responses: { 201: jsonContent(ReportCreatedSchema, 'Filed; it joins the review queue'), ...problems(400, 401, 404, 429) },
})
