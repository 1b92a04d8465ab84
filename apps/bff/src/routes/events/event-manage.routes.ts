import { createRoute } from '@hono/zod-openapi'
import { ActingUnitQuerySchema, IdParamSchema } from '@zhilian/shared/contracts/common'
import { ExhibitingQuerySchema, ExhibitorPageSchema, MyBoothSchema, OrganisedPageSchema, OrganisedQuerySchema } from '@zhilian/shared/contracts/event-manage'
import { ORGANISER_ROLES } from '../../events/event-access'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['events']

export const organised = createRoute({
  method: 'get', path: '/organised', tags, ...access(...ORGANISER_ROLES),
  summary: 'Events I organise (administrators: all), newest start first, drafts and cancelled ones included',
  request: { query: OrganisedQuerySchema },
  responses: { 200: jsonContent(OrganisedPageSchema, 'One page of events'), ...problems(400, 401, 403) },
})

export const exhibiting = createRoute({
  method: 'get', path: '/exhibiting', tags, ...access('enterprise'),
  summary: "Upcoming events and those where my enterprise has a booth, with the enterprise window and my booth's status",
  request: { query: ExhibitingQuerySchema },
  responses: { 200: jsonContent(ExhibitorPageSchema, 'One page of events'), ...problems(400, 401, 403, 404) },
})

export const myBooth = createRoute({
  method: 'get', path: '/{id}/booths/mine', tags, ...access('enterprise'),
  summary: 'My booth at an event (null before applying), my open jobs to offer, my interview slots and the students my booth scanned',
  request: { params: IdParamSchema, query: ActingUnitQuerySchema },
  responses: { 200: jsonContent(MyBoothSchema, 'My booth'), ...problems(400, 401, 403, 404) },
})
