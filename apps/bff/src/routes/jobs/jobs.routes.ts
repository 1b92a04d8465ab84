import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { JobDetailSchema, JobListPageSchema, JobListQuerySchema } from '@zhilian/shared/contracts/jobs'
import { countedPublicAccess, publicAccess } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['jobs']

export const list = createRoute({
  method: 'get', path: '/', tags, ...countedPublicAccess,
  summary: 'Open jobs: keyword, filters, newest or (signed-in student) best match first, cursor pages',
  request: { query: JobListQuerySchema },
  responses: { 200: jsonContent(JobListPageSchema, 'One page of jobs'), ...problems(400, 401) },
})

export const detail = createRoute({
  method: 'get', path: '/{id}', tags, ...publicAccess,
  summary: 'One open job (its own enterprise also sees it when not open)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(JobDetailSchema, 'The job'), ...problems(401, 404) },
})
