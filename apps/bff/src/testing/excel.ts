import ExcelJS from 'exceljs'

/** Test helpers: open a workbook we produced, change it the way a person would, save it again. */
export async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer as never)
  await change(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name)
  if (!ws) throw new Error(`no sheet ${name}`)
  return ws
}

/** The column letter under a header text in row 1. */
export function col(ws: ExcelJS.Worksheet, header: string): string {
  let letter: string | undefined
  ws.getRow(1).eachCell((cell) => {
    if (cell.value === header) letter = cell.address.replace(/\d+/g, '')
  })
  if (!letter) throw new Error(`no header ${header} on ${ws.name}`)
  return letter
}

/** The 基本信息 cell holding the value labelled `label` (header block: column B; table: column C). */
export function basicCell(wb: ExcelJS.Workbook, label: string): ExcelJS.Cell {
  const ws = sheet(wb, '基本信息')
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(`A${r}`).value === label) return ws.getCell(`B${r}`)
    if (ws.getCell(`B${r}`).value === label) return ws.getCell(`C${r}`)
  }
  throw new Error(`no basic field ${label}`)
}
