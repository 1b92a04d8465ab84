import { EFFECT_FORMULA, EFFECT_TERMS, type EffectSide } from '@zhilian/shared/rules/effectiveness'
import { OrgKind } from '@zhilian/shared'
import ExcelJS from 'exceljs'
import { xlsxBuffer } from '../excel/cells'
import type { RankedOrg } from './ranking'

/** The ranking an official files for recognition and selection work, with the method on its own sheet. */
export async function rankingWorkbook(title: string, side: EffectSide, rows: RankedOrg[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('成效排名')
  ws.addRow([title])
  ws.getRow(1).font = { bold: true, size: 13 }
  ws.addRow(['排名', '单位', '类型', '城市', ...EFFECT_TERMS.map((t) => `${t.label}（${t.unit}）`), '成效分'])
  ws.getRow(2).font = { bold: true }
  for (const r of rows) {
    ws.addRow([r.rank, r.org.name, OrgKind.labels[r.org.kind], r.org.cityName, ...EFFECT_TERMS.map((t) => r.counts[t.key]), r.total])
  }
  ws.getColumn(2).width = 36
  ws.views = [{ state: 'frozen', ySplit: 2 }]
  const method = wb.addWorksheet('计算方法')
  method.addRow(['计算公式', EFFECT_FORMULA])
  for (const t of EFFECT_TERMS) method.addRow([t.label, `${t.how[side]}；每${t.unit}计 ${t.weight} 分`])
  method.addRow(['说明', '仅统计通过本平台发生并留有记录的事项；揭榜挂帅难题须经企业市场验题确认已投产方计入；合作项目须在项目台账结项方计入，每个合作方各计一次；成效分为0的单位不列入排名；同分并列。'])
  method.getColumn(1).width = 22
  method.getColumn(2).width = 90
  return xlsxBuffer(wb)
}
