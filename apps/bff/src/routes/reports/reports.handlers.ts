import { XLSX_CONTENT_TYPE } from '@zhilian/shared/contracts/reports'
import { buildReport } from '../../analytics/report'
import { reportWorkbook } from '../../analytics/report-workbook'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './reports.routes'

export const report: AppRouteHandler<typeof routes.report> = async (c) => {
  const { year: file } = c.req.valid('param')
  const year = Number(file.slice(0, 4))
  const body = await buildReport(c.var.db, year)
  if (!file.endsWith('.xlsx')) return c.json(body, 200)
  const name = encodeURIComponent(`${body.title}.xlsx`)
  return c.body(new Uint8Array(await reportWorkbook(body)), 200, {
    'content-type': XLSX_CONTENT_TYPE,
    'content-disposition': `attachment; filename="report-${year}.xlsx"; filename*=UTF-8''${name}`,
  })
}
