import { createRoute, z } from '@hono/zod-openapi'
import { ActingUnitQuerySchema, IdParamSchema, IdSchema } from '@zhilian/shared/contracts/common'
import { BoothApproveSchema, BoothJobsSchema, BoothSchema } from '@zhilian/shared/contracts/events'
import { access } from '../../lib/auth'
import { ORGANISER_ROLES } from '../../events/event-access'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['events']

export const apply = createRoute({
  method: 'post', path: '/{id}/booths', tags, ...access('enterprise'),
  summary: 'A verified enterprise applies for a booth during the enterprise window; a member of several exhibiting units names one in `orgId`',
  request: { params: IdParamSchema, query: ActingUnitQuerySchema },
  responses: { 201: jsonContent(BoothSchema, 'Applied'), ...problems(400, 401, 403, 404, 409) },
})

export const approve = createRoute({
  method: 'post', path: '/{id}/booths/{boothId}/approve', tags, ...access(...ORGANISER_ROLES),
  summary: 'The organiser approves a booth with its number and zone',
  request: { params: z.object({ id: IdSchema, boothId: IdSchema }), body: jsonBody(BoothApproveSchema) },
  responses: { 200: jsonContent(BoothSchema, 'Approved'), ...problems(400, 401, 403, 404, 409) },
})

export const setJobs = createRoute({
  method: 'put', path: '/{id}/booths/mine/jobs', tags, ...access('enterprise'),
  summary: "Choose which of the enterprise's own open jobs the approved booth offers",
  request: { params: IdParamSchema, query: ActingUnitQuerySchema, body: jsonBody(BoothJobsSchema) },
  responses: { 200: jsonContent(BoothSchema, 'The booth with its jobs'), ...problems(400, 401, 403, 404, 409) },
})
