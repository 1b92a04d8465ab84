import { createRoute } from '@hono/zod-openapi'
import { ApplyBodySchema, ApplyResultSchema, MyApplicationSchema, MyApplicationsPageSchema, MyApplicationsQuerySchema } from '@zhilian/shared/contracts/applications'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['applications']
const student = access('student')

export const apply = createRoute({
  method: 'post', path: '/jobs/{id}/applications', tags, ...student,
  summary: 'Apply to an open job, consenting to share named résumé fields with its enterprise (PIPL art. 23)',
  request: { params: IdParamSchema, body: jsonBody(ApplyBodySchema) },
  responses: { 201: jsonContent(ApplyResultSchema, 'Application submitted'), ...problems(400, 401, 403, 404, 409) },
})

export const mine = createRoute({
  method: 'get', path: '/applications/mine', tags, ...student,
  summary: "The student's applications, latest activity first, each with its status timeline",
  request: { query: MyApplicationsQuerySchema },
  responses: { 200: jsonContent(MyApplicationsPageSchema, 'One page of applications'), ...problems(400, 401, 403) },
})

export const withdraw = createRoute({
  method: 'post', path: '/applications/{id}/withdraw', tags, ...student,
  summary: 'Withdraw an own application while the pipeline allows it',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(MyApplicationSchema, 'The application, withdrawn'), ...problems(401, 403, 404, 409) },
})
