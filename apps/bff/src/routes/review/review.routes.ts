import { createRoute } from '@hono/zod-openapi'
import {
  ReviewDecisionBodySchema, ReviewDecisionResultSchema, ReviewPageSchema, ReviewParamSchema, ReviewQueueQuerySchema,
} from '@zhilian/shared/contracts/review'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['review']
const admin = access('admin')

export const queue = createRoute({
  method: 'get', path: '/queue', tags, ...admin,
  summary: 'What waits for review, oldest first, each with server-computed fraud signals',
  request: { query: ReviewQueueQuerySchema },
  responses: { 200: jsonContent(ReviewPageSchema, 'One page'), ...problems(400, 401, 403) },
})

export const decide = createRoute({
  method: 'post', path: '/{kind}/{id}/decision', tags, ...admin,
  summary: 'Approve, reject or ask for changes; the submitter is told the reason',
  request: { params: ReviewParamSchema, body: jsonBody(ReviewDecisionBodySchema) },
  responses: { 200: jsonContent(ReviewDecisionResultSchema, 'Decided'), ...problems(400, 401, 403, 404, 409) },
})
