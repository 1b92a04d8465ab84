import { ReportBasisSchema, ReportYearsSchema, SupplyDemandReportSchema, type ReportBasisBody } from '@zhilian/shared/contracts/reports'
import { request } from './request'

export function fetchYearReport(year: number) {
  return request('GET', `/api/reports/${year}`, { schema: SupplyDemandReportSchema })
}

/** Years with filed data, newest first: the report, chain pages and map open on `latest`. */
export function fetchReportYears() {
  return request('GET', '/api/reports/years', { schema: ReportYearsSchema })
}

export function saveReportBasis(year: number, body: ReportBasisBody) {
  return request('PUT', `/api/reports/${year}/basis`, { body, schema: ReportBasisSchema })
}

export const yearReportXlsxPath = (year: number) => `/api/reports/${year}.xlsx`
