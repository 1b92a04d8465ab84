import { createRoute } from '@hono/zod-openapi'
import {
  ReportBasisBodySchema,
  ReportBasisParamsSchema,
  ReportBasisSchema,
  ReportParamsSchema,
  ReportYearsSchema,
  SupplyDemandReportSchema,
  XLSX_CONTENT_TYPE,
} from '@zhilian/shared/contracts/reports'
import { z } from 'zod'
import { access, provinceAccess } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['reports']
const admin = access('admin')
const province = provinceAccess()

export const years = createRoute({
  method: 'get', path: '/years', tags, ...access(),
  summary: 'Years with filed data, newest first, and the latest one (where the report, chain pages and map open)',
  responses: { 200: jsonContent(ReportYearsSchema, 'Years with data'), ...problems(401, 403) },
})

export const report = createRoute({
  method: 'get', path: '/{year}', tags, ...admin,
  summary: '山东省产业人才供需报告 for a year: JSON at /reports/2025, the workbook at /reports/2025.xlsx',
  request: { params: ReportParamsSchema },
  responses: {
    200: {
      description: 'The report (JSON) or the workbook (xlsx: one sheet per table)',
      content: {
        'application/json': { schema: SupplyDemandReportSchema },
        [XLSX_CONTENT_TYPE]: { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...problems(400, 401, 403),
  },
})

export const putBasis = createRoute({
  method: 'put', path: '/{year}/basis', tags, ...province,
  summary: "Record the year's in-province employment share and its source (decision 019)",
  request: { params: ReportBasisParamsSchema, body: jsonBody(ReportBasisBodySchema) },
  responses: { 200: jsonContent(ReportBasisSchema, 'The basis as the report now uses it'), ...problems(400, 401, 403) },
})
