import ExcelJS from 'exceljs'
import type { SupplyDemandReport } from '@zhilian/shared/contracts/reports'

/** Sheet names, in order; tests and readers look them up by these. */
export const REPORT_SHEETS = { province: '全省概况', chains: '分产业链', cities: '分城市', majors: '专业供需缺口', notes: '统计口径' } as const

const INT = '#,##0'
const RATIO = '0.00'
const ONE = '0.0'

interface Col { header: string; key: string; width?: number; numFmt?: string }

const FIGURE_COLS: Col[] = [
  { header: '院校数', key: 'colleges', numFmt: INT },
  { header: '企业数', key: 'enterprises', numFmt: INT },
  { header: '在校生人数', key: 'enrolment', numFmt: INT },
  { header: '毕业生人数', key: 'graduates', numFmt: INT },
  { header: '需求人数', key: 'demand', numFmt: INT },
  { header: '供需比', key: 'ratio', numFmt: RATIO },
  { header: '专业匹配度指数', key: 'fitIndex', numFmt: ONE },
]

function table(wb: ExcelJS.Workbook, name: string, cols: Col[], rows: Record<string, unknown>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = cols.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14, style: c.numFmt ? { numFmt: c.numFmt } : {} }))
  ws.getRow(1).font = { bold: true }
  ws.getRow(1).alignment = { horizontal: 'center', vertical: 'middle' }
  // null (no demand, so no ratio) stays an empty cell rather than 0.
  ws.addRows(rows.map((r) => Object.fromEntries(cols.map((c) => [c.key, r[c.key] ?? null]))))
  return ws
}

export async function reportWorkbook(r: SupplyDemandReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '职链齐鲁'
  wb.title = r.title
  table(wb, REPORT_SHEETS.province, [{ header: '年份', key: 'year', width: 10 }, ...FIGURE_COLS], [{ year: r.year, ...r.province }])
  table(wb, REPORT_SHEETS.chains, [{ header: '产业链编号', key: 'chainId', width: 12 }, { header: '产业链', key: 'name', width: 20 }, ...FIGURE_COLS], r.chains)
  table(wb, REPORT_SHEETS.cities, [
    { header: '行政区划代码', key: 'cityCode', width: 14 }, { header: '城市', key: 'name', width: 10 }, { header: '经济圈', key: 'circle', width: 14 }, ...FIGURE_COLS,
  ], r.cities)
  table(wb, REPORT_SHEETS.majors, [
    { header: '专业代码', key: 'majorCode', width: 10 }, { header: '专业名称', key: 'majorName', width: 24 },
    { header: '毕业生人数', key: 'graduates', numFmt: INT }, { header: '需求人数', key: 'demand', numFmt: ONE }, { header: '供需差（负为缺口）', key: 'gap', numFmt: ONE, width: 18 },
  ], r.majors)
  table(wb, REPORT_SHEETS.notes, [{ header: '说明', key: 'note', width: 100 }], [{ note: r.title }, { note: `生成时间：${r.generatedAt}` }, ...r.notes.map((note) => ({ note }))])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
