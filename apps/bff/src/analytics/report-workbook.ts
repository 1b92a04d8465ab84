import ExcelJS from 'exceljs'
import { xlsxBuffer } from '../excel/cells'
import { COVERAGE_LEVEL_LABELS, VERDICT_LABELS } from '@zhilian/shared'
import type { Figures, SupplyDemandReport } from '@zhilian/shared/contracts/reports'

/** Sheet names, in order; tests and readers look them up by these. */
export const REPORT_SHEETS = { province: '全省概况', chains: '分产业链', cities: '分城市', majors: '专业供需缺口', notes: '统计口径' } as const

const INT = '#,##0'
const RATIO = '0.00'
const ONE = '0.0'
const PCT = '0.0%'

interface Col { header: string; key: string; width?: number; numFmt?: string }

/** The figures of a row as the workbook's columns, the three pairs side by side with coverage and the verdict. */
const FIGURE_COLS: Col[] = [
  { header: '院校数', key: 'colleges', numFmt: INT },
  { header: '企业数', key: 'enterprises', numFmt: INT },
  { header: '在校生人数', key: 'enrolment', numFmt: INT },
  { header: '预计毕业生', key: 'graduates', numFmt: INT },
  { header: '人才供给（预计进入企业）', key: 'talentSupply', numFmt: INT, width: 16 },
  { header: '岗位需求人数', key: 'talentDemand', numFmt: INT },
  { header: '其中专业未指定', key: 'unnamedDemand', numFmt: INT },
  { header: '人才供需比', key: 'talentRatio', numFmt: RATIO },
  { header: '培训课程数', key: 'courses', numFmt: INT },
  { header: '年培训容量（人次）', key: 'trainingSupply', numFmt: INT, width: 16 },
  { header: '年培训需求（人次）', key: 'trainingDemand', numFmt: INT, width: 16 },
  { header: '培训供需比', key: 'trainingRatio', numFmt: RATIO },
  { header: '开放共享设备（项）', key: 'equipment', numFmt: INT, width: 16 },
  { header: '科研项目（项）', key: 'projects', numFmt: INT },
  { header: '技术难题（项）', key: 'challenges', numFmt: INT },
  { header: '院校资源需求（项）', key: 'requests', numFmt: INT, width: 16 },
  { header: '已有院校揭榜的难题', key: 'answered', numFmt: INT, width: 16 },
  { header: '已验题解决的难题', key: 'solved', numFmt: INT, width: 16 },
  { header: '资源与需求之比', key: 'innovationRatio', numFmt: RATIO },
  { header: '填报需求的企业', key: 'filed', numFmt: INT },
  { header: '登记企业总数', key: 'known', numFmt: INT },
  { header: '覆盖率', key: 'coverage', numFmt: PCT },
  { header: '覆盖情况', key: 'coverageLevel' },
  { header: '企业总数来源', key: 'source', width: 30 },
  { header: '供需比发布', key: 'verdict' },
  { header: '专业匹配度指数', key: 'fitIndex', numFmt: ONE },
  { header: '说明', key: 'sentence', width: 80 },
]

function figureCells(f: Figures): Record<string, unknown> {
  return {
    colleges: f.colleges, enterprises: f.enterprises, enrolment: f.enrolment, graduates: f.talent.graduates,
    talentSupply: f.talent.supply, talentDemand: f.talent.demand, unnamedDemand: f.talent.unnamedDemand, talentRatio: f.talent.ratio,
    courses: f.training.courses, trainingSupply: f.training.supply, trainingDemand: f.training.demand, trainingRatio: f.training.ratio,
    equipment: f.innovation.equipment, projects: f.innovation.projects, challenges: f.innovation.challenges, requests: f.innovation.requests,
    answered: f.innovation.answered, solved: f.innovation.solved, innovationRatio: f.innovation.ratio,
    filed: f.coverage.filed, known: f.coverage.known, coverage: f.coverage.share, coverageLevel: COVERAGE_LEVEL_LABELS[f.coverage.level],
    source: f.coverage.source, verdict: VERDICT_LABELS[f.talent.verdict], fitIndex: f.fitIndex, sentence: f.sentence,
  }
}

function table(wb: ExcelJS.Workbook, name: string, cols: Col[], rows: Record<string, unknown>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = cols.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14, style: c.numFmt ? { numFmt: c.numFmt } : {} }))
  ws.getRow(1).font = { bold: true }
  ws.getRow(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  // null (withheld, or nothing to divide by) stays an empty cell rather than 0.
  ws.addRows(rows.map((r) => Object.fromEntries(cols.map((c) => [c.key, r[c.key] ?? null]))))
  return ws
}

export async function reportWorkbook(r: SupplyDemandReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '职链齐鲁'
  wb.title = r.title
  table(wb, REPORT_SHEETS.province, [{ header: '年份', key: 'year', width: 10 }, ...FIGURE_COLS], [{ year: r.year, ...figureCells(r.province) }])
  table(wb, REPORT_SHEETS.chains, [{ header: '产业链编号', key: 'chainId', width: 12 }, { header: '产业链', key: 'name', width: 20 }, ...FIGURE_COLS],
    r.chains.map((c) => ({ chainId: c.chainId, name: c.name, ...figureCells(c) })))
  table(wb, REPORT_SHEETS.cities, [
    { header: '行政区划代码', key: 'cityCode', width: 14 }, { header: '城市', key: 'name', width: 10 }, { header: '经济圈', key: 'circle', width: 14 }, ...FIGURE_COLS,
  ], r.cities.map((c) => ({ cityCode: c.cityCode, name: c.name, circle: c.circle, ...figureCells(c) })))
  table(wb, REPORT_SHEETS.majors, [
    { header: '专业代码', key: 'majorCode', width: 10 }, { header: '专业名称', key: 'majorName', width: 24 },
    { header: '人才供给（预计进入企业）', key: 'supply', numFmt: INT, width: 16 }, { header: '岗位需求人数', key: 'demand', numFmt: ONE },
    { header: '供需差（负为缺口）', key: 'gap', numFmt: ONE, width: 18 },
  ], r.majors)
  table(wb, REPORT_SHEETS.notes, [{ header: '说明', key: 'note', width: 120 }], [
    { note: r.title }, { note: `生成时间：${r.generatedAt}` }, ...(r.emptyReason ? [{ note: r.emptyReason }] : []), ...r.notes.map((note) => ({ note })),
  ])
  return xlsxBuffer(wb)
}
