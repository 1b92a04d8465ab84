import { createRoute, z } from '@hono/zod-openapi'
import { IdParamSchema, IdSchema, OkSchema } from '@zhilian/shared/contracts/common'
import { EventCreateSchema, EventDetailSchema, EventListQuerySchema, EventPageSchema, EventUpdateSchema, SessionCreateSchema, SessionSchema } from '@zhilian/shared/contracts/events'
import { ORGANISER_ROLES } from '../../events/event-access'
import { access, publicAccess } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['events']
// Industry organisations organise too (decision 022); they sign in with the 单位 (enterprise) account.
const organiser = access(...ORGANISER_ROLES)
const SessionParamSchema = z.object({ id: IdSchema, sessionId: IdSchema })

export const list = createRoute({
  method: 'get', path: '/', tags, ...publicAccess,
  summary: 'Upcoming published events (filter by city, chain, kind), soonest first',
  request: { query: EventListQuerySchema },
  responses: { 200: jsonContent(EventPageSchema, 'One page of events'), ...problems(400) },
})

export const detail = createRoute({
  method: 'get', path: '/{id}', tags, ...publicAccess,
  summary: 'An event with its agenda, booths (zone, number, jobs) and, when signed in, my registration',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(EventDetailSchema, 'The event'), ...problems(404) },
})

export const create = createRoute({
  method: 'post', path: '/', tags, ...organiser,
  summary: 'Create and publish an event (admins, verified college members for their college)',
  request: { body: jsonBody(EventCreateSchema) },
  responses: { 201: jsonContent(EventDetailSchema, 'Created'), ...problems(400, 401, 403) },
})

export const update = createRoute({
  method: 'patch', path: '/{id}', tags, ...organiser,
  summary: "Edit an own event; a time change tells every registered user and moves their reminders",
  request: { params: IdParamSchema, body: jsonBody(EventUpdateSchema) },
  responses: { 200: jsonContent(EventDetailSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
})

export const cancel = createRoute({
  method: 'post', path: '/{id}/cancel', tags, ...organiser,
  summary: 'Cancel an own event: reminders dropped, registered users told in their inbox',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(OkSchema, 'Cancelled'), ...problems(401, 403, 404, 409) },
})

export const addSession = createRoute({
  method: 'post', path: '/{id}/sessions', tags, ...organiser,
  summary: 'Add an agenda session (talk, roadshow, signing) to an own event',
  request: { params: IdParamSchema, body: jsonBody(SessionCreateSchema) },
  responses: { 201: jsonContent(SessionSchema, 'Added'), ...problems(400, 401, 403, 404, 409) },
})

export const removeSession = createRoute({
  method: 'delete', path: '/{id}/sessions/{sessionId}', tags, ...organiser,
  summary: 'Remove a session; people who had it in their schedule are told and its reminders stop',
  request: { params: SessionParamSchema },
  responses: { 200: jsonContent(OkSchema, 'Removed'), ...problems(401, 403, 404) },
})
