import ExcelJS from 'exceljs'
import { xlsxBuffer } from '../../excel/cells'

/**
 * Several organisations' workbooks of one form stacked into one: every visible sheet keeps its
 * columns, led by a 单位名称 column, and each organisation contributes one block of rows. It is for
 * reading (administrators), not for re-import.
 */
export async function stackWorkbooks(blocks: readonly { orgName: string; bytes: Buffer }[]): Promise<Buffer> {
  const out = new ExcelJS.Workbook()
  out.creator = '职链齐鲁'
  const summary = out.addWorksheet('汇总')
  summary.columns = [{ header: '序号', width: 8 }, { header: '单位名称', width: 36 }]
  blocks.forEach((b, i) => summary.addRow([i + 1, b.orgName]))
  for (const block of blocks) {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(block.bytes as never)
    wb.eachSheet((ws) => {
      if (ws.state !== 'visible') return
      let target = out.getWorksheet(ws.name)
      if (!target) {
        target = out.addWorksheet(ws.name, { views: [{ state: 'frozen', ySplit: 1 }] })
        const header = ws.getRow(1).values as ExcelJS.CellValue[]
        target.addRow(['单位名称', ...header.slice(1)]).font = { bold: true }
        target.getColumn(1).width = 30
      }
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        if (n === 1) return
        const values = (row.values as ExcelJS.CellValue[]).slice(1)
        if (values.every((v) => v === null || v === undefined || v === '')) return
        target.addRow([block.orgName, ...values])
      })
    })
  }
  return xlsxBuffer(out)
}
