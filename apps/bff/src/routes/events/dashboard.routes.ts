import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { DashboardSchema, DayViewSchema } from '@zhilian/shared/contracts/events'
import { ORGANISER_ROLES } from '../../events/event-access'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'
import { xlsxContent } from '../../lib/xlsx'

const tags = ['events']
// Industry organisations organise too (decision 022); they sign in with the 单位 (enterprise) account.
const organiser = access(...ORGANISER_ROLES)

export const dashboard = createRoute({
  method: 'get', path: '/{id}/dashboard', tags, ...organiser,
  summary: 'Organiser dashboard: registrations, check-ins per 15 minutes, visits and applications per booth',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(DashboardSchema, 'The figures'), ...problems(401, 403, 404) },
})

export const dashboardXlsx = createRoute({
  method: 'get', path: '/{id}/dashboard.xlsx', tags, ...organiser,
  summary: 'The dashboard as a workbook',
  request: { params: IdParamSchema },
  responses: { 200: xlsxContent('The workbook'), ...problems(401, 403, 404) },
})

export const day = createRoute({
  method: 'get', path: '/{id}/day', tags, ...access('student'),
  summary: 'Fair-day view: sessions now and next, my schedule, the booth map, my applications at this event',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(DayViewSchema, 'The day'), ...problems(401, 403, 404) },
})
