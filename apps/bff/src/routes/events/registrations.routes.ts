import { createRoute, z } from '@hono/zod-openapi'
import { IdParamSchema, IdSchema, OkSchema } from '@zhilian/shared/contracts/common'
import { MyRegistrationsSchema, RegistrationSchema, ScheduleBodySchema, ScheduleResultSchema } from '@zhilian/shared/contracts/events'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['events']
const student = access('student')

export const register = createRoute({
  method: 'post', path: '/{id}/registrations', tags, ...student,
  summary: 'Register for an event during its student window (capacity enforced under concurrency)',
  request: { params: IdParamSchema },
  responses: { 201: jsonContent(RegistrationSchema, 'Registered'), ...problems(401, 403, 404, 409) },
})

export const unregister = createRoute({
  method: 'delete', path: '/{id}/registrations/mine', tags, ...student,
  summary: 'Withdraw my registration (reminders for it stop)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(OkSchema, 'Withdrawn'), ...problems(401, 403, 404) },
})

export const mine = createRoute({
  method: 'get', path: '/registrations/mine', tags, ...student,
  summary: 'My registrations, soonest event first',
  responses: { 200: jsonContent(MyRegistrationsSchema, 'Registrations'), ...problems(401, 403) },
})

export const addToSchedule = createRoute({
  method: 'post', path: '/{id}/schedule', tags, ...student,
  summary: 'Put a session, or an interview slot (booked for me alone), in my schedule; overlapping entries are listed as a warning, adding is still allowed',
  request: { params: IdParamSchema, body: jsonBody(ScheduleBodySchema) },
  responses: { 201: jsonContent(ScheduleResultSchema, 'Added'), ...problems(400, 401, 403, 404, 409) },
})

export const removeFromSchedule = createRoute({
  method: 'delete', path: '/{id}/schedule/{sessionId}', tags, ...student,
  summary: 'Take a session out of my schedule',
  request: { params: z.object({ id: IdSchema, sessionId: IdSchema }) },
  responses: { 200: jsonContent(OkSchema, 'Removed'), ...problems(401, 403, 404) },
})

export const releaseSlot = createRoute({
  method: 'delete', path: '/{id}/schedule/slots/{slotId}', tags, ...student,
  summary: 'Give back an interview slot I booked',
  request: { params: z.object({ id: IdSchema, slotId: IdSchema }) },
  responses: { 200: jsonContent(OkSchema, 'Released'), ...problems(401, 403, 404) },
})
