import { XLSX_CONTENT_TYPE } from '@zhilian/shared/contracts/reports'
import { loadBasis } from '../../analytics/balance'
import { yearsWithData } from '../../analytics/list-facts'
import { buildReport, reportBasis } from '../../analytics/report'
import { reportWorkbook } from '../../analytics/report-workbook'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './reports.routes'

export const years: AppRouteHandler<typeof routes.years> = async (c) => {
  const items = await yearsWithData(c.var.db)
  return c.json({ items, latest: items[0]?.year ?? null }, 200)
}

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

export const putBasis: AppRouteHandler<typeof routes.putBasis> = async (c) => {
  const { year } = c.req.valid('param')
  const { inProvinceShare, source } = c.req.valid('json')
  const actor = currentUser(c)
  await c.var.db.$transaction(async (tx) => {
    const before = await tx.reportBasis.findUnique({ where: { year }, select: { inProvinceShare: true, source: true } })
    const data = { inProvinceShare: inProvinceShare.toFixed(3), source, updatedByUserId: actor.id }
    await tx.reportBasis.upsert({ where: { year }, create: { year, ...data }, update: data, select: { year: true } })
    await audit(tx, {
      actorUserId: actor.id, action: 'report.basis', entity: 'ReportBasis', entityId: String(year),
      diff: { year, from: before ? { inProvinceShare: Number(before.inProvinceShare), source: before.source } : null, to: { inProvinceShare, source } },
    })
  })
  return c.json(reportBasis(year, await loadBasis(c.var.db, year)), 200)
}
