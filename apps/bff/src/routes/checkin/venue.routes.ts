import { createRoute } from '@hono/zod-openapi'
import { CheckinResultSchema, VenueCheckinBodySchema, VenueCodeSchema } from '@zhilian/shared/contracts/checkin'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { ORGANISER_ROLES } from '../../events/event-access'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['check-in']

export const venueCode = createRoute({
  method: 'get', path: '/{id}/venue-code', tags, ...access(...ORGANISER_ROLES),
  summary: "The event's six-digit venue code for this minute (and its QR text), for the organiser's screen at the entrance",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(VenueCodeSchema, 'The code'), ...problems(401, 403, 404) },
})

export const venueCheckin = createRoute({
  method: 'post', path: '/{id}/checkins/venue', tags, ...access('student'),
  summary: 'A registered student checks in with the venue code (this minute or the last); five wrong codes lock the event for that student for 15 minutes',
  request: { params: IdParamSchema, body: jsonBody(VenueCheckinBodySchema) },
  responses: { 200: jsonContent(CheckinResultSchema, 'Checked in'), ...problems(400, 401, 403, 404, 409, 429) },
})
