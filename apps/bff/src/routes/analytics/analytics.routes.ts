import { createRoute } from '@hono/zod-openapi'
import {
  AlertListSchema,
  ChainAnalyticsQuerySchema,
  ChainAnalyticsSchema,
  ChainForecastSchema,
  ChainSummaryListSchema,
  ChainSummaryQuerySchema,
  FitQuerySchema,
  FitResultSchema,
  ForecastQuerySchema,
} from '@zhilian/shared/contracts/analytics'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['analytics']
/** Aggregates only (no person, no contact): every organisation role may read them. */
const orgRoles = access('admin', 'college', 'enterprise')

export const chains = createRoute({
  method: 'get', path: '/chains', tags, ...orgRoles,
  summary: "Every active chain's row of the yearly report for a year (default: the latest year with data)",
  request: { query: ChainSummaryQuerySchema },
  responses: { 200: jsonContent(ChainSummaryListSchema, 'Per-chain figures'), ...problems(400, 401, 403) },
})

export const chain = createRoute({
  method: 'get', path: '/chains/{id}', tags, ...orgRoles,
  summary: "A chain's database: supply, demand, the gap by major and the trend",
  request: { params: IdParamSchema, query: ChainAnalyticsQuerySchema },
  responses: { 200: jsonContent(ChainAnalyticsSchema, 'The chain analysed'), ...problems(400, 401, 403, 404) },
})

export const fit = createRoute({
  method: 'get', path: '/fit', tags, ...access('admin', 'college'),
  summary: 'Major–industry fit index per city or per college',
  request: { query: FitQuerySchema },
  responses: { 200: jsonContent(FitResultSchema, 'Fit per city or college'), ...problems(400, 401, 403, 404) },
})

export const alerts = createRoute({
  method: 'get', path: '/alerts', tags, ...access('admin', 'college'),
  summary: "Majors whose enrolment is out of line with demand (admins: all; college members: their colleges')",
  responses: { 200: jsonContent(AlertListSchema, 'Alerts, worst first'), ...problems(401, 403) },
})

export const forecast = createRoute({
  method: 'get', path: '/forecast', tags, ...orgRoles,
  summary: "Next year's demand and graduates of a chain, with the method",
  request: { query: ForecastQuerySchema },
  responses: { 200: jsonContent(ChainForecastSchema, 'Forecast'), ...problems(400, 401, 403, 404) },
})
