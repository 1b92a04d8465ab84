import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import {
  EffectRankingExportQuerySchema, EffectRankingPageSchema, EffectRankingQuerySchema, EffectRecordSchema, EffectYearQuerySchema,
} from '@zhilian/shared/contracts/effectiveness'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'
import { xlsxContent } from '../../lib/xlsx'

const tags = ['effectiveness']

export const record = createRoute({
  method: 'get', path: '/organizations/{id}/effectiveness', tags, ...access('college', 'enterprise', 'admin'),
  summary: 'One organisation\'s 成效 record for a year, each figure with how it is counted (its members; administrators in scope)',
  request: { params: IdParamSchema, query: EffectYearQuerySchema },
  responses: { 200: jsonContent(EffectRecordSchema, 'The record'), ...problems(400, 401, 403, 404) },
})

export const ranking = createRoute({
  method: 'get', path: '/effectiveness/ranking', tags, ...access('admin'),
  summary: 'The 成效 ranking of one side for a year, by chain and city, within the administrator\'s scope',
  request: { query: EffectRankingQuerySchema },
  responses: { 200: jsonContent(EffectRankingPageSchema, 'A page of the ranking'), ...problems(400, 401, 403) },
})

export const rankingXlsx = createRoute({
  method: 'get', path: '/effectiveness/ranking.xlsx', tags, ...access('admin'),
  summary: 'The same ranking as an .xlsx workbook, with the method sheet',
  request: { query: EffectRankingExportQuerySchema },
  responses: { 200: xlsxContent('The workbook'), ...problems(400, 401, 403) },
})
