import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import {
  BookingBodySchema, BookingDecisionBodySchema, BookingListSchema, BookingSchema, OpenEquipmentPageSchema, OpenEquipmentQuerySchema,
} from '@zhilian/shared/contracts/equipment'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['equipment']

export const open = createRoute({
  method: 'get', path: '/open', tags, ...access(),
  summary: 'Equipment verified colleges open to enterprises (附件1 ⁵⁶), with hours and terms',
  request: { query: OpenEquipmentQuerySchema },
  responses: { 200: jsonContent(OpenEquipmentPageSchema, 'One page'), ...problems(400, 401) },
})

export const book = createRoute({
  method: 'post', path: '/{id}/bookings', tags, ...access('enterprise'),
  summary: 'Ask to use open equipment for a time slot (verified enterprises); an overlapping live booking answers 409',
  request: { params: IdParamSchema, body: jsonBody(BookingBodySchema) },
  responses: { 201: jsonContent(BookingSchema, 'Requested, waiting for the college'), ...problems(400, 401, 403, 404, 409) },
})

export const decide = createRoute({
  method: 'post', path: '/bookings/{id}/decision', tags, ...access('college'),
  summary: 'The owning college approves or declines a booking request',
  request: { params: IdParamSchema, body: jsonBody(BookingDecisionBodySchema) },
  responses: { 200: jsonContent(BookingSchema, 'Decided'), ...problems(400, 401, 403, 404, 409) },
})

export const bookings = createRoute({
  method: 'get', path: '/bookings', tags, ...access('college', 'enterprise'),
  summary: 'Bookings of the caller\'s organisation: requests received (college) or made (enterprise)',
  responses: { 200: jsonContent(BookingListSchema, 'Newest first, at most 200'), ...problems(401, 403) },
})
