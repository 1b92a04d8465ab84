import { ReportBasisSchema, ReportYearsSchema, SupplyDemandReportSchema, type ReportBasisBody } from '@zhilian/shared/contracts/reports'
import { call } from './request'

export function fetchYearReport(year: number) {
  return call('get', '/api/reports/:year', { param: { year }, schema: SupplyDemandReportSchema })
}

/** Years with filed data, newest first: the report, chain pages and map open on `latest`. */
export function fetchReportYears() {
  return call('get', '/api/reports/years', { schema: ReportYearsSchema })
}

export function saveReportBasis(year: number, body: ReportBasisBody) {
  return call('put', '/api/reports/:year/basis', { param: { year }, body, schema: ReportBasisSchema })
}

export const yearReportXlsxPath = (year: number) => `/api/reports/${year}.xlsx`
