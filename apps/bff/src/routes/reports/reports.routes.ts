import { createRoute } from '@hono/zod-openapi'
import { ReportParamsSchema, SupplyDemandReportSchema, XLSX_CONTENT_TYPE } from '@zhilian/shared/contracts/reports'
import { z } from 'zod'
import { access } from '../../lib/auth'
import { problems } from '../../lib/openapi'

export const report = createRoute({
  method: 'get', path: '/{year}', tags: ['reports'], ...access('admin'),
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
