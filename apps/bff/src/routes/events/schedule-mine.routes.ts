import { createRoute } from '@hono/zod-openapi'
import { MyScheduleSchema } from '@zhilian/shared/contracts/events'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

export const mine = createRoute({
  method: 'get', path: '/schedule/mine', tags: ['events'], ...access('student'),
  summary: 'My sessions, booked interview slots and enterprise interviews, still ahead or running, each with the entries it overlaps',
  responses: { 200: jsonContent(MyScheduleSchema, 'My schedule, soonest first'), ...problems(401, 403) },
})
