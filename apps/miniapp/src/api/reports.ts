import { SupplyDemandReportSchema } from '@zhilian/shared/contracts/reports'
import { request } from './request'

export function fetchYearReport(year: number) {
  return request('GET', `/api/reports/${year}`, { schema: SupplyDemandReportSchema })
}

export const yearReportXlsxPath = (year: number) => `/api/reports/${year}.xlsx`
