import { createRoute } from '@hono/zod-openapi'
import { ActingUnitQuerySchema, IdParamSchema } from '@zhilian/shared/contracts/common'
import { SlotCreateSchema, SlotListQuerySchema, SlotListSchema, SlotSchema } from '@zhilian/shared/contracts/events'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['events']

export const open = createRoute({
  method: 'post', path: '/{id}/booths/mine/slots', tags, ...access('enterprise'),
  summary: 'An approved booth opens an on-the-spot interview slot within the event time',
  request: { params: IdParamSchema, query: ActingUnitQuerySchema, body: jsonBody(SlotCreateSchema) },
  responses: { 201: jsonContent(SlotSchema, 'Opened'), ...problems(400, 401, 403, 404, 409) },
})

export const list = createRoute({
  method: 'get', path: '/{id}/slots', tags, ...access(),
  summary: "The event's interview slots by booth (its first 500 by time), or all of one approved booth's; which are taken and which are mine",
  request: { params: IdParamSchema, query: SlotListQuerySchema },
  responses: { 200: jsonContent(SlotListSchema, 'Slots'), ...problems(400, 401, 404) },
})
