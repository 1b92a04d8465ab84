import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import {
  EnterpriseJobCreateSchema,
  EnterpriseJobPageSchema,
  EnterpriseJobPatchSchema,
  EnterpriseJobSchema,
  EnterpriseJobsQuerySchema,
  JobClosingDateBodySchema,
} from '@zhilian/shared/contracts/jobs'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['enterprise-jobs']
const enterprise = access('enterprise')
const one = (description: string) => ({ 200: jsonContent(EnterpriseJobSchema, description), ...problems(400, 401, 403, 404, 409) })

export const list = createRoute({
  method: 'get', path: '/jobs', tags, ...enterprise,
  summary: "The jobs of the caller's verified organisations, recently changed first",
  request: { query: EnterpriseJobsQuerySchema },
  responses: { 200: jsonContent(EnterpriseJobPageSchema, 'One page of jobs'), ...problems(400, 401, 403) },
})

export const create = createRoute({
  method: 'post', path: '/jobs', tags, ...enterprise,
  summary: 'Post a job (附件2 job row): publish sends it to review (open at once only for a trusted poster without high fraud signals); publish false keeps a draft',
  request: { body: jsonBody(EnterpriseJobCreateSchema) },
  responses: { 201: jsonContent(EnterpriseJobSchema, 'The new job'), ...problems(400, 401, 403) },
})

export const get = createRoute({
  method: 'get', path: '/jobs/{id}', tags, ...enterprise,
  summary: 'One own job with its application counts',
  request: { params: IdParamSchema },
  responses: one('The job'),
})

export const patch = createRoute({
  method: 'patch', path: '/jobs/{id}', tags, ...enterprise,
  summary: 'Change some fields of an own job (the result must still be a valid job); a material change to a published job sends it back to review',
  request: { params: IdParamSchema, body: jsonBody(EnterpriseJobPatchSchema) },
  responses: one('The job after the change'),
})

export const closingDate = createRoute({
  method: 'put', path: '/jobs/{id}/closing-date', tags, ...enterprise,
  summary: 'Set, extend or shorten the closing date (today to 180 days ahead, Beijing days); a job closed by its date re-opens without review, one closed by hand answers 409',
  request: { params: IdParamSchema, body: jsonBody(JobClosingDateBodySchema) },
  responses: one('The job with its new closing date'),
})

export const pause = createRoute({
  method: 'post', path: '/jobs/{id}/pause', tags, ...enterprise,
  summary: 'Stop taking applications for a while (open → paused)',
  request: { params: IdParamSchema },
  responses: one('The paused job'),
})

export const resume = createRoute({
  method: 'post', path: '/jobs/{id}/resume', tags, ...enterprise,
  summary: 'Submit a draft (new or returned by a reviewer) for review, or reopen a paused job',
  request: { params: IdParamSchema },
  responses: one('The job, open or 待审核'),
})

export const close = createRoute({
  method: 'post', path: '/jobs/{id}/close', tags, ...enterprise,
  summary: 'Close a job for good',
  request: { params: IdParamSchema },
  responses: one('The closed job'),
})

export const duplicate = createRoute({
  method: 'post', path: '/jobs/{id}/duplicate', tags, ...enterprise,
  summary: 'Copy an own job as a new draft',
  request: { params: IdParamSchema },
  responses: { 201: jsonContent(EnterpriseJobSchema, 'The copy, as a draft'), ...problems(401, 403, 404) },
})
